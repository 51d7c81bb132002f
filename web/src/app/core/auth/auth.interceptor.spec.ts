import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { API_PATHS, type Problem } from '@di/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthSession } from './auth-session';
import { authInterceptor } from './auth.interceptor';
import { ADMIN, loginResponse, signInAs } from './auth.testing';

const unauthorised: Problem = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Token expired',
};
const UNAUTHORISED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    await router.navigateByUrl('/users?role=trainer');
  });

  afterEach(() => http.verify());

  it('adds the access token to API requests', async () => {
    signInAs(ADMIN, { accessToken: 'abc' });
    const result = firstValueFrom(client.get(API_PATHS.users));
    const request = http.expectOne(API_PATHS.users);
    expect(request.request.headers.get('Authorization')).toBe('Bearer abc');
    request.flush({ items: [] });
    await result;
  });

  it('never sends the token to the sign-in endpoints or other sites', async () => {
    signInAs(ADMIN, { accessToken: 'abc' });
    const login = firstValueFrom(
      client.post(API_PATHS.login, { email: 'a@b.lv', password: 'x' }),
    );
    const other = firstValueFrom(client.get('https://example.org/api/users'));
    const loginRequest = http.expectOne(API_PATHS.login);
    expect(loginRequest.request.headers.has('Authorization')).toBe(false);
    loginRequest.flush(null);
    const external = http.expectOne('https://example.org/api/users');
    expect(external.request.headers.has('Authorization')).toBe(false);
    external.flush(null);
    await Promise.all([login, other]);
  });

  it('refreshes once after a 401 and retries the request with the new token', async () => {
    signInAs(ADMIN, { accessToken: 'old' });
    const result = firstValueFrom(client.get<{ ok: boolean }>(API_PATHS.users));

    http.expectOne(API_PATHS.users).flush(unauthorised, UNAUTHORISED);
    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'new'));
    const retry = http.expectOne(API_PATHS.users);
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    retry.flush({ ok: true });

    expect(await result).toEqual({ ok: true });
  });

  it('lets requests failing at once share a single refresh', async () => {
    signInAs(ADMIN, { accessToken: 'old' });
    const users = firstValueFrom(client.get(API_PATHS.users));
    const regions = firstValueFrom(client.get(API_PATHS.regions));
    http.expectOne(API_PATHS.users).flush(unauthorised, UNAUTHORISED);
    http.expectOne(API_PATHS.regions).flush(unauthorised, UNAUTHORISED);

    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'new'));
    http.expectOne(API_PATHS.users).flush([]);
    http.expectOne(API_PATHS.regions).flush([]);
    await Promise.all([users, regions]);
  });

  it('gives up when the refresh is refused: sign in again, coming back here', async () => {
    const session = signInAs(ADMIN, { accessToken: 'old' });
    const result = firstValueFrom(client.get(API_PATHS.users));

    http.expectOne(API_PATHS.users).flush(unauthorised, UNAUTHORISED);
    http.expectOne(API_PATHS.refresh).flush(unauthorised, UNAUTHORISED);

    await expect(result).rejects.toBeInstanceOf(HttpErrorResponse);
    await new Promise((resolve) => setTimeout(resolve));
    expect(session.signedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fusers%3Frole%3Dtrainer');
  });

  it('retries only once: a second 401 sends the person to sign in', async () => {
    const session = signInAs(ADMIN, { accessToken: 'old' });
    const result = firstValueFrom(client.get(API_PATHS.users));

    http.expectOne(API_PATHS.users).flush(unauthorised, UNAUTHORISED);
    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'new'));
    http.expectOne(API_PATHS.users).flush(unauthorised, UNAUTHORISED);

    await expect(result).rejects.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectNone(API_PATHS.refresh);
    expect(session.signedIn()).toBe(false);
    expect(router.url).toMatch(/^\/sign-in\?returnUrl=/);
  });

  it('passes other errors through untouched', async () => {
    signInAs(ADMIN, { accessToken: 'abc' });
    const result = firstValueFrom(client.get(API_PATHS.users));
    http
      .expectOne(API_PATHS.users)
      .flush({ detail: 'no' }, { status: 403, statusText: 'Forbidden' });
    await expect(result).rejects.toMatchObject({ status: 403 });
    http.expectNone(API_PATHS.refresh);
    expect(TestBed.inject(AuthSession).signedIn()).toBe(true);
  });

  it('refreshes first when the token has already expired (e.g. after sleep)', async () => {
    signInAs(ADMIN, { accessToken: 'stale', expiresIn: 0 });
    const result = firstValueFrom(client.get(API_PATHS.users));
    http.expectOne(API_PATHS.refresh).flush(loginResponse(ADMIN, 'fresh'));
    const request = http.expectOne(API_PATHS.users);
    expect(request.request.headers.get('Authorization')).toBe('Bearer fresh');
    request.flush([]);
    await result;
  });
});
