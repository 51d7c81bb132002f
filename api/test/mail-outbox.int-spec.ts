import { DataSource } from 'typeorm';
import type { Page, Problem } from '@di/contracts';
import type { OutboxMessage } from '../src/modules/mail/outbox-message';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

/** The whole app in demo mode (no SMTP_URL): the outbox is how a person reads the mail that was not sent. */
describe('GET /api/mail/outbox in demo mode', () => {
  let testApp: TestApp;
  let base: string;
  let admin: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    admin = (await signIn(base, DEMO.admin)).accessToken;
  });
  afterAll(() => testApp.close());

  const outbox = (query = '', token = admin) => getJson<Page<OutboxMessage>>(base, `/api/mail/outbox${query}`, { token });

  async function waitUntilHandled(to: string): Promise<OutboxMessage> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const message = (await outbox('?pageSize=200')).body.items.find((m) => m.to === to);
      if (message && message.status !== 'pending') return message;
      if (Date.now() > deadline) throw new Error(`No sent message to ${to}: ${JSON.stringify(message)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('is for admins only', async () => {
    expect((await getJson<Problem>(base, '/api/mail/outbox')).status).toBe(401);
    const coordinator = (await signIn(base, DEMO.coordinator)).accessToken;
    const refused = await outbox('', coordinator);
    expect(refused.status).toBe(403);
  });

  it('shows a password-reset email, newest first, with the link to follow', async () => {
    const requested = await getJson(base, '/api/auth/password-reset', { method: 'POST', json: { email: DEMO.participant.email } });
    expect(requested.status).toBe(202);

    const message = await waitUntilHandled(DEMO.participant.email);
    expect(message).toMatchObject({ status: 'not_sent', demo: true });
    expect(message.subject).toBe('Paroles atjaunošana platformā “DI mācības”');
    expect(message.text).toMatch(/http:\/\/localhost:\d+\/lv\/set-password#token=[\w%.-]+/);
    expect(message.sentAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));

    const { status, body } = await outbox('?page=1&pageSize=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, pageSize: 1 });
    expect(body.items.map((m) => m.id)).toEqual([message.id]);
    const all = (await outbox('?pageSize=200')).body.items.map((m) => m.createdAt);
    expect(all).toEqual([...all].sort().reverse());
  });

  it('says mail is in demo mode, to anyone, so that no notice claims a message was sent', async () => {
    expect((await getJson(base, '/api/mail/delivery')).body).toEqual({ mode: 'demo' });
  });

  it('never shows an admin the live link sent to another admin with a real address', async () => {
    const created = await getJson(base, '/api/users', {
      method: 'POST',
      token: admin,
      json: { email: 'otra.admine@example.lv', fullName: 'Otra Administratore', organisationId: null, participantKind: 'other', roles: [{ role: 'admin' }], password: 'zaļā-pļava-2026' },
    });
    expect(created.status).toBe(201);
    expect((await getJson(base, '/api/auth/password-reset', { method: 'POST', token: admin, json: { email: 'otra.admine@example.lv' } })).status).toBe(202);

    const message = await waitUntilHandled('otra.admine@example.lv');
    expect(message).toMatchObject({ status: 'not_sent', demo: false });
    expect(message.text).not.toMatch(/token=/);
    expect(message.text).toContain('[saite šeit netiek rādīta]');
    const rows: { link: string | null }[] = await testApp.app.get(DataSource).query('SELECT link FROM mail_outbox WHERE recipient = $1', ['otra.admine@example.lv']);
    expect(rows).toEqual([{ link: null }]);
  });

  it('checks its paging parameters', async () => {
    const { status, body } = await getJson<Problem>(base, '/api/mail/outbox?pageSize=500', { token: admin });
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.field)).toContain('pageSize');
  });
});
