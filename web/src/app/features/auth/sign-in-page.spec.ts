import { HttpHeaders } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { API_PATHS, type Problem, type ProblemCode } from '@di/contracts';
import { AuthSession } from '../../core/auth/auth-session';
import { PARTICIPANT, loginResponse } from '../../core/auth/auth.testing';
import {
  describedErrors,
  enter,
  settle,
  submit,
  text,
} from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { PageLocation } from '../../core/i18n/page-location';
import SignInPage from './sign-in-page';

@Component({
  template: '<h1>Lietotāji</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class UsersStub {}

function problem(status: number, detail: string, code?: ProblemCode): Problem {
  return { type: 'about:blank', title: 'Error', status, detail, code };
}

describe('SignInPage', () => {
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(url = '/sign-in'): Promise<void> {
    ({ page, http } = await openRoute(url, [
      { path: 'sign-in', component: SignInPage },
      { path: 'users', component: UsersStub },
      { path: 'organisations', component: UsersStub },
      { path: '', pathMatch: 'full', redirectTo: 'organisations' },
    ]));
  }

  async function signIn(email: string, password: string): Promise<void> {
    enter(page, 'input[type="email"]', email);
    enter(page, 'input[autocomplete="current-password"]', password);
    submit(page);
    await settle();
  }

  afterEach(() => http.verify());

  it('says so when the email or password is wrong, and moves focus to the message', async () => {
    await open();
    await signIn('dalibnieks@demo.invalid', 'wrong-password');

    const request = http.expectOne(API_PATHS.login);
    expect(request.request.body).toEqual({
      email: 'dalibnieks@demo.invalid',
      password: 'wrong-password',
    });
    request.flush(
      problem(401, 'Wrong email or password', 'INVALID_CREDENTIALS'),
      {
        status: 401,
        statusText: 'Unauthorized',
      },
    );
    await settle();

    const alert = page.querySelector('[role="alert"]');
    expect(text(alert)).toBe(
      'Nepareiza e-pasta adrese vai parole. Pārbaudiet tās un mēģiniet vēlreiz.',
    );
    expect(document.activeElement).toBe(alert);
    expect(
      page.querySelector<HTMLInputElement>(
        'input[autocomplete="current-password"]',
      )?.value,
    ).toBe('');
    expect(TestBed.inject(AuthSession).signedIn()).toBe(false);
  });

  it('after too many attempts says how long to wait, from Retry-After, and does not send again meanwhile', async () => {
    await open();
    await signIn('dalibnieks@demo.invalid', 'wrong-again');
    http
      .expectOne(API_PATHS.login)
      .flush(
        problem(429, 'Too many failed sign-in attempts.', 'TOO_MANY_ATTEMPTS'),
        {
          status: 429,
          statusText: 'Too Many Requests',
          headers: new HttpHeaders({ 'Retry-After': '41' }),
        },
      );
    await settle();

    expect(text(page.querySelector('[role="alert"]'))).toContain(
      'Pārāk daudz mēģinājumu.',
    );
    expect(text(page.querySelector('[role="timer"]'))).toBe(
      'Mēģiniet vēlreiz pēc 41 sekundes.',
    );
    expect(
      page
        .querySelector('button[type="submit"]')
        ?.getAttribute('aria-disabled'),
    ).toBe('true');

    await signIn('dalibnieks@demo.invalid', 'demo-dalib-2026');
    http.expectNone(API_PATHS.login);
  });

  it('checks the fields before sending and focuses the first one to fix', async () => {
    await open();
    submit(page);
    await settle();

    http.expectNone(API_PATHS.login);
    const email = page.querySelector('input[type="email"]');
    expect(document.activeElement).toBe(email);
    expect(email?.classList).toContain('ng-invalid');
    expect(describedErrors(email)).toBe('Aizpildiet šo lauku.');
  });

  it('signs in and goes on to the page that was asked for', async () => {
    await open('/sign-in?returnUrl=%2Fusers%3Fq%3Dann');
    await signIn(' dalibnieks@demo.invalid ', 'demo-dalib-2026');
    const request = http.expectOne(API_PATHS.login);
    expect(request.request.body.email).toBe('dalibnieks@demo.invalid');
    request.flush(loginResponse(PARTICIPANT));
    await settle();

    expect(TestBed.inject(Router).url).toBe('/users?q=ann');
    expect(TestBed.inject(AuthSession).me()).toEqual(PARTICIPANT);
  });

  it('moves to the build of the language in the person’s profile, at the page asked for', async () => {
    await open('/sign-in?returnUrl=%2Fusers%3Fq%3Dann');
    const assign = jest
      .spyOn(TestBed.inject(PageLocation), 'assign')
      .mockImplementation(() => undefined);
    await signIn('dalibnieks@demo.invalid', 'demo-dalib-2026');
    http
      .expectOne(API_PATHS.login)
      .flush(loginResponse({ ...PARTICIPANT, language: 'en' }));
    await settle();
    expect(assign).toHaveBeenCalledWith('/en/users?q=ann');
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fusers%3Fq%3Dann');
  });

  it('links to the forgotten-password page', async () => {
    await open();
    const link = [...page.querySelectorAll('a')].find(
      (a) => text(a) === 'Aizmirsāt paroli?',
    );
    expect(link?.getAttribute('href')).toBe('/forgot-password');
  });
});

describe('PasswordVisibilityToggle in the sign-in form', () => {
  it('shows the password and keeps focus on itself', async () => {
    const { page } = await openRoute('/sign-in', [
      { path: 'sign-in', component: SignInPage },
    ]);
    const toggle = page.querySelector<HTMLButtonElement>(
      'button[aria-controls="sign-in-password"]',
    );
    expect(text(toggle)).toBe('Rādīt paroli');
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
    toggle?.focus();
    toggle?.click();
    await settle();
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    expect(text(toggle)).toBe('Slēpt paroli');
    expect(page.querySelector('#sign-in-password')?.getAttribute('type')).toBe(
      'text',
    );
    expect(document.activeElement).toBe(toggle);
  });
});
