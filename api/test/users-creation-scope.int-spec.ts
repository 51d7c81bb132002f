import type { Organisation, Page, Problem, User } from '@di/contracts';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

/** Nobody is created out of the creator's sight: every person has a role and, unless only an admin, an organisation in reach. */
describe('creating people within one’s scope', () => {
  let testApp: TestApp;
  let base: string;
  let coordinator: string;
  let admin: string;
  let organisations: Organisation[];
  const organisation = (name: string) => {
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`No organisation ${name}`);
    return found.id;
  };

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    coordinator = (await signIn(base, DEMO.coordinator)).accessToken;
    admin = (await signIn(base, DEMO.admin)).accessToken;
    organisations = (await getJson<Page<Organisation>>(base, '/api/organisations?pageSize=200', { token: admin })).body.items;
  });
  afterAll(() => testApp.close());

  const invite = (token: string, email: string, organisationId: string | null, roles: unknown[]) =>
    getJson<Problem>(base, '/api/users', { method: 'POST', token, json: { email, fullName: 'Ilze Kalniņa', organisationId, participantKind: 'vsac_staff', roles } });

  async function traces(email: string): Promise<{ people: number; mail: number }> {
    const db = testApp.app.get(DataSource);
    const [{ people }] = await db.query('SELECT count(*)::int AS people FROM app_user WHERE email = $1', [email]);
    const [{ mail }] = await db.query('SELECT count(*)::int AS mail FROM mail_outbox WHERE recipient = $1', [email]);
    return { people, mail };
  }

  it('refuses a coordinator’s person without an organisation and without roles, and sends no invitation', async () => {
    const refused = await invite(coordinator, 'nobody.sees@example.lv', null, []);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'roles', code: 'ROLE_REQUIRED' })]);
    expect(await traces('nobody.sees@example.lv')).toEqual({ people: 0, mail: 0 });
  });

  it('refuses a coordinator’s participant without an organisation, or in another region', async () => {
    const noOrganisation = await invite(coordinator, 'no.org@example.lv', null, [{ role: 'participant' }]);
    expect(noOrganisation.status).toBe(400);
    expect(noOrganisation.body.errors?.map((error) => error.field)).toEqual(['organisationId']);

    const elsewhere = organisations.find((o) => o.regionCode === 'RPR');
    const outside = await invite(coordinator, 'outside@example.lv', elsewhere?.id ?? null, [{ role: 'participant' }]);
    expect(outside.status).toBe(403);
    expect(await traces('no.org@example.lv')).toEqual({ people: 0, mail: 0 });
    expect(await traces('outside@example.lv')).toEqual({ people: 0, mail: 0 });
  });

  it('refuses an admin’s person without roles too', async () => {
    const refused = await invite(admin, 'roleless@example.lv', null, []);
    expect(refused.status).toBe(400);
    expect(await traces('roleless@example.lv')).toEqual({ people: 0, mail: 0 });
  });

  it('lets a coordinator find the people who have not accepted their invitation yet', async () => {
    const invited = await invite(coordinator, 'not.yet@example.lv', organisation('Kalupe'), [{ role: 'participant' }]);
    expect(invited.status).toBe(201);
    const list = (status: string) => getJson<Page<User>>(base, `/api/users?status=${status}&pageSize=200`, { token: coordinator });

    const pending = (await list('invited')).body.items;
    expect(pending.map((u) => u.email)).toContain('not.yet@example.lv');
    expect(pending.every((u) => u.status === 'invited')).toBe(true);
    const active = (await list('active')).body.items;
    expect(active.map((u) => u.email)).toContain(DEMO.participant.email);
    expect(active.every((u) => u.status === 'active')).toBe(true);
    expect((await getJson<Problem>(base, '/api/users?status=sleeping', { token: coordinator })).status).toBe(400);
  });

  it('sorts people by name the Latvian way', async () => {
    const names = (await getJson<Page<User>>(base, '/api/users?pageSize=200', { token: admin })).body.items.map((u) => u.fullName);
    expect(names).toEqual([...names].sort(new Intl.Collator('lv').compare));
  });
});
