import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { API_PATHS, WEB_PATHS, type Problem } from '@di/contracts';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import SetPasswordPage from './set-password-page';

@Component({
  template: '<h1>Pieslēgšanās</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SignInStub {}

const TOKEN = 'tok_3x7-AbC';

describe('SetPasswordPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;
  let router: Router;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: 'lv' },
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'set-password', component: SetPasswordPage },
          { path: 'sign-in', component: SignInStub },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    const harness = await RouterTestingHarness.create(url);
    page = harness.routeNativeElement as HTMLElement;
    await settle();
  }

  async function choose(password: string, repeat = password): Promise<void> {
    enter(page, '#set-password-password', password);
    enter(page, '#set-password-repeat', repeat);
    submit(page);
    await settle();
  }

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  it('reads the token from the link fragment, takes it out of the address and posts it', async () => {
    await open(WEB_PATHS.setPassword(TOKEN));
    expect(router.url).toBe('/set-password');

    await choose('kalnu ezers rudenī');
    const request = http.expectOne(API_PATHS.setPassword);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      token: TOKEN,
      password: 'kalnu ezers rudenī',
    });
    request.flush({ email: 'anna.ozola@example.lv' });
    await settle();

    expect(router.url).toBe('/sign-in');
    expect(router.lastSuccessfulNavigation()?.extras.state).toEqual({ notice: 'password-set', email: 'anna.ozola@example.lv' });
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the token for a reload or a language switch until it is used', async () => {
    await open(WEB_PATHS.setPassword(TOKEN));
    TestBed.resetTestingModule();
    await open('/set-password');
    await choose('kalnu ezers rudenī');
    expect(http.expectOne(API_PATHS.setPassword).request.body.token).toBe(
      TOKEN,
    );
  });

  it('explains an expired or used link and offers a new one', async () => {
    await open(WEB_PATHS.setPassword(TOKEN));
    await choose('kalnu ezers rudenī');
    const invalid: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'This link is not valid any more',
      code: 'TOKEN_INVALID',
    };
    http
      .expectOne(API_PATHS.setPassword)
      .flush(invalid, { status: 400, statusText: 'Bad Request' });
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toContain('Šī saite vairs nav derīga');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe(
      '/forgot-password',
    );
    expect(document.activeElement).toBe(alert);
    expect(page.querySelector('form')).toBeNull();
  });

  it('shows the reason a password was refused next to the field', async () => {
    await open(WEB_PATHS.setPassword(TOKEN));
    await choose('parole123');
    const weak: Problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Validation failed',
      errors: [{ field: 'password', message: 'Šī parole ir pārāk izplatīta.' }],
    };
    http
      .expectOne(API_PATHS.setPassword)
      .flush(weak, { status: 400, statusText: 'Bad Request' });
    await settle();

    const field = page.querySelector('#set-password-password');
    expect(describedErrors(field)).toBe('Šī parole ir pārāk izplatīta.');
    expect(document.activeElement).toBe(field);
  });

  it('checks length and repetition before sending', async () => {
    await open(WEB_PATHS.setPassword(TOKEN));
    await choose('īsa', 'cita');
    http.expectNone(API_PATHS.setPassword);
    expect(describedErrors(page.querySelector('#set-password-password'))).toBe(
      'Vajag vismaz 8 rakstzīmes.',
    );
    expect(describedErrors(page.querySelector('#set-password-repeat'))).toBe(
      'Paroles nesakrīt. Ievadiet to pašu paroli vēlreiz.',
    );
  });

  it('says what to do when the address has no token', async () => {
    await open('/set-password');
    expect(text(page.querySelector('[role="alert"]'))).toContain(
      'Šajā adresē nav paroles iestatīšanas koda.',
    );
  });
});
