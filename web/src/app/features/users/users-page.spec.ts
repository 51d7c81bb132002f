import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type Me, type Page, type User } from '@di/contracts';
import { ADMIN, COORDINATOR } from '../../core/auth/auth.testing';
import { enter, settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { flushReferenceData } from '../../testing/organisations.testing';
import usersRoutes from './users.routes';
import { ILZE, JANIS, KOORD, MARTA } from './users.testing';

const isUsersRequest = (req: HttpRequest<unknown>) =>
  req.url === API_PATHS.users;

function usersPage(items: User[], total = items.length, page = 1): Page<User> {
  return { items, total, page, pageSize: 25 };
}

describe('UsersPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;
  let router: Router;

  async function open(url: string, as: Me = ADMIN): Promise<void> {
    ({ page, http } = await openRoute(
      url,
      [{ path: 'users', loadChildren: () => usersRoutes }],
      as,
    ));
    router = TestBed.inject(Router);
    flushReferenceData(http);
  }

  afterEach(() => http.verify());

  const rowTexts = () =>
    [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map(text),
    );

  it('lists people with their organisation, roles and account status', async () => {
    await open('/users');
    const request = http.expectOne(isUsersRequest);
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('25');
    expect(request.request.params.has('q')).toBe(false);
    request.flush(usersPage([ILZE, JANIS, MARTA, KOORD]));
    await settle();

    expect(rowTexts()).toEqual([
      [
        'Ilze Kalniņa',
        'u-ilze@demo.invalid',
        'Kalkūni',
        'Dalībnieks',
        'Aktīvs',
      ],
      [
        'Jānis Ozols',
        'u-janis@demo.invalid',
        'Latgale',
        'Dalībnieks',
        'Uzaicināts',
      ],
      [
        'Marta Liepa',
        'u-marta@demo.invalid',
        'Daugavpils valstspilsēta',
        'Dalībnieks, Pasniedzējs',
        'Aktīvs',
      ],
      [
        'Koordinatore Latgalē',
        'u-koord@demo.invalid',
        'Latgale',
        'Koordinators (Latgales plānošanas reģions)',
        'Aktīvs',
      ],
    ]);
    expect(
      page.querySelector(`tr[data-id="${JANIS.id}"] a`)?.getAttribute('href'),
    ).toBe('/users/u-janis');
    expect(text(page.querySelector('.status[role="status"]'))).toBe(
      'Atrasti 4 lietotāji',
    );
  });

  it('puts the role and organisation filters in the URL and asks the API for them', async () => {
    await open('/users');
    http.expectOne(isUsersRequest).flush(usersPage([ILZE, MARTA]));
    await settle();

    enter(page, 'select[name="role"]', 'trainer');
    await settle();
    expect(router.url).toBe('/users?role=trainer');
    const byRole = http.expectOne(isUsersRequest);
    expect(byRole.request.params.get('role')).toBe('trainer');
    byRole.flush(usersPage([MARTA]));
    await settle();

    enter(page, 'select[name="organisation"]', 'mun-daugavpils');
    await settle();
    expect(router.url).toBe('/users?organisation=mun-daugavpils&role=trainer');
    const both = http.expectOne(isUsersRequest);
    expect(both.request.params.get('organisationId')).toBe('mun-daugavpils');
    expect(both.request.params.get('role')).toBe('trainer');
    both.flush(usersPage([MARTA]));
    await settle();

    expect(text(page.querySelector('.status[role="status"]'))).toBe(
      'Atrasts 1 lietotājs',
    );
    expect(
      page.querySelector<HTMLSelectElement>('select[name="role"]')?.value,
    ).toBe('trainer');
  });

  it('searches by name or email after a pause in typing, and starts again at page 1', async () => {
    await open('/users?page=2');
    const first = http.expectOne(isUsersRequest);
    expect(first.request.params.get('page')).toBe('2');
    first.flush(usersPage([ILZE], 30, 2));
    await settle();

    enter(page, 'input[name="q"]', 'kaln');
    await settle();
    http.expectNone(isUsersRequest);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle();

    expect(router.url).toBe('/users?q=kaln');
    const search = http.expectOne(isUsersRequest);
    expect(search.request.params.get('q')).toBe('kaln');
    expect(search.request.params.get('page')).toBe('1');
    search.flush(usersPage([ILZE]));
    await settle();
  });

  it('pages through long lists with links that keep the filters', async () => {
    await open('/users?role=participant');
    http.expectOne(isUsersRequest).flush(
      usersPage(
        Array.from({ length: 25 }, () => ILZE).map((u, i) => ({
          ...u,
          id: `u${i}`,
        })),
        60,
      ),
    );
    await settle();

    const pager = page.querySelector('nav.pager');
    expect(text(pager)).toContain('Rāda 1–25 no 60');
    expect(text(pager)).toContain('Lapa 1 no 3');
    const next = [...(pager?.querySelectorAll('a') ?? [])].find(
      (a) => text(a) === 'Nākamā lapa',
    );
    expect(next?.getAttribute('href')).toBe('/users?role=participant&page=2');
  });

  it('tells a coordinator whose people they see and offers only organisations in their region', async () => {
    await open('/users', COORDINATOR);
    http.expectOne(isUsersRequest).flush(usersPage([ILZE]));
    await settle();

    expect(text(page.querySelector('.page-intro'))).toBe(
      'Jūs redzat cilvēkus savā pārziņā: Latgales plānošanas reģions.',
    );
    const options = [
      ...page.querySelectorAll<HTMLOptionElement>(
        'select[name="organisation"] option',
      ),
    ].map((option) => option.value);
    expect(options).toEqual([
      '',
      'mun-daugavpils',
      'branch-kalkuni',
      'branch-kalupe',
      'branch-krastini',
      'vsac-latgale',
    ]);
  });

  it('offers inviting only to whoever may create people', async () => {
    const inviteLink = () =>
      [...page.querySelectorAll('a')].find(
        (link) => text(link) === 'Uzaicināt lietotāju',
      );
    await open('/users', COORDINATOR);
    http.expectOne(isUsersRequest).flush(usersPage([ILZE]));
    await settle();
    expect(inviteLink()?.getAttribute('href')).toBe('/users/new');
    http.verify();
    TestBed.resetTestingModule();

    await open('/users', {
      ...COORDINATOR,
      permissions: COORDINATOR.permissions.filter((p) => p !== 'user.create'),
    });
    http.expectOne(isUsersRequest).flush(usersPage([ILZE]));
    await settle();
    expect(inviteLink()).toBeUndefined();
  });

  it('shows the problem and tries again', async () => {
    await open('/users');
    http.expectOne(isUsersRequest).flush(
      {
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'Forbidden',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Jums nav tiesību to darīt.');
    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne(isUsersRequest).flush(usersPage([ILZE]));
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
