import type { Organisation, Page, Problem, User } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

type Who = keyof typeof DEMO | 'anonymous';

describe('people and their roles', () => {
  let testApp: TestApp;
  let base: string;
  const tokens = {} as Record<Who, string | undefined>;
  let organisations: Organisation[];
  const organisation = (name: string) => required(organisations.find((o) => o.name === name), name).id;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    for (const who of Object.keys(DEMO) as (keyof typeof DEMO)[]) tokens[who] = (await signIn(base, DEMO[who])).accessToken;
    tokens.anonymous = undefined;
    organisations = (await getJson<Page<Organisation>>(base, '/api/organisations?pageSize=200', { token: tokens.admin })).body.items;
  });
  afterAll(() => testApp.close());

  const as = (who: Who) => ({ token: tokens[who] });

  it('a coordinator of Latgale lists only people of Latgale organisations', async () => {
    const { status, body } = await getJson<Page<User>>(base, '/api/users?pageSize=200', as('coordinator'));
    expect(status).toBe(200);
    const latgale = new Set(organisations.filter((o) => o.regionCode === 'LPR').map((o) => o.id));
    expect(body.items.length).toBeGreaterThanOrEqual(5);
    expect(body.items.every((u) => u.organisationId && latgale.has(u.organisationId))).toBe(true);
    expect(body.items.map((u) => u.email)).toContain('ilze.demo@demo.invalid');
    expect(body.total).toBe(body.items.length);
  });

  it('searches by name or email ignoring diacritics, and filters by role', async () => {
    const found = await getJson<Page<User>>(base, '/api/users?q=berzins', as('admin'));
    expect(found.body.items.map((u) => u.fullName)).toEqual(['Demo Pēteris Bērziņš']);
    const trainers = await getJson<Page<User>>(base, '/api/users?role=trainer', as('admin'));
    expect(trainers.body.items.map((u) => u.email)).toEqual([DEMO.trainer.email]);
    expect((await getJson<Problem>(base, '/api/users?role=king', as('admin'))).status).toBe(400);
  });

  it('a coordinator invites a person into their region as participant or trainer, and no further', async () => {
    const invite = (email: string, organisationId: string, roles: unknown) =>
      getJson<Omit<User, 'status'> & Omit<Problem, 'status'>>(base, '/api/users', {
        method: 'POST',
        token: tokens.coordinator,
        json: { email, fullName: 'Anna Liepa', organisationId, participantKind: 'vsac_staff', roles },
      });
    const created = await invite('Anna.Liepa@example.lv', organisation('Kalupe'), [{ role: 'participant' }, { role: 'trainer' }]);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'anna.liepa@example.lv', active: true });
    expect((created.body as unknown as User).status).toBe('invited');
    expect(created.body.roles.map((r) => r.role)).toEqual(['trainer', 'participant']);

    const coordinator = await invite('other@example.lv', organisation('Kalupe'), [{ role: 'coordinator', scope: { regionCode: 'LPR' } }]);
    expect(coordinator.status).toBe(403);
    expect(coordinator.body.code).toBe('ROLE_NOT_GRANTABLE');
    expect((await invite('other@example.lv', organisation('Kalupe'), [{ role: 'admin' }])).status).toBe(403);
    // Organisations are reference data everyone sees: one outside the region is forbidden, not hidden.
    const outside = await invite('other@example.lv', organisation('Ogres novads'), [{ role: 'participant' }]);
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('FORBIDDEN');
    const taken = await invite('ANNA.LIEPA@example.lv', organisation('Kalupe'), [{ role: 'participant' }]);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
  });

  it('names the bad fields of an invitation', async () => {
    const { status, body } = await getJson<Problem>(base, '/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email: 'not-an-email', fullName: ' ', participantKind: 'wizard', roles: [{ role: 'coordinator' }], shoeSize: 44 },
    });
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['email', 'fullName', 'participantKind', 'shoeSize']));
    const scope = await getJson<Problem>(base, '/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email: 'x@example.lv', fullName: 'X', organisationId: organisation('Kalupe'), participantKind: 'other', roles: [{ role: 'coordinator' }] },
    });
    expect(scope.body.errors).toEqual([{ field: 'roles.0.scope', message: 'A coordinator needs a scope: either regionCode or organisationId' }]);
  });

  it('an admin may create an active account with a password, and make a coordinator', async () => {
    const created = await getJson<User>(base, '/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: {
        email: 'zemgale.coord@example.lv',
        fullName: 'Zane Zemgale',
        organisationId: organisation('Krastiņi'),
        participantKind: 'other',
        roles: [{ role: 'coordinator', scope: { organisationId: organisation('VSAC "Latgale"') } }],
        password: 'zaļā-pļava-2026',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('active');
    const session = await signIn(base, { email: 'zemgale.coord@example.lv', password: 'zaļā-pļava-2026' });
    // Scoped to the VSAC and its branches: Kalupe is in, Daugavpils is not.
    const seen = await getJson<Page<User>>(base, '/api/users?pageSize=200', { token: session.accessToken });
    const seenOrganisations = new Set(seen.body.items.map((u) => u.organisationId));
    expect(seenOrganisations.has(organisation('Kalupe'))).toBe(true);
    expect(seenOrganisations.has(organisation('Daugavpils pilsēta'))).toBe(false);
  });

  it('a coordinator cannot change a fellow coordinator, nor grant themselves more', async () => {
    const colleague = await getJson<User>(base, '/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: {
        email: 'fellow.coord@example.lv',
        fullName: 'Fellow Coordinator',
        organisationId: organisation('Kalupe'),
        participantKind: 'other',
        roles: [{ role: 'coordinator', scope: { regionCode: 'LPR' } }],
      },
    });
    expect(colleague.status).toBe(201);
    const edit = await getJson<Problem>(base, `/api/users/${colleague.body.id}`, { method: 'PATCH', token: tokens.coordinator, json: { active: false } });
    expect(edit.status).toBe(403);
    expect(edit.body.code).toBe('ROLE_NOT_GRANTABLE');
    // Their own record is in their reach (their region's office), but they hold a role they may not hand out.
    const me = (await getJson<{ id: string }>(base, '/api/me', as('coordinator'))).body;
    const self = await getJson<Problem>(base, `/api/users/${me.id}`, { method: 'PATCH', token: tokens.coordinator, json: { roles: [{ role: 'admin' }] } });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('ROLE_NOT_GRANTABLE');
  });

  it('deactivating a person signs them out at once', async () => {
    const person = await signIn(base, { email: 'marta.demo@demo.invalid', password: 'demo-dalib-2026' });
    const off = await getJson<User>(base, `/api/users/${person.userId}`, { method: 'PATCH', token: tokens.coordinator, json: { active: false } });
    expect(off.body.status).toBe('inactive');
    expect((await getJson(base, '/api/me', { token: person.accessToken })).status).toBe(401);
    expect((await getJson(base, '/api/auth/refresh', { method: 'POST', headers: { Cookie: person.refreshCookie } })).status).toBe(401);
    const again = await getJson(base, '/api/auth/login', { method: 'POST', json: { email: 'marta.demo@demo.invalid', password: 'demo-dalib-2026' } });
    expect(again.status).toBe(401);
  });

  it('keeps at least one admin', async () => {
    const me = (await getJson<{ id: string }>(base, '/api/me', as('admin'))).body;
    const drop = await getJson<Problem>(base, `/api/users/${me.id}`, { method: 'PATCH', token: tokens.admin, json: { roles: [{ role: 'trainer' }] } });
    expect(drop.status).toBe(409);
    expect(drop.body.code).toBe('LAST_ADMIN');
  });

  it('lets everyone change their own name, language and password', async () => {
    const renamed = await getJson<{ fullName: string; language: string }>(base, '/api/me', {
      method: 'PATCH',
      token: tokens.trainer,
      json: { fullName: '  Demo Pasniedzējs Jaunais ', language: 'en' },
    });
    expect(renamed.body).toMatchObject({ fullName: 'Demo Pasniedzējs Jaunais', language: 'en' });
    const wrong = await getJson<Problem>(base, '/api/me/password', { method: 'POST', token: tokens.trainer, json: { currentPassword: 'nope', newPassword: 'jauna-parole-2026' } });
    expect(wrong.body.errors?.[0].field).toBe('currentPassword');
    const weak = await getJson<Problem>(base, '/api/me/password', { method: 'POST', token: tokens.trainer, json: { currentPassword: DEMO.trainer.password, newPassword: 'password1' } });
    expect(weak.body.errors?.[0]).toMatchObject({ field: 'newPassword', code: 'PASSWORD_TOO_COMMON' });
    const ok = await getJson(base, '/api/me/password', { method: 'POST', token: tokens.trainer, json: { currentPassword: DEMO.trainer.password, newPassword: 'jauna-parole-2026' } });
    expect(ok.status).toBe(204);
    await signIn(base, { email: DEMO.trainer.email, password: 'jauna-parole-2026' });
  });
});

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing from the demo data`);
  return value;
}
