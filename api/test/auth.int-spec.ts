import { createHmac } from 'node:crypto';
import type { LoginResponse, Me, Problem } from '@di/contracts';
import { createTestDatabase, withClient } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

describe('sign-in', () => {
  let testApp: TestApp;
  let base: string;
  let databaseUrl: string;

  beforeAll(async () => {
    process.env['LOGIN_LOCKOUT_SECONDS'] = '5';
    process.env['TRUST_PROXY'] = 'true';
    databaseUrl = await createTestDatabase();
    testApp = await startTestApp(databaseUrl);
    base = testApp.baseUrl;
  });
  afterAll(async () => {
    delete process.env['LOGIN_LOCKOUT_SECONDS'];
    delete process.env['TRUST_PROXY'];
    await testApp.close();
  });

  const login = (email: string, password: string, ip = '10.9.8.7') =>
    getJson<LoginResponse & Problem>(base, '/api/auth/login', { method: 'POST', json: { email, password }, headers: { 'X-Forwarded-For': ip } });
  const refresh = (cookie: string) => getJson<LoginResponse & Problem>(base, '/api/auth/refresh', { method: 'POST', headers: { Cookie: cookie } });

  it('signs in with email (any case) and password, and knows who you are', async () => {
    const { status, body, headers } = await login('Dalibnieks@Demo.Invalid', DEMO.participant.password);
    expect(status).toBe(200);
    expect(body.expiresIn).toBe(900);
    expect(body.user).toMatchObject({ email: 'dalibnieks@demo.invalid', fullName: 'Demo Dalībniece', roles: [{ role: 'participant' }] });
    const cookie = headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^di_refresh=[\w-]{20,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);

    const me = await getJson<Me>(base, '/api/me', { token: body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(body.user);
  });

  it('refuses requests without a token, with a tampered token, or with alg "none"', async () => {
    expect((await getJson(base, '/api/me')).status).toBe(401);
    const { accessToken } = await signIn(base, DEMO.participant);
    const [header, payload] = accessToken.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${accessToken.split('.')[2]}`;
    expect((await getJson(base, '/api/me', { token: tampered })).status).toBe(401);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect((await getJson(base, '/api/me', { token: none })).status).toBe(401);
  });

  it('refuses a token signed with the real key for another audience, expired, without expiry or without a session', async () => {
    const [{ value: secret }] = await withClient(databaseUrl, async (c) => (await c.query(`SELECT value FROM app_setting WHERE key = 'jwt_signing_secret'`)).rows);
    const { userId, accessToken } = await signIn(base, DEMO.participant);
    const { sid } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { sid: string };
    const now = Math.floor(Date.now() / 1000);
    const forge = (claims: object) => {
      const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${head}.${body}.${createHmac('sha256', secret as string).update(`${head}.${body}`).digest('base64url')}`;
    };
    const good = { sub: userId, sid, aud: 'di-training', iss: 'di-training-api', iat: now, exp: now + 60 };
    expect((await getJson(base, '/api/me', { token: forge(good) })).status).toBe(200);
    expect((await getJson(base, '/api/me', { token: forge({ ...good, aud: 'someone-else' }) })).status).toBe(401);
    expect((await getJson(base, '/api/me', { token: forge({ ...good, exp: now - 10 }) })).status).toBe(401);
    const { exp: _exp, ...forever } = good;
    expect((await getJson(base, '/api/me', { token: forge(forever) })).status).toBe(401);
    const { sid: _sid, ...sessionless } = good;
    expect((await getJson(base, '/api/me', { token: forge(sessionless) })).status).toBe(401);
  });

  it('answers a wrong password with 401 and malformed input with 400 naming the field', async () => {
    const wrong = await login(DEMO.trainer.email, 'not-the-password', '10.1.1.1');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const unknown = await login('nobody@demo.invalid', 'whatever-password', '10.1.1.1');
    expect(unknown.body.detail).toBe(wrong.body.detail);

    const malformed = await getJson<Problem>(base, '/api/auth/login', { method: 'POST', json: { email: 42 } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('rotates the refresh token, and after sign-out the old one is refused', async () => {
    const session = await signIn(base, DEMO.trainer);
    const rotated = await refresh(session.refreshCookie);
    expect(rotated.status).toBe(200);
    expect(rotated.body.user.email).toBe(DEMO.trainer.email);
    const nextCookie = (rotated.headers.get('set-cookie') ?? '').split(';')[0];
    expect(nextCookie).not.toBe(session.refreshCookie);

    const out = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Cookie: nextCookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/di_refresh=;/);
    expect((await refresh(nextCookie)).status).toBe(401);
    expect((await refresh('di_refresh=made-up-token')).status).toBe(401);
    expect((await getJson(base, '/api/auth/refresh', { method: 'POST' })).status).toBe(401);
  });

  it('treats a reused refresh token as stolen and ends that session', async () => {
    const session = await signIn(base, DEMO.coordinator);
    const first = await refresh(session.refreshCookie);
    const next = (first.headers.get('set-cookie') ?? '').split(';')[0];
    await withClient(databaseUrl, (c) => c.query(`UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`));
    expect((await refresh(session.refreshCookie)).status).toBe(401);
    expect((await refresh(next)).status).toBe(401);
  });

  it('makes one account at one address wait after repeated failures, then lets the right password in again', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login(DEMO.rigaCoordinator.email, `wrong-${i}`, '10.2.2.2')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).filter((s) => s === 429).length).toBeGreaterThan(20);
    expect(statuses).not.toContain(200);

    const blocked = await login(DEMO.rigaCoordinator.email, DEMO.rigaCoordinator.password, '10.2.2.2');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 5100));
    expect((await login(DEMO.rigaCoordinator.email, DEMO.rigaCoordinator.password, '10.2.2.2')).status).toBe(200);
  });

  it('lets a whole training room behind one address sign in, typos and all', async () => {
    await withClient(databaseUrl, (c) =>
      c.query(
        `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash)
         SELECT 'room' || n || '@demo.invalid', 'Room ' || n, organisation_id, 'vsac_staff', password_hash
         FROM app_user, generate_series(1, 60) n WHERE email = $1`,
        [DEMO.participant.email],
      ),
    );
    const results = await Promise.all(
      Array.from({ length: 60 }, async (_, n) => {
        const email = `room${n + 1}@demo.invalid`;
        if (n % 3 === 0) await login(email, 'typo-typo', '10.3.3.3');
        const { status, body } = await login(email, DEMO.participant.password, '10.3.3.3');
        return `${status} ${body.code ?? ''}`.trim();
      }),
    );
    expect(results.filter((result) => result !== '200')).toEqual([]);
  });

  it('records sign-ins, failures, waits, sign-outs and a reused token in the audit trail, without secrets', async () => {
    await withClient(databaseUrl, (c) =>
      c.query(
        `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash)
         SELECT 'audited@demo.invalid', 'Audited Person', organisation_id, 'vsac_staff', password_hash FROM app_user WHERE email = $1`,
        [DEMO.participant.email],
      ),
    );
    const audited = { email: 'audited@demo.invalid', password: DEMO.participant.password };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(audited.email, `wrong-audit-${i}`, '10.4.4.4')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await new Promise((resolve) => setTimeout(resolve, 5100));
    const session = await signIn(base, audited, { 'X-Forwarded-For': '10.4.4.4' });
    const rotated = await refresh(session.refreshCookie);
    expect(rotated.status).toBe(200);
    await withClient(databaseUrl, (c) => c.query(`UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`));
    expect((await refresh(session.refreshCookie)).status).toBe(401);
    const again = await signIn(base, audited, { 'X-Forwarded-For': '10.4.4.4' });
    expect((await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { Cookie: again.refreshCookie } })).status).toBe(204);

    const rows = await withClient(
      databaseUrl,
      async (c) =>
        (await c.query(`SELECT action, details::text AS details FROM audit_event WHERE subject_user_id = $1 OR ip = '10.4.4.4' ORDER BY id`, [session.userId])).rows as {
          action: string;
          details: string;
        }[],
    );
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual(['refresh_token.reused', 'sign_in.failed', 'sign_in.succeeded', 'sign_in.throttled', 'sign_out']);
    expect(JSON.stringify(rows)).not.toMatch(/demo-(admin|koord|trainer|dalib)-2026|wrong-audit|argon2/);
  });
});
