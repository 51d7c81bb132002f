import type { LoginResponse, Problem } from '@di/contracts';
import { Client } from 'pg';
import * as hasher from '../src/modules/auth/password-hasher';
import { createTestDatabase, withClient } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

/** Cheap ways to hurt people or the service through the auth endpoints, and that they no longer work. */
describe('auth abuse', () => {
  let testApp: TestApp;
  let base: string;
  let databaseUrl: string;
  let people = 0;

  beforeAll(async () => {
    process.env['TRUST_PROXY'] = 'true';
    databaseUrl = await createTestDatabase();
    testApp = await startTestApp(databaseUrl);
    base = testApp.baseUrl;
  });
  afterAll(async () => {
    delete process.env['TRUST_PROXY'];
    await testApp.close();
  });

  /** A person of this test's own, with the demo participant's password. */
  async function newPerson(): Promise<{ email: string; password: string; id: string }> {
    const email = `abuse${++people}@demo.invalid`;
    const [row] = await withClient(
      databaseUrl,
      async (c) =>
        (
          await c.query(
            `INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash)
             SELECT $2, 'Abuse Target', organisation_id, 'vsac_staff', password_hash FROM app_user WHERE email = $1 RETURNING id`,
            [DEMO.participant.email, email],
          )
        ).rows,
    );
    return { email, password: DEMO.participant.password, id: (row as { id: string }).id };
  }

  const from = (ip: string) => ({ 'X-Forwarded-For': ip });
  const login = (email: string, password: string, ip: string) =>
    getJson<LoginResponse & Problem>(base, '/api/auth/login', { method: 'POST', json: { email, password }, headers: from(ip) });
  const requestReset = (email: string, ip: string, token?: string) =>
    getJson<Problem>(base, '/api/auth/password-reset', { method: 'POST', json: { email }, headers: from(ip), token });
  const setPassword = (token: string, password: string) => getJson<Problem>(base, '/api/auth/password', { method: 'POST', json: { token, password } });
  const query = async <T>(sql: string, params: unknown[] = []) => (await withClient(databaseUrl, (c) => c.query(sql, params))).rows as T[];
  const resetMails = async (email: string) =>
    (await query<{ count: number }>(`SELECT count(*)::int AS count FROM mail_outbox WHERE recipient = $1 AND template = 'password_reset'`, [email]))[0].count;

  /** Until every queued password-reset request has been handled. */
  async function resetJobsDone(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [{ waiting }] = await query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pgboss.job WHERE name = 'password-reset' AND state IN ('created', 'retry', 'active')`,
      );
      if (waiting === 0) return;
      if (Date.now() > deadline) {
        const jobs = await query(`SELECT state, retry_count, output::text, data::text FROM pgboss.job WHERE name = 'password-reset' AND state IN ('created', 'retry', 'active')`);
        throw new Error(`${waiting} password-reset jobs still waiting: ${JSON.stringify(jobs)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function resetToken(email: string): Promise<string> {
    await resetJobsDone();
    const [row] = await query<{ link: string }>(
      `SELECT link FROM mail_outbox WHERE recipient = $1 AND template = 'password_reset' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return decodeURIComponent(/#token=([\w%.-]+)/.exec(row?.link ?? '')?.[1] ?? '');
  }

  describe('guessing the current password through a password change', () => {
    it('makes the session wait after five wrong guesses, so the right one after thirty is refused too', async () => {
      const person = await newPerson();
      const session = await signIn(base, { email: person.email, password: person.password }, from('10.20.0.1'));
      const answers: string[] = [];
      for (let i = 0; i < 30; i++) {
        const { status, body } = await getJson<Problem>(base, '/api/me/password', {
          method: 'POST',
          token: session.accessToken,
          json: { currentPassword: `guess-${i}`, newPassword: 'uzbrucēja-parole-2026' },
        });
        answers.push(`${status} ${body.code === 'INVALID_INPUT' ? body.errors?.[0].code : body.code}`);
      }
      expect(answers.slice(0, 5)).toEqual(Array(5).fill('400 PASSWORD_WRONG'));
      expect(answers.slice(5)).toEqual(Array(25).fill('429 TOO_MANY_ATTEMPTS'));

      const right = await getJson<Problem>(base, '/api/me/password', {
        method: 'POST',
        token: session.accessToken,
        json: { currentPassword: person.password, newPassword: 'uzbrucēja-parole-2026' },
      });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      // The password is as it was, and signing in (a counter of its own) is not held up.
      await signIn(base, { email: person.email, password: person.password }, from('10.20.0.2'));
    });

    it('refuses a new password that is the current one, naming the field', async () => {
      const person = await newPerson();
      const session = await signIn(base, { email: person.email, password: person.password }, from('10.21.0.1'));
      const same = await getJson<Problem>(base, '/api/me/password', {
        method: 'POST',
        token: session.accessToken,
        json: { currentPassword: person.password, newPassword: person.password },
      });
      expect(same.status).toBe(400);
      expect(same.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'PASSWORD_UNCHANGED' })]);
    });
  });

  describe('failed sign-ins', () => {
    it('a stranger guessing from their address cannot keep the person out at theirs', async () => {
      const person = await newPerson();
      const stranger: number[] = [];
      for (let i = 0; i < 30; i++) stranger.push((await login(person.email, `guess-${i}`, '10.30.0.66')).status);
      expect(stranger.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(stranger.slice(5)).toEqual(Array(25).fill(429));
      expect((await login(person.email, person.password, '10.30.0.66')).status).toBe(429);

      expect((await login(person.email, person.password, '10.30.0.1')).status).toBe(200);
    });

    it('guesses spread over many addresses make the account wait for everyone once they reach the ceiling', async () => {
      const person = await newPerson();
      const answers: number[] = [];
      for (let address = 1; address <= 10; address++) {
        for (let i = 0; i < 5; i++) answers.push((await login(person.email, `spread-${address}-${i}`, `10.31.0.${address}`)).status);
      }
      expect(answers).toEqual(Array(50).fill(401));
      const owner = await login(person.email, person.password, '10.31.1.1');
      expect(owner.status).toBe(429);
      expect(owner.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(owner.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('password-reset requests', () => {
    it('send at most three links an hour to one address, however many are asked for and from wherever', async () => {
      const person = await newPerson();
      const answers = await Promise.all(Array.from({ length: 25 }, async (_, n) => (await requestReset(person.email, `10.40.${n}.1`)).status));
      expect(answers).toEqual(Array(25).fill(202));
      await resetJobsDone();
      expect(await resetMails(person.email)).toBe(3);
    });

    it('answer a known address at once, before any of the work that depends on it, exactly as an unknown one', async () => {
      const person = await newPerson();
      // While the tokens table is locked, creating a link waits; the answers must not.
      const blocker = new Client({ connectionString: databaseUrl });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE one_time_token IN EXCLUSIVE MODE');
        const known = await requestReset(person.email, '10.42.0.1');
        const unknown = await requestReset('nobody.here@example.lv', '10.42.0.1');
        expect([known.status, unknown.status]).toEqual([202, 202]);
        expect(known.body).toEqual(unknown.body);
        // Both did the same thing: queued one request of the same shape, with no address in it.
        const queued = await query<{ userId: string | null; keys: string; data: string }>(
          `SELECT data->>'userId' AS "userId", (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(data) k) AS keys, data::text AS data
             FROM pgboss.job WHERE name = 'password-reset' AND data->>'ip' = '10.42.0.1' ORDER BY created_on`,
        );
        expect(queued.map(({ userId, keys }) => ({ userId, keys }))).toEqual([
          { userId: person.id, keys: 'actorUserId,ip,userId' },
          { userId: null, keys: 'actorUserId,ip,userId' },
        ]);
        expect(queued.map((job) => job.data).join()).not.toContain('@');
        expect(await resetMails(person.email)).toBe(0);
      } finally {
        await blocker.query('ROLLBACK');
        await blocker.end();
      }
      await resetJobsDone();
      expect(await resetMails(person.email)).toBe(1);
      expect(await resetMails('nobody.here@example.lv')).toBe(0);
    });

    it('record the signed-in admin who asked as the actor', async () => {
      const person = await newPerson();
      const admin = await signIn(base, DEMO.admin, from('10.43.0.1'));
      expect((await requestReset(person.email, '10.43.0.1', admin.accessToken)).status).toBe(202);
      await resetJobsDone();
      const other = await newPerson();
      expect((await requestReset(other.email, '10.43.0.2')).status).toBe(202);
      await resetJobsDone();
      const rows = await query<{ subject_user_id: string; actor_user_id: string | null }>(
        `SELECT subject_user_id, actor_user_id FROM audit_event WHERE action = 'password_reset.requested' AND subject_user_id = ANY($1) ORDER BY id`,
        [[person.id, other.id]],
      );
      expect(rows).toEqual([
        { subject_user_id: person.id, actor_user_id: admin.userId },
        { subject_user_id: other.id, actor_user_id: null },
      ]);
    });
  });

  describe('setting a password with a link', () => {
    afterEach(() => jest.restoreAllMocks());

    it('hashes nothing for a made-up token, and a real link still works once, even clicked twice at once', async () => {
      const hashing = jest.spyOn(hasher, 'hashPassword');
      const madeUp = await Promise.all(Array.from({ length: 20 }, (_, n) => setPassword(`made-up-token-${n}`, 'jauna-laba-parole-2026')));
      expect(madeUp.map((answer) => `${answer.status} ${answer.body.code}`)).toEqual(Array(20).fill('400 TOKEN_INVALID'));
      expect(hashing).not.toHaveBeenCalled();

      const person = await newPerson();
      expect((await requestReset(person.email, '10.44.0.1')).status).toBe(202);
      const token = await resetToken(person.email);
      const twice = await Promise.all([setPassword(token, 'pirmā-parole-2026'), setPassword(token, 'otrā-parole-2026')]);
      expect(twice.map((answer) => answer.status).sort()).toEqual([200, 400]);
      expect(twice.find((answer) => answer.status === 400)?.body.code).toBe('TOKEN_INVALID');
      // The spy does see the hashing, for a live link.
      expect(hashing).toHaveBeenCalled();
      const winner = twice[0].status === 200 ? 'pirmā-parole-2026' : 'otrā-parole-2026';
      await signIn(base, { email: person.email, password: winner }, from('10.44.0.1'));
    });
  });

  describe('password-reset requests from one address', () => {
    it('make one client address wait after thirty an hour (last: it leaves a queue of requests behind)', async () => {
      const answers: number[] = [];
      for (let n = 0; n < 30; n++) answers.push((await requestReset(`nobody${n}@example.lv`, '10.41.0.1')).status);
      expect(answers).toEqual(Array(30).fill(202));
      const next = await requestReset('nobody-else@example.lv', '10.41.0.1');
      expect(next.status).toBe(429);
      expect(next.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await requestReset('nobody-else@example.lv', '10.41.0.2')).status).toBe(202);
    });
  });
});
