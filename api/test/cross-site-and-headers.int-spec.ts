import type { Problem } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

const EVIL = 'https://evil.example';

describe('requests from another site', () => {
  let testApp: TestApp;
  let base: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
  });
  afterAll(() => testApp.close());

  const formLogin = (headers: Record<string, string>) =>
    fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(DEMO.participant).toString(),
    });

  it('cannot sign a visitor in with a form on another site', async () => {
    const response = await formLogin({ Origin: EVIL });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(((await response.json()) as Problem).code).toBe('CROSS_SITE_REQUEST');
  });

  it('takes JSON bodies only: a form or plain text is 415 with a problem body, and signs nobody in', async () => {
    const form = await formLogin({});
    expect(form.status).toBe(415);
    expect(form.headers.get('set-cookie')).toBeNull();
    expect(((await form.json()) as Problem).code).toBe('UNSUPPORTED_MEDIA_TYPE');

    const text = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(DEMO.participant) });
    expect(text.status).toBe(415);
    expect(text.headers.get('set-cookie')).toBeNull();
  });

  it('refuses refresh and sign-out from another site, by Origin or by Sec-Fetch-Site, and the session goes on', async () => {
    const session = await signIn(base, DEMO.participant);
    const cookie = { Cookie: session.refreshCookie };
    const crossSite: Record<string, string>[] = [{ Origin: EVIL }, { 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }];
    for (const headers of crossSite) {
      for (const path of ['/api/auth/refresh', '/api/auth/logout']) {
        const refused = await getJson<Problem>(base, path, { method: 'POST', headers: { ...cookie, ...headers } });
        expect({ path, headers, status: refused.status, code: refused.body.code }).toEqual({ path, headers, status: 403, code: 'CROSS_SITE_REQUEST' });
      }
    }
    const sameOrigin = await getJson(base, '/api/auth/refresh', { method: 'POST', headers: { ...cookie, Origin: base, 'Sec-Fetch-Site': 'same-origin' } });
    expect(sameOrigin.status).toBe(200);
  });

  it('lets the platform’s own pages and programs that are not browsers in', async () => {
    const ownPage = await getJson(base, '/api/auth/login', { method: 'POST', headers: { Origin: 'http://localhost:3000' }, json: DEMO.participant });
    expect(ownPage.status).toBe(200);
    const program = await getJson(base, '/api/auth/login', { method: 'POST', json: DEMO.participant });
    expect(program.status).toBe(200);
  });

  it('refuses a change with a bearer token from another site too', async () => {
    const { accessToken } = await signIn(base, DEMO.participant);
    const refused = await getJson<Problem>(base, '/api/me', { method: 'PATCH', token: accessToken, headers: { Origin: EVIL }, json: { fullName: 'Pārņemts' } });
    expect(refused.status).toBe(403);
    const me = await getJson<{ fullName: string }>(base, '/api/me', { token: accessToken });
    expect(me.body.fullName).not.toBe('Pārņemts');
  });
});

describe('security headers', () => {
  let testApp: TestApp;
  let base: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
  });
  afterAll(() => testApp.close());

  it('forbid sniffing, framing and referrers and set a CSP without inline scripts, on answers and errors alike', async () => {
    for (const path of ['/api/health', '/api/me', '/api/no-such-thing']) {
      const { headers } = await getJson(base, path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('keep the sign-in answer and personal data out of every cache', async () => {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(DEMO.admin) });
    expect(login.headers.get('cache-control')).toBe('no-store');
    const { accessToken } = (await login.json()) as { accessToken: string };
    for (const path of ['/api/me', '/api/users', '/api/me/permissions']) {
      expect((await getJson(base, path, { token: accessToken })).headers.get('cache-control')).toBe('no-store');
    }
  });

  it('send no HSTS over plain http', async () => {
    expect((await getJson(base, '/api/health')).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('behind a TLS proxy (TRUST_PROXY=true)', () => {
  let testApp: TestApp;
  const saved = process.env.TRUST_PROXY;

  beforeAll(async () => {
    process.env.TRUST_PROXY = 'true';
    testApp = await startTestApp(await createTestDatabase());
  });
  afterAll(async () => {
    await testApp.close();
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  });

  it('sends HSTS when the proxy says the request came over https', async () => {
    const { headers } = await getJson(testApp.baseUrl, '/api/health', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  });
});
