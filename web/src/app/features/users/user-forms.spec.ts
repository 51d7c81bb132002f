import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Title } from '@angular/platform-browser';
import {
  API_PATHS,
  type MailDeliveryMode,
  type Me,
  type Problem,
} from '@di/contracts';
import { ADMIN, COORDINATOR } from '../../core/auth/auth.testing';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { flushReferenceData } from '../../testing/organisations.testing';
import { provideMailDelivery } from '../../testing/mail.testing';
import usersRoutes from './users.routes';
import { ILZE, JANIS, KOORD, user } from './users.testing';

const USERS_ROUTES = [{ path: 'users', loadChildren: () => usersRoutes }];

const BAD_REQUEST = { status: 400, statusText: 'Bad Request' };

function problem(partial: Partial<Problem> & { status: number }): Problem {
  return { type: 'about:blank', title: 'Error', detail: 'Error', ...partial };
}

describe('user forms', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(url: string, as: Me = ADMIN): Promise<void> {
    ({ page, http } = await openRoute(url, USERS_ROUTES, as));
    flushReferenceData(http);
    await settle();
  }

  const checkbox = (role: string) =>
    page.querySelector<HTMLInputElement>(
      `mat-checkbox[data-role="${role}"] input`,
    );
  const summary = () => page.querySelector('app-error-summary .error-summary');

  afterEach(() => http.verify());

  describe('inviting a person', () => {
    async function fillIn(): Promise<void> {
      enter(page, '#invite-email', 'anna.berzina@example.lv');
      enter(page, '#invite-full-name', 'Anna Bērziņa');
      enter(page, '#invite-organisation', 'branch-kalupe');
      enter(page, '#invite-participant-kind', 'social_mentor');
      await settle();
    }

    it('sends the invitation with the chosen organisation, kind and roles', async () => {
      await open('/users/new');
      await fillIn();
      checkbox('trainer')?.click();
      await settle();
      submit(page);
      await settle();

      const request = http.expectOne(API_PATHS.users);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        email: 'anna.berzina@example.lv',
        fullName: 'Anna Bērziņa',
        organisationId: 'branch-kalupe',
        participantKind: 'social_mentor',
        roles: [{ role: 'trainer' }, { role: 'participant' }],
        language: 'lv',
      });
      request.flush(
        user({ id: 'u-anna', fullName: 'Anna Bērziņa', status: 'invited' }),
        {
          status: 201,
          statusText: 'Created',
        },
      );
      await settle();
      expect(TestBed.inject(Router).url).toBe('/users/u-anna');
      http
        .expectOne(API_PATHS.user('u-anna'))
        .flush(
          user({ id: 'u-anna', fullName: 'Anna Bērziņa', status: 'invited' }),
        );
      await settle();
      // The next page has the regions and organisations already.
      http.expectNone(API_PATHS.regions);
      http.expectNone((req) => req.url === API_PATHS.organisations);
      expect(
        page.ownerDocument.querySelector<HTMLSelectElement>(
          '#user-organisation',
        )?.selectedOptions[0]?.textContent,
      ).toContain('Kalkūni');
    });

    it('shows a taken email address next to the email field', async () => {
      await open('/users/new');
      await fillIn();
      submit(page);
      await settle();
      http.expectOne(API_PATHS.users).flush(
        problem({
          status: 409,
          code: 'EMAIL_TAKEN',
          detail: 'Someone with this email address already has an account',
        }),
        { status: 409, statusText: 'Conflict' },
      );
      await settle();

      const email = page.querySelector('#invite-email');
      expect(describedErrors(email)).toBe(
        'Šī e-pasta adrese jau ir reģistrēta platformā. Atrodiet šo cilvēku lietotāju sarakstā.',
      );
      expect(document.activeElement).toBe(summary());
      const link = summary()?.querySelector('a');
      expect(text(link)).toContain(
        'E-pasta adrese: Šī e-pasta adrese jau ir reģistrēta',
      );
      link?.click();
      expect(document.activeElement).toBe(email);
    });

    it('lists what to fix before sending anything', async () => {
      await open('/users/new');
      checkbox('participant')?.click(); // no role left
      await settle();
      submit(page);
      await settle();

      http.expectNone(API_PATHS.users);
      expect(document.activeElement).toBe(summary());
      expect([...(summary()?.querySelectorAll('li') ?? [])].map(text)).toEqual([
        'E-pasta adrese: Aizpildiet šo lauku.',
        'Vārds, uzvārds: Aizpildiet šo lauku.',
        'Organizācija: Aizpildiet šo lauku.',
        'Dalībnieka veids: Aizpildiet šo lauku.',
        'Lomas: Izvēlieties vismaz vienu lomu.',
      ]);
      const roles = page.querySelector('#invite-roles');
      expect(roles?.getAttribute('aria-describedby')).toBe(
        'invite-roles-error',
      );
      expect(text(page.querySelector('#invite-roles-error'))).toBe(
        'Izvēlieties vismaz vienu lomu.',
      );
    });

    it('asks an admin for the coordinator scope', async () => {
      await open('/users/new');
      await fillIn();
      checkbox('coordinator')?.click();
      await settle();
      submit(page);
      await settle();
      http.expectNone(API_PATHS.users);
      expect(describedErrors(page.querySelector('#invite-scope-region'))).toBe(
        'Aizpildiet šo lauku.',
      );

      enter(page, '#invite-scope-region', 'LPR');
      await settle();
      submit(page);
      await settle();
      const request = http.expectOne(API_PATHS.users);
      expect(request.request.body.roles).toEqual([
        { role: 'coordinator', scope: { regionCode: 'LPR' } },
        { role: 'participant' },
      ]);
      request.flush(problem({ status: 503 }), {
        status: 503,
        statusText: 'Unavailable',
      });
      await settle();
    });

    it('is not offered to someone who may read people but not create them', async () => {
      ({ page, http } = await openRoute('/users/new', USERS_ROUTES, {
        ...COORDINATOR,
        permissions: COORDINATOR.permissions.filter((p) => p !== 'user.create'),
      }));
      await settle();
      expect(text(page.querySelector('h1'))).toBe('Nav piekļuves');
      // Not taken for the page of a person whose id is "new".
      http.expectNone(API_PATHS.user('new'));
    });

    it('offers a coordinator only the roles participant and trainer', async () => {
      await open('/users/new', COORDINATOR);
      const roles = [...page.querySelectorAll('mat-checkbox')].map((box) =>
        box.getAttribute('data-role'),
      );
      expect(roles).toEqual(['trainer', 'participant']);
      expect(page.textContent).not.toContain('Izveidot aktīvu kontu ar paroli');
    });
  });

  describe('the user page', () => {
    async function openUser(
      id: string,
      as: Me = ADMIN,
      mode: MailDeliveryMode = 'smtp',
    ) {
      ({ page, http } = await openRoute(
        `/users/${id}`,
        USERS_ROUTES,
        as,
        provideMailDelivery(mode),
      ));
    }

    it('shows the field errors of a refused save next to their fields', async () => {
      await openUser(ILZE.id);
      http.expectOne(API_PATHS.user(ILZE.id)).flush(ILZE);
      flushReferenceData(http);
      await settle();

      const name = page.querySelector<HTMLInputElement>('#user-full-name');
      expect(name?.value).toBe('Ilze Kalniņa');
      expect(
        page.querySelector<HTMLSelectElement>('#user-organisation')?.value,
      ).toBe('branch-kalkuni');
      expect(checkbox('participant')?.checked).toBe(true);

      enter(page, '#user-full-name', 'Ilze Kalniņa-Ozola');
      await settle();
      submit(page);
      await settle();
      const request = http.expectOne(API_PATHS.user(ILZE.id));
      expect(request.request.method).toBe('PATCH');
      expect(request.request.body).toEqual({
        fullName: 'Ilze Kalniņa-Ozola',
        version: ILZE.version,
      });
      request.flush(
        problem({
          status: 400,
          errors: [
            { field: 'fullName', message: 'Vārds ir par garu.' },
            { field: 'somethingElse', message: 'Kaut kas cits nav kārtībā.' },
          ],
        }),
        BAD_REQUEST,
      );
      await settle();

      expect(describedErrors(name)).toBe('Vārds ir par garu.');
      expect(document.activeElement).toBe(summary());
      expect([...(summary()?.querySelectorAll('li') ?? [])].map(text)).toEqual([
        'Vārds, uzvārds: Vārds ir par garu.',
        'Kaut kas cits nav kārtībā.',
      ]);
    });

    it('saves and says so', async () => {
      await openUser(ILZE.id);
      http.expectOne(API_PATHS.user(ILZE.id)).flush(ILZE);
      flushReferenceData(http);
      await settle();

      checkbox('trainer')?.click();
      await settle();
      submit(page);
      await settle();
      const request = http.expectOne(API_PATHS.user(ILZE.id));
      expect(request.request.body).toEqual({
        roles: [{ role: 'trainer' }, { role: 'participant' }],
        version: ILZE.version,
      });
      request.flush({
        ...ILZE,
        roles: [{ role: 'trainer' }, { role: 'participant' }],
        version: ILZE.version + 1,
      });
      await settle();
      expect(text(page.querySelector('.outcome'))).toBe('Izmaiņas saglabātas.');

      // The next change is based on the version the save returned.
      enter(page, '#user-full-name', 'Ilze Kalniņa-Ozola');
      await settle();
      submit(page);
      await settle();
      const next = http.expectOne(API_PATHS.user(ILZE.id));
      expect(next.request.body).toEqual({
        fullName: 'Ilze Kalniņa-Ozola',
        version: ILZE.version + 1,
      });
      next.flush({ ...ILZE, fullName: 'Ilze Kalniņa-Ozola', version: 3 });
      await settle();
    });

    describe('when someone else changed the person meanwhile', () => {
      const changedElsewhere = {
        ...ILZE,
        fullName: 'Ilze Kalniņa-Bērziņa',
        organisationId: 'branch-kalupe',
        version: ILZE.version + 1,
      };

      async function saveStale(): Promise<HTMLElement | null> {
        await openUser(ILZE.id);
        http.expectOne(API_PATHS.user(ILZE.id)).flush(ILZE);
        flushReferenceData(http);
        await settle();
        enter(page, '#user-full-name', 'Ilze Ozola');
        await settle();
        submit(page);
        await settle();
        const request = http.expectOne(API_PATHS.user(ILZE.id));
        expect(request.request.body).toEqual({
          fullName: 'Ilze Ozola',
          version: ILZE.version,
        });
        request.flush(
          problem({
            status: 409,
            code: 'STALE_UPDATE',
            detail: 'The user was changed by someone else meanwhile',
          }),
          { status: 409, statusText: 'Conflict' },
        );
        await settle();
        return page.querySelector('[role="alert"]');
      }

      const reloadButton = () =>
        [...page.querySelectorAll('button')].find(
          (button) => text(button) === 'Ielādēt jaunākos datus',
        );

      it('says so, and that reloading replaces the unsaved edits', async () => {
        const alert = await saveStale();
        expect(text(alert)).toBe(
          'Izmaiņas nav saglabātas ' +
            'Kamēr jūs labojāt, kāds cits pa to laiku jau mainīja šī cilvēka datus. ' +
            'Ielādējiet jaunākos datus. Tie aizstās jūsu nesaglabātās izmaiņas formā, tāpēc tās, ja vēl vajadzīgas, būs jāveic vēlreiz.',
        );
        expect(text(alert)).not.toContain('someone else');
        expect(document.activeElement).toBe(alert?.parentElement);
        expect(reloadButton()?.getAttribute('type')).toBe('button');
        expect(summary()).toBeNull();
        // What was typed stays until the person asks for the latest data.
        expect(
          page.querySelector<HTMLInputElement>('#user-full-name')?.value,
        ).toBe('Ilze Ozola');
      });

      it('loads the current data into the form on Reload, and the next save is based on it', async () => {
        await saveStale();
        reloadButton()?.click();
        await settle();
        http.expectOne(API_PATHS.user(ILZE.id)).flush(changedElsewhere);
        await settle();

        const name = page.querySelector<HTMLInputElement>('#user-full-name');
        expect(name?.value).toBe('Ilze Kalniņa-Bērziņa');
        expect(
          page.querySelector<HTMLSelectElement>('#user-organisation')?.value,
        ).toBe('branch-kalupe');
        expect(text(page.querySelector('h1'))).toBe('Ilze Kalniņa-Bērziņa');
        expect(page.querySelector('[role="alert"]')).toBeNull();
        expect(text(page.querySelector('.outcome'))).toBe(
          'Formā ielādēti jaunākie dati. Jūsu iepriekšējās izmaiņas nav saglabātas; ja tās vēl vajadzīgas, veiciet tās vēlreiz.',
        );
        expect(document.activeElement).toBe(name);

        enter(page, '#user-full-name', 'Ilze Ozola');
        await settle();
        submit(page);
        await settle();
        const retry = http.expectOne(API_PATHS.user(ILZE.id));
        expect(retry.request.body).toEqual({
          fullName: 'Ilze Ozola',
          version: changedElsewhere.version,
        });
        retry.flush({
          ...changedElsewhere,
          fullName: 'Ilze Ozola',
          version: 3,
        });
        await settle();
        expect(text(page.querySelector('.outcome'))).toBe(
          'Izmaiņas saglabātas.',
        );
      });

      it('keeps the notice and says why when reloading fails', async () => {
        await saveStale();
        reloadButton()?.click();
        await settle();
        http
          .expectOne(API_PATHS.user(ILZE.id))
          .flush(problem({ status: 503 }), {
            status: 503,
            statusText: 'Service Unavailable',
          });
        await settle();
        expect(text(page.querySelector('[role="alert"]'))).toContain(
          'Platforma pašlaik nav pieejama.',
        );
        expect(reloadButton()).toBeDefined();
        expect(
          page.querySelector<HTMLInputElement>('#user-full-name')?.value,
        ).toBe('Ilze Ozola');
      });
    });

    it('keeps roles a coordinator may not change, and says a refused grant next to the roles', async () => {
      const both = {
        ...KOORD,
        roles: [...KOORD.roles, { role: 'participant' as const }],
      };
      await openUser(KOORD.id, COORDINATOR);
      http.expectOne(API_PATHS.user(KOORD.id)).flush(both);
      flushReferenceData(http);
      await settle();

      expect(text(page.querySelector('.roles__kept'))).toBe(
        'Arī: Koordinators (Latgales plānošanas reģions). Šīs lomas var mainīt tikai administrators.',
      );
      checkbox('trainer')?.click();
      await settle();
      submit(page);
      await settle();
      const request = http.expectOne(API_PATHS.user(KOORD.id));
      expect(request.request.body).toEqual({
        roles: [
          { role: 'coordinator', scope: { regionCode: 'LPR' } },
          { role: 'trainer' },
          { role: 'participant' },
        ],
        version: KOORD.version,
      });
      request.flush(problem({ status: 403, code: 'ROLE_NOT_GRANTABLE' }), {
        status: 403,
        statusText: 'Forbidden',
      });
      await settle();
      expect(text(page.querySelector('#user-roles-error'))).toContain(
        'Jūs varat piešķirt tikai lomas “Dalībnieks” un “Pasniedzējs”.',
      );
    });

    it('explains in the summary why the last admin cannot be taken away', async () => {
      const admin = user({
        id: 'u-admin',
        fullName: 'Demo Administrators',
        organisationId: null,
        roles: [{ role: 'admin' }],
      });
      await openUser(admin.id);
      http.expectOne(API_PATHS.user(admin.id)).flush(admin);
      flushReferenceData(http);
      await settle();
      expect(
        text(page.querySelector('#user-organisation option:checked')),
      ).toBe('Nav (platformas administrators)');

      page.querySelector<HTMLInputElement>('#user-active input')?.click();
      await settle();
      submit(page);
      await settle();
      const request = http.expectOne(API_PATHS.user(admin.id));
      expect(request.request.body).toEqual({
        active: false,
        version: admin.version,
      });
      request.flush(problem({ status: 409, code: 'LAST_ADMIN' }), {
        status: 409,
        statusText: 'Conflict',
      });
      await settle();
      expect(document.activeElement).toBe(summary());
      expect(text(summary())).toContain(
        'Platformā jābūt vismaz vienam aktīvam administratoram.',
      );
    });

    it('sends an invitation again to someone who has not set a password', async () => {
      await openUser(JANIS.id);
      http.expectOne(API_PATHS.user(JANIS.id)).flush(JANIS);
      flushReferenceData(http);
      await settle();

      expect(text(page.querySelector('.meta__status'))).toBe('Uzaicināts');
      const resend = [...page.querySelectorAll('button')].find(
        (button) => text(button) === 'Nosūtīt uzaicinājumu vēlreiz',
      );
      resend?.click();
      await settle();
      http
        .expectOne(API_PATHS.userInvitation(JANIS.id))
        .flush(null, { status: 202, statusText: 'Accepted' });
      await settle();
      expect(text(page.querySelector('.outcome'))).toBe(
        'Uzaicinājums vēlreiz nosūtīts uz u-janis@demo.invalid.',
      );
    });

    it('only shows the person to someone whose session may read but not change people', async () => {
      const reader: Me = {
        ...COORDINATOR,
        permissions: COORDINATOR.permissions.filter(
          (permission) =>
            permission !== 'user.update' && permission !== 'user.invite',
        ),
      };
      await openUser(JANIS.id, reader);
      http.expectOne(API_PATHS.user(JANIS.id)).flush(JANIS);
      flushReferenceData(http);
      await settle();

      expect(text(page.querySelector('h1'))).toBe('Jānis Ozols');
      const name = page.querySelector<HTMLInputElement>('#user-full-name');
      expect(name?.value).toBe('Jānis Ozols');
      expect(name?.disabled).toBe(true);
      expect(checkbox('participant')?.disabled).toBe(true);
      expect(page.querySelector('button[type="submit"]')).toBeNull();
      expect(page.textContent).not.toContain('Nosūtīt uzaicinājumu vēlreiz');
    });

    it('says when the person is not there or out of reach', async () => {
      await openUser('u-missing', COORDINATOR);
      http
        .expectOne(API_PATHS.user('u-missing'))
        .flush(problem({ status: 404 }), {
          status: 404,
          statusText: 'Not Found',
        });
      flushReferenceData(http);
      await settle();
      expect(text(page.querySelector('h1'))).toBe('Lietotājs nav atrasts');
    });

    it('says "not found", with no retry, for an id that cannot be one (400)', async () => {
      await openUser('not-a-uuid');
      http.expectOne(API_PATHS.user('not-a-uuid')).flush(
        problem({
          status: 400,
          code: 'INVALID_INPUT',
          detail: 'Invalid input: id',
        }),
        BAD_REQUEST,
      );
      flushReferenceData(http);
      await settle();
      expect(text(page.querySelector('h1'))).toBe('Lietotājs nav atrasts');
      expect(page.textContent).not.toContain('Invalid input');
      expect(page.querySelector('button')).toBeNull();
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Lietotājs nav atrasts · DI mācības',
      );
    });

    it('names the person in the tab title, and does not call an invited account active', async () => {
      await openUser(JANIS.id);
      http.expectOne(API_PATHS.user(JANIS.id)).flush(JANIS);
      flushReferenceData(http);
      await settle();
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Jānis Ozols · DI mācības',
      );
      expect(text(page.querySelector('mat-checkbox#user-active'))).toContain(
        'Ļaut pieslēgties, kad cilvēks būs iestatījis paroli',
      );
    });

    it('in a demo run says the invitation was not sent, with the way to the demo mailbox', async () => {
      await openUser(JANIS.id, ADMIN, 'demo');
      http.expectOne(API_PATHS.user(JANIS.id)).flush(JANIS);
      flushReferenceData(http);
      await settle();
      [...page.querySelectorAll('button')]
        .find((button) => text(button) === 'Nosūtīt uzaicinājumu vēlreiz')
        ?.click();
      await settle();
      http
        .expectOne(API_PATHS.userInvitation(JANIS.id))
        .flush(null, { status: 202, statusText: 'Accepted' });
      await settle();
      const outcome = page.querySelector('.outcome');
      expect(text(outcome)).toContain(
        'Uzaicinājums uz u-janis@demo.invalid ir sagatavots, bet nav nosūtīts',
      );
      expect(text(outcome)).not.toContain('vēlreiz nosūtīts');
      expect(
        outcome?.querySelector('a')?.getAttribute('href'),
      ).toBe('/demo-mailbox');
    });
  });
});
