import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { HistoryEntry, Organisation, Page, Problem, User } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

describe('changing people: versions, history and races', () => {
  let testApp: TestApp;
  let databaseUrl: string;
  let base: string;
  let admin: string;
  let kalupe: string;
  let n = 0;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    testApp = await startTestApp(databaseUrl);
    base = testApp.baseUrl;
    admin = (await signIn(base, DEMO.admin)).accessToken;
    const organisations = await getJson<Page<Organisation>>(base, '/api/organisations?q=Kalupe', { token: admin });
    kalupe = organisations.body.items[0].id;
  });
  afterAll(() => testApp.close());

  async function createPerson(token: string, roles: User['roles'] = [{ role: 'participant' }]): Promise<User & { password: string }> {
    const password = `Versijas-Parole-${++n}-2026`;
    const response = await getJson<User>(base, '/api/users', {
      method: 'POST',
      token,
      json: { email: `race-${n}@example.lv`, fullName: `Race Person ${n}`, organisationId: roles.some((r) => r.role === 'admin') ? null : kalupe, participantKind: 'vsac_staff', roles, password },
    });
    expect(response.status).toBe(201);
    return { ...response.body, password };
  }

  it('refuses a change based on a version someone else has moved on, by field or by If-Match', async () => {
    const person = await createPerson(admin);
    expect(person.version).toBe(1);
    const first = await getJson<User>(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, json: { version: 1, fullName: 'First Editor' } });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);

    const stale = await getJson<Problem>(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, json: { version: 1, fullName: 'Second Editor' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_UPDATE');
    const staleHeader = await getJson<Problem>(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, headers: { 'If-Match': '"1"' }, json: { fullName: 'Second Editor' } });
    expect(staleHeader.status).toBe(409);
    expect(staleHeader.body.code).toBe('STALE_UPDATE');
    expect((await getJson<User>(base, `/api/users/${person.id}`, { token: admin })).body.fullName).toBe('First Editor');

    const current = await getJson<User>(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, headers: { 'If-Match': '"2"' }, json: { fullName: 'Second Editor' } });
    expect(current.body).toMatchObject({ fullName: 'Second Editor', version: 3 });
    const badTag = await getJson<Problem>(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, headers: { 'If-Match': 'yesterday' }, json: {} });
    expect(badTag.status).toBe(400);
    expect(badTag.body.errors?.[0].field).toBe('If-Match');
  });

  it('keeps who changed what, when, before and after, in the person’s history', async () => {
    const person = await createPerson(admin);
    await getJson(base, `/api/users/${person.id}`, { method: 'PATCH', token: admin, json: { fullName: 'Renamed Person', roles: [{ role: 'trainer' }] } });
    const { status, body } = await getJson<Page<HistoryEntry>>(base, `/api/users/${person.id}/history`, { token: admin });
    expect(status).toBe(200);
    const adminName = (await getJson<{ fullName: string }>(base, '/api/me', { token: admin })).body.fullName;
    expect(body.items.map((e) => [e.action, e.actor?.fullName, e.oldValue, e.newValue])).toEqual([
      ['user.created', adminName, null, expect.objectContaining({ fullName: person.fullName, organisationId: kalupe })],
      ['role.granted', adminName, null, { role: 'participant' }],
      ['role.revoked', adminName, { role: 'participant' }, null],
      ['role.granted', adminName, null, { role: 'trainer' }],
      ['user.updated', adminName, { fullName: person.fullName }, { fullName: 'Renamed Person' }],
    ]);
    expect(body.items.every((e) => e.objectType === 'user' && e.objectId === person.id && !Number.isNaN(Date.parse(e.occurredAt)))).toBe(true);
    expect(JSON.stringify(body)).not.toContain(person.password);
  });

  /**
   * Holds the two admins' rows locked while both requests arrive, so that both are signed in
   * and inside their transactions, waiting at the same lock, before either can go on: the
   * closest two requests can come to "at the same moment", on every round.
   */
  async function atTheSameMoment<T>(userIds: string[], requests: () => Promise<T>): Promise<T> {
    const gate = new Client({ connectionString: databaseUrl });
    await gate.connect();
    try {
      await gate.query('BEGIN');
      await gate.query('SELECT 1 FROM app_user WHERE id = ANY($1) FOR NO KEY UPDATE', [userIds]);
      const running = requests();
      for (let waited = 0; ; waited += 20) {
        // Statistics are a snapshot per transaction: take a fresh one each time.
        await gate.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await gate.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'`,
        );
        if (rows[0].waiting >= 2) break;
        if (waited > 10_000) throw new Error('The two requests never both reached the lock');
        await sleep(20);
      }
      await gate.query('COMMIT');
      return await running;
    } finally {
      await gate.end();
    }
  }

  it('two admins deactivating each other at once: one wins, the other is told an admin must remain — every time', async () => {
    // Leave exactly two active admins, then let each try to switch the other off at the same moment.
    for (let round = 1; round <= 20; round++) {
      const a = await createPerson(admin, [{ role: 'admin' }]);
      const b = await createPerson(admin, [{ role: 'admin' }]);
      const tokenA = (await signIn(base, { email: a.email, password: a.password })).accessToken;
      const tokenB = (await signIn(base, { email: b.email, password: b.password })).accessToken;
      const others = await getJson<Page<User>>(base, '/api/users?role=admin&pageSize=200', { token: tokenA });
      for (const other of others.body.items.filter((u) => u.active && u.id !== a.id && u.id !== b.id)) {
        expect((await getJson(base, `/api/users/${other.id}`, { method: 'PATCH', token: tokenA, json: { active: false } })).status).toBe(200);
      }
      const [ab, ba] = await atTheSameMoment([a.id, b.id], () =>
        Promise.all([
          getJson<Problem>(base, `/api/users/${b.id}`, { method: 'PATCH', token: tokenA, json: { active: false } }),
          getJson<Problem>(base, `/api/users/${a.id}`, { method: 'PATCH', token: tokenB, json: { active: false } }),
        ]),
      );
      expect([ab.status, ba.status].sort()).toEqual([200, 409]);
      expect([ab, ba].find((r) => r.status === 409)?.body.code).toBe('LAST_ADMIN');
      const winner = ab.status === 200 ? tokenA : tokenB;
      const admins = await getJson<Page<User>>(base, '/api/users?role=admin&pageSize=200', { token: winner });
      expect(admins.body.items.filter((u) => u.active)).toHaveLength(1);
      admin = winner;
    }
  });
});
