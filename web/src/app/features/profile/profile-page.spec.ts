import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_PATHS, type Problem } from '@di/contracts';
import { AuthSession } from '../../core/auth/auth-session';
import { PARTICIPANT, signInAs } from '../../core/auth/auth.testing';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import {
  ALL_ORGANISATIONS,
  TEST_REGIONS,
  pageOf,
} from '../../testing/organisations.testing';
import profileRoutes from './profile.routes';

describe('ProfilePage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: 'lv' },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'profile', loadChildren: () => profileRoutes }]),
      ],
    });
    signInAs(PARTICIPANT);
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/profile');
    page = harness.routeNativeElement as HTMLElement;
    await settle();
    http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
    http
      .expectOne((req) => req.url === API_PATHS.organisations)
      .flush(pageOf(ALL_ORGANISATIONS));
    await settle();
  });

  afterEach(() => http.verify());

  it('shows who the person is', () => {
    const facts = [...page.querySelectorAll('.facts > div')].map((row) =>
      [text(row.querySelector('dt')), text(row.querySelector('dd'))].join(': '),
    );
    expect(facts).toEqual([
      'E-pasta adrese: dalibnieks@demo.invalid',
      'Organizācija: Kalkūni',
      'Lomas: Dalībnieks',
    ]);
    expect(
      page.querySelector<HTMLInputElement>('#profile-full-name')?.value,
    ).toBe('Demo Dalībniece');
  });

  it('saves a new name and the whole app shows it', async () => {
    enter(page, '#profile-full-name', 'Demo Dalībniece Ozola');
    submit(page, 'app-profile-details-form form');
    await settle();
    const request = http.expectOne(API_PATHS.me);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ fullName: 'Demo Dalībniece Ozola' });
    request.flush({ ...PARTICIPANT, fullName: 'Demo Dalībniece Ozola' });
    await settle();

    expect(TestBed.inject(AuthSession).me()?.fullName).toBe(
      'Demo Dalībniece Ozola',
    );
    expect(
      text(page.querySelector('app-profile-details-form [role="status"]')),
    ).toBe('Izmaiņas saglabātas.');
  });

  it('after saving another language offers that language’s version of the page', async () => {
    enter(page, '#profile-language', 'en');
    submit(page, 'app-profile-details-form form');
    await settle();
    const request = http.expectOne(API_PATHS.me);
    expect(request.request.body).toEqual({ language: 'en' });
    request.flush({ ...PARTICIPANT, language: 'en' });
    await settle();

    const link = page.querySelector<HTMLAnchorElement>('a[hreflang="en"]');
    expect(link?.getAttribute('href')).toBe('/en/profile');
    expect(link?.getAttribute('lang')).toBe('en');
    expect(text(link)).toBe('Continue in English');
    expect(document.activeElement).toBe(link);
  });

  it('says when the current password is wrong, next to it', async () => {
    enter(page, '#profile-current-password', 'not-it');
    enter(page, '#profile-new-password', 'jauna gara parole');
    enter(page, '#profile-repeat-password', 'jauna gara parole');
    submit(page, 'app-password-change-form form');
    await settle();
    const request = http.expectOne(API_PATHS.mePassword);
    expect(request.request.body).toEqual({
      currentPassword: 'not-it',
      newPassword: 'jauna gara parole',
    });
    const wrong: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Validation failed',
      errors: [
        {
          field: 'currentPassword',
          code: 'PASSWORD_WRONG',
          message: 'The current password is not right',
        },
      ],
    };
    request.flush(wrong, { status: 400, statusText: 'Bad Request' });
    await settle();

    const current = page.querySelector('#profile-current-password');
    expect(describedErrors(current)).toBe('Pašreizējā parole nav pareiza.');
    expect(document.activeElement).toBe(current);
  });

  it('changes the password and empties the form', async () => {
    enter(page, '#profile-current-password', 'demo-dalib-2026');
    enter(page, '#profile-new-password', 'jauna gara parole');
    enter(page, '#profile-repeat-password', 'jauna gara parole');
    submit(page, 'app-password-change-form form');
    await settle();
    http
      .expectOne(API_PATHS.mePassword)
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(
      text(page.querySelector('app-password-change-form [role="status"]')),
    ).toBe('Parole nomainīta.');
    expect(
      page.querySelector<HTMLInputElement>('#profile-new-password')?.value,
    ).toBe('');
    expect(describedErrors(page.querySelector('#profile-new-password'))).toBe(
      '',
    );
  });
});
