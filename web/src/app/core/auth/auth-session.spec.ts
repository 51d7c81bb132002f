import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NavigationStart, Router, provideRouter } from '@angular/router';
import { API_PATHS, type Me, type Problem } from '@di/contracts';
import { filter, firstValueFrom } from 'rxjs';
import {
  AuthSession,
  SESSION_HINT_KEY,
  refreshDelayMs,
  safeReturnUrl,
} from './auth-session';
import { ADMIN, COORDINATOR, PARTICIPANT, loginResponse } from './auth.testing';

const unauthorised: Problem = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Your session has ended; sign in again',
};

describe('AuthSession', () => {
  let session: AuthSession;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
      ],
    });
    session = TestBed.inject(AuthSession);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('restores the session from the refresh cookie at start', async () => {
    const restored = session.restore();
    const request = http.expectOne(API_PATHS.refresh);
    expect(request.request.method).toBe('POST');
    request.flush(loginResponse(COORDINATOR, 'fresh'));
    await restored;

    expect(session.me()).toEqual(COORDINATOR);
    expect(session.accessToken()).toBe('fresh');
    expect(session.can('user.read')).toBe(true);
    expect(session.can('mail.outbox.read')).toBe(false);
    expect(session.isAdmin()).toBe(false);
    expect(session.coordinatorScopes()).toEqual([{ regionCode: 'LPR' }]);
  });

  it('takes what the person may do from the session, not from the role names', async () => {
    // Whatever the API says holds, even where the contracts' table would say otherwise.
    session.startSession(
      loginResponse({
        ...PARTICIPANT,
        permissions: ['profile.read', 'user.read'],
      }),
    );
    expect(session.can('user.read')).toBe(true);
    expect(session.can('organisation.read')).toBe(false);
  });

  it('derives the permissions from the roles when the session leaves them out', async () => {
    const { permissions: _left, ...olderMe } = COORDINATOR;
    session.startSession(loginResponse(olderMe as Me));
    expect(session.can('user.update')).toBe(true);
    expect(session.can('job.read')).toBe(false);
    session.startSession(
      loginResponse({ ...olderMe, roles: [{ role: 'trainer' }] } as Me),
    );
    expect(session.can('user.read')).toBe(false);
    expect(session.can('profile.update')).toBe(true);
  });

  it('starts signed out when there is no session (401), without failing', async () => {
    const restored = session.restore();
    http
      .expectOne(API_PATHS.refresh)
      .flush(unauthorised, { status: 401, statusText: 'Unauthorized' });
    await expect(restored).resolves.toBeUndefined();
    expect(session.signedIn()).toBe(false);
    expect(session.accessToken()).toBeNull();
    // The browser is known to be signed out: the next start does not ask (and log a 401).
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('does not ask the server at start when this browser has not signed in', async () => {
    localStorage.removeItem(SESSION_HINT_KEY);
    await expect(session.restore()).resolves.toBeUndefined();
    http.expectNone(API_PATHS.refresh);
    expect(session.signedIn()).toBe(false);
  });

  it('remembers that a session may exist once signed in, and forgets it at sign-out', async () => {
    localStorage.removeItem(SESSION_HINT_KEY);
    session.startSession(loginResponse(ADMIN));
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    const out = session.signOut();
    http.expectOne(API_PATHS.logout).flush(null);
    await out;
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('shares one refresh between callers asking at once', async () => {
    const first = firstValueFrom(session.refresh());
    const second = firstValueFrom(session.refresh());
    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'shared'));
    expect(await first).toBe('shared');
    expect(await second).toBe('shared');

    // A later refresh is a new request.
    const third = firstValueFrom(session.refresh());
    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'next'));
    expect(await third).toBe('next');
  });

  it('refreshes a minute before the access token expires', () => {
    jest.useFakeTimers();
    session.startSession(loginResponse(ADMIN, 'first', 900));

    jest.advanceTimersByTime(839_000);
    http.expectNone(API_PATHS.refresh);
    jest.advanceTimersByTime(1_000);
    http
      .expectOne(API_PATHS.refresh)
      .flush(loginResponse(ADMIN, 'second', 900));
    expect(session.accessToken()).toBe('second');
  });

  it('sends the person to sign in when a background refresh is refused', async () => {
    jest.useFakeTimers();
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/users?q=ann');
    session.startSession(loginResponse(ADMIN, 'first', 900));

    jest.advanceTimersByTime(840_000);
    http
      .expectOne(API_PATHS.refresh)
      .flush(unauthorised, { status: 401, statusText: 'Unauthorized' });
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve));

    expect(session.signedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fusers%3Fq%3Dann');
  });

  it('signs out on the server and here, and shows the sign-in page', async () => {
    const router = TestBed.inject(Router);
    session.startSession(loginResponse(ADMIN));
    const done = session.signOut();
    http
      .expectOne(API_PATHS.logout)
      .flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(session.me()).toBeNull();
    expect(session.accessToken()).toBeNull();
    expect(router.url).toBe('/sign-in');
  });

  it('says "signed out", not "expired", when a request still on its way is refused by the ended session', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/users');
    session.startSession(loginResponse(ADMIN));
    // The server has ended the session: a request still on its way is refused just as the way to
    // the sign-in page begins, and its failed refresh ends the session here too.
    const raced = router.events.pipe(filter((event) => event instanceof NavigationStart)).subscribe(() => {
      raced.unsubscribe();
      session.expire();
    });
    const done = session.signOut();
    http.expectOne(API_PATHS.logout).flush(null, { status: 204, statusText: 'No Content' });
    await done;
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/sign-in');
    expect(router.lastSuccessfulNavigation()?.extras.state).toEqual({ notice: 'signed-out' });
  });
});

describe('refreshDelayMs', () => {
  it('is a minute early for normal tokens and three quarters of short ones', () => {
    expect(refreshDelayMs(900)).toBe(840_000);
    expect(refreshDelayMs(120)).toBe(90_000);
    expect(refreshDelayMs(0)).toBe(0);
  });
});

describe('safeReturnUrl', () => {
  it('accepts paths inside the app only', () => {
    expect(safeReturnUrl('/users?q=a')).toBe('/users?q=a');
    expect(safeReturnUrl('//evil.example/x')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/sign-in?returnUrl=/x')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
