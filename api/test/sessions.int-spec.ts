import type { LoginResponse, Me, Problem } from '@di/contracts';
import { validateEnvironment } from '../src/config/environment';
import { createTestDatabase, withClient } from './support/test-database';
import { DEMO, getJson, signIn, type SignedIn, startTestApp, type TestApp } from './support/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The moment a Set-Cookie header says the cookie expires. */
function cookieExpiry(setCookie: string): number {
  const match = /Expires=([^;]+)/i.exec(setCookie);
  if (!match) throw new Error(`No expiry in ${setCookie}`);
  return Date.parse(match[1]);
}

/** Sessions end when they should, and their access tokens with them: sign-out, password changes, limits. */
describe('sign-in sessions', () => {
  let testApp: TestApp;
  let base: string;
  let databaseUrl: string;
  let people = 0;

  beforeAll(async () => {
    process.env['SESSION_MAX_LIFETIME_DAYS'] = '2';
    process.env['SESSION_IDLE_TIMEOUT_MINUTES'] = String(24 * 60);
    databaseUrl = await createTestDatabase();
    testApp = await startTestApp(databaseUrl);
    base = testApp.baseUrl;
  });
  afterAll(async () => {
    delete process.env['SESSION_MAX_LIFETIME_DAYS'];
    delete process.env['SESSION_IDLE_TIMEOUT_MINUTES'];
    await testApp.close();
  });

  /** A person of this test's own (with the demo participant's password), so tests never share sessions. */
  async function newPerson(): Promise<{ email: string; password: string }> {
    const email = `session${++people}@demo.invalid`;
    await withClient(databaseUrl, (c) =>
      c.query(
        `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash)
         SELECT $2, 'Session Person', organisation_id, 'vsac_staff', password_hash FROM app_user WHERE email = $1`,
        [DEMO.participant.email, email],
      ),
    );
    return { email, password: DEMO.participant.password };
  }

  const me = (token: string) => getJson<Me & Problem>(base, '/api/me', { token });
  const refresh = (cookie: string) => getJson<LoginResponse & Problem>(base, '/api/auth/refresh', { method: 'POST', headers: { Cookie: cookie } });
  const nextCookie = (response: { headers: Headers }) => (response.headers.get('set-cookie') ?? '').split(';')[0];
  const sessionOf = (session: SignedIn) => (JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
  /** Moves the session's clock on, as if `ms` had passed since each of its times. */
  const age = (session: SignedIn, ms: number) =>
    withClient(databaseUrl, (c) =>
      c.query(
        `UPDATE refresh_token SET created_at = created_at - $2 * interval '1 millisecond', used_at = used_at - $2 * interval '1 millisecond',
           expires_at = expires_at - $2 * interval '1 millisecond', session_expires_at = session_expires_at - $2 * interval '1 millisecond'
         WHERE family_id = $1`,
        [sessionOf(session), ms],
      ),
    );

  it('signing out ends the session at once: its access token is refused, other sessions go on', async () => {
    const person = await newPerson();
    const here = await signIn(base, person);
    const elsewhere = await signIn(base, person);
    expect((await me(here.accessToken)).status).toBe(200);

    const out = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Cookie: here.refreshCookie } });
    expect(out.status).toBe(204);
    const after = await me(here.accessToken);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('NOT_SIGNED_IN');
    expect((await refresh(here.refreshCookie)).status).toBe(401);
    expect((await me(elsewhere.accessToken)).status).toBe(200);
  });

  it('signing out with only the access token (no cookie) ends that session too', async () => {
    const session = await signIn(base, await newPerson());
    const out = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${session.accessToken}` } });
    expect(out.status).toBe(204);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await refresh(session.refreshCookie)).status).toBe(401);
  });

  it('an access token from a refresh belongs to the same session, and dies with it', async () => {
    const session = await signIn(base, await newPerson());
    const rotated = await refresh(session.refreshCookie);
    expect(rotated.status).toBe(200);
    expect((await me(rotated.body.accessToken)).status).toBe(200);
    await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Cookie: nextCookie(rotated) } });
    expect((await me(rotated.body.accessToken)).status).toBe(401);
    expect((await me(session.accessToken)).status).toBe(401);
  });

  it('a password change ends every other session of the person; the one that made it stays', async () => {
    const person = await newPerson();
    const current = await signIn(base, person);
    const other = await signIn(base, person);
    const otherRefreshed = await refresh(other.refreshCookie);
    expect(otherRefreshed.status).toBe(200);

    const changed = await getJson(base, '/api/me/password', {
      method: 'POST',
      token: current.accessToken,
      json: { currentPassword: person.password, newPassword: 'sesiju-parole-2026' },
    });
    expect(changed.status).toBe(204);

    expect((await me(current.accessToken)).status).toBe(200);
    expect((await refresh(current.refreshCookie)).status).toBe(200);
    expect((await me(other.accessToken)).status).toBe(401);
    expect((await me(otherRefreshed.body.accessToken)).status).toBe(401);
    expect((await refresh(nextCookie(otherRefreshed))).status).toBe(401);
    await signIn(base, { email: person.email, password: 'sesiju-parole-2026' });
  });

  it('a password set through a reset link ends every session of the person', async () => {
    const person = await newPerson();
    const first = await signIn(base, person);
    const second = await signIn(base, person);
    expect((await getJson(base, '/api/auth/password-reset', { method: 'POST', json: { email: person.email } })).status).toBe(202);
    const token = await resetTokenFor(person.email);

    expect((await getJson(base, '/api/auth/password', { method: 'POST', json: { token, password: 'atjaunota-parole-2026' } })).status).toBe(200);
    for (const session of [first, second]) {
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await refresh(session.refreshCookie)).status).toBe(401);
    }
  });

  it('deactivating a person refuses their access tokens at once', async () => {
    const person = await newPerson();
    const session = await signIn(base, person);
    const admin = await signIn(base, DEMO.admin);
    expect((await getJson(base, `/api/users/${session.userId}`, { method: 'PATCH', token: admin.accessToken, json: { active: false } })).status).toBe(200);
    expect((await me(session.accessToken)).status).toBe(401);
    expect((await refresh(session.refreshCookie)).status).toBe(401);
  });

  it('a session waits idle at most SESSION_IDLE_TIMEOUT_MINUTES: the cookie says so, and after it nothing works', async () => {
    const session = await signIn(base, await newPerson());
    // The idle limit (a day here), not REFRESH_TOKEN_TTL_DAYS (14), sets the cookie's life.
    expect(Math.abs(cookieExpiry(session.setCookie) - (Date.now() + DAY))).toBeLessThan(5 * 60_000);

    await age(session, 12 * HOUR);
    const stillIn = await refresh(session.refreshCookie);
    expect(stillIn.status).toBe(200);
    // Refreshing restarts the idle clock.
    expect(Math.abs(cookieExpiry(stillIn.headers.get('set-cookie') ?? '') - (Date.now() + DAY))).toBeLessThan(5 * 60_000);

    // A day and five minutes without a refresh: idle too long, though well within the two days' limit.
    await age(session, DAY + 5 * 60_000);
    expect((await me(stillIn.body.accessToken)).status).toBe(401);
    expect((await refresh(nextCookie(stillIn))).status).toBe(401);
  });

  it('a session ends SESSION_MAX_LIFETIME_DAYS after sign-in, however often it is refreshed', async () => {
    const session = await signIn(base, await newPerson());
    const signedInAt = Date.now();
    let cookie = session.refreshCookie;
    let token = session.accessToken;
    // A day and a half of refreshing every twelve hours: each refresh is in time for the idle limit.
    for (let i = 0; i < 3; i++) {
      await age(session, 12 * HOUR);
      const refreshed = await refresh(cookie);
      expect(refreshed.status).toBe(200);
      cookie = nextCookie(refreshed);
      token = refreshed.body.accessToken;
      // The idle limit from now, but never past the session's end: two days from sign-in, on the session's aged clock.
      const sessionEnd = signedInAt + 2 * DAY - (i + 1) * 12 * HOUR;
      expect(Math.abs(cookieExpiry(refreshed.headers.get('set-cookie') ?? '') - Math.min(Date.now() + DAY, sessionEnd))).toBeLessThan(5 * 60_000);
    }
    expect((await me(token)).status).toBe(200);

    await age(session, 12 * HOUR + 60_000);
    expect((await me(token)).status).toBe(401);
    expect((await refresh(cookie)).status).toBe(401);
  });

  it('checks the session settings at start', () => {
    expect(validateEnvironment({})).toMatchObject({ SESSION_MAX_LIFETIME_DAYS: 30, SESSION_IDLE_TIMEOUT_MINUTES: 720 });
    expect(() => validateEnvironment({ SESSION_MAX_LIFETIME_DAYS: '0' })).toThrow(/SESSION_MAX_LIFETIME_DAYS must be a whole number from 1 to 365/);
    expect(() => validateEnvironment({ SESSION_IDLE_TIMEOUT_MINUTES: '1' })).toThrow(/SESSION_IDLE_TIMEOUT_MINUTES must be a whole number from 5/);
  });

  /** The token of the newest reset link to `email`, from the outbox (demo mode keeps links to demo addresses). */
  async function resetTokenFor(email: string): Promise<string> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await withClient(
        databaseUrl,
        async (c) => (await c.query(`SELECT link FROM mail_outbox WHERE recipient = $1 AND template = 'password_reset' ORDER BY created_at DESC LIMIT 1`, [email])).rows,
      );
      const link = (row as { link: string | null } | undefined)?.link;
      if (link) return decodeURIComponent(/#token=([\w%.-]+)/.exec(link)?.[1] ?? '');
      if (Date.now() > deadline) throw new Error(`No reset link for ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

/** The refresh cookie is `Secure` whenever people reach the app over https, even through a proxy that speaks http to it. */
describe('the refresh cookie behind a TLS proxy', () => {
  let testApp: TestApp;
  let base: string;

  beforeAll(async () => {
    process.env['PUBLIC_URL'] = 'https://macibas.example.lv';
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
  });
  afterAll(async () => {
    delete process.env['PUBLIC_URL'];
    await testApp.close();
  });

  it('is Secure on sign-in, refresh and sign-out, with TRUST_PROXY at its default and the request in plain http', async () => {
    const session = await signIn(base, DEMO.trainer);
    expect(session.setCookie).toMatch(/;\s*Secure/i);
    const refreshed = await fetch(`${base}/api/auth/refresh`, { method: 'POST', headers: { Cookie: session.refreshCookie } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const out = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Cookie: (refreshed.headers.get('set-cookie') ?? '').split(';')[0] } });
    expect(out.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});

describe('the refresh cookie on plain http', () => {
  let testApp: TestApp;
  let base: string;

  beforeAll(async () => {
    process.env['TRUST_PROXY'] = 'true';
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
  });
  afterAll(async () => {
    delete process.env['TRUST_PROXY'];
    await testApp.close();
  });

  it('is not Secure at an http PUBLIC_URL (a browser would drop it), but is for a request that came over https', async () => {
    expect((await signIn(base, DEMO.trainer)).setCookie).not.toMatch(/Secure/i);
    expect((await signIn(base, DEMO.trainer, { 'X-Forwarded-Proto': 'https' })).setCookie).toMatch(/;\s*Secure/i);
  });
});
