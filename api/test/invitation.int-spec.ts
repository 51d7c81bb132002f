import type { Page, Problem, User } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { SmtpTestServer, type ReceivedMail } from './support/smtp-test-server';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

/** The whole way a person joins: invitation email, link, password, sign-in; and the way back in after forgetting. */
describe('invitations and password reset, through a real SMTP server', () => {
  let smtp: SmtpTestServer;
  let testApp: TestApp;
  let base: string;
  let coordinator: string;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    process.env['SMTP_URL'] = smtp.url;
    process.env['PUBLIC_URL'] = 'https://apmacibas.example.lv';
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    coordinator = (await signIn(base, DEMO.coordinator)).accessToken;
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    delete process.env['PUBLIC_URL'];
    await testApp.close();
    await smtp.close();
  });

  const to = (address: string) => (mail: ReceivedMail) => mail.recipients.includes(address);
  const tokenIn = (mail: ReceivedMail): string => {
    const match = /https:\/\/apmacibas\.example\.lv\/(lv|en)\/set-password#token=([\w%.-]+)/.exec(mail.parsed.text ?? '');
    if (!match) throw new Error(`No link in: ${mail.parsed.text}`);
    return decodeURIComponent(match[2]);
  };
  const setPassword = (token: string, password: string) =>
    getJson<Problem>(base, '/api/auth/password', { method: 'POST', json: { token, password } });
  const organisationId = async (name: string) =>
    (await getJson<Page<{ id: string; name: string }>>(base, `/api/organisations?q=${encodeURIComponent(name)}`, { token: coordinator })).body.items[0].id;

  it('an invited person gets an email whose link sets their password once, and can then sign in', async () => {
    const invited = await getJson<User>(base, '/api/users', {
      method: 'POST',
      token: coordinator,
      json: { email: 'jana.berzina@example.lv', fullName: 'Jana Bērziņa', organisationId: await organisationId('Kalupe'), participantKind: 'vsac_staff', roles: [{ role: 'participant' }] },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe('invited');

    const [mail] = await smtp.waitFor(to('jana.berzina@example.lv'));
    expect(mail.parsed.subject).toMatch(/DI mācības/);
    expect(mail.parsed.text).toContain('Jana Bērziņa');
    const token = tokenIn(mail);

    expect((await setPassword(token, 'password1')).body.errors?.[0].field).toBe('password');
    const set = await setPassword(token, 'ābeļziedi-2026');
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ email: 'jana.berzina@example.lv' });
    const again = await setPassword(token, 'cits-ābeļzieds-2026');
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('TOKEN_INVALID');
    // A link cut short when copied is just as invalid, and says so the same way.
    expect((await setPassword(token.slice(0, 5), 'cits-ābeļzieds-2026')).body.code).toBe('TOKEN_INVALID');

    await signIn(base, { email: 'jana.berzina@example.lv', password: 'ābeļziedi-2026' });
    expect((await getJson<User>(base, `/api/users/${invited.body.id}`, { token: coordinator })).body.status).toBe('active');
  });

  it('sending an invitation again makes the earlier link stop working', async () => {
    const invited = await getJson<User>(base, '/api/users', {
      method: 'POST',
      token: coordinator,
      json: { email: 'otrs@example.lv', fullName: 'Otrs Cilvēks', organisationId: await organisationId('Krastiņi'), participantKind: 'vsac_staff', roles: [{ role: 'participant' }], language: 'en' },
    });
    const [first] = await smtp.waitFor(to('otrs@example.lv'));
    expect(first.parsed.text).toContain('/en/set-password#token=');
    expect((await getJson(base, `/api/users/${invited.body.id}/invitation`, { method: 'POST', token: coordinator })).status).toBe(202);
    const [, second] = await smtp.waitFor(to('otrs@example.lv'), 2);

    expect((await setPassword(tokenIn(first), 'vecā-saite-2026')).body.code).toBe('TOKEN_INVALID');
    expect((await setPassword(tokenIn(second), 'jaunā-saite-2026')).status).toBe(200);
    const resend = await getJson<Problem>(base, `/api/users/${invited.body.id}/invitation`, { method: 'POST', token: coordinator });
    expect(resend.body.code).toBe('NOT_INVITED');
  });

  it('a forgotten password is reset through an emailed link, which signs out every session', async () => {
    const before = await signIn(base, DEMO.participant);
    const unknown = await getJson(base, '/api/auth/password-reset', { method: 'POST', json: { email: 'nobody@example.lv' } });
    expect(unknown.status).toBe(202);
    const known = await getJson(base, '/api/auth/password-reset', { method: 'POST', json: { email: 'DALIBNIEKS@demo.invalid' } });
    expect(known.status).toBe(202);

    const [mail] = await smtp.waitFor(to(DEMO.participant.email));
    expect((await setPassword(tokenIn(mail), 'jaunā-parole-2026')).status).toBe(200);
    expect((await getJson(base, '/api/auth/refresh', { method: 'POST', headers: { Cookie: before.refreshCookie } })).status).toBe(401);
    await signIn(base, { email: DEMO.participant.email, password: 'jaunā-parole-2026' });
    expect(smtp.received.some(to('nobody@example.lv'))).toBe(false);
  });
});
