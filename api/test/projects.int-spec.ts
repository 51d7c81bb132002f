import type { Page, Problem, Project } from '@di/contracts';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

describe('DI projects', () => {
  let testApp: TestApp;
  let base: string;
  let admin: string;
  let participant: string;
  let coordinator: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    [admin, participant, coordinator] = await Promise.all(
      [DEMO.admin, DEMO.participant, DEMO.coordinator].map(async (who) => (await signIn(base, who)).accessToken),
    );
  });
  afterAll(() => testApp.close());

  it('lists the four projects from the sources to anyone signed in', async () => {
    expect((await getJson(base, '/api/projects')).status).toBe(401);
    const { status, body } = await getJson<Page<Project>>(base, '/api/projects', { token: participant });
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    const latgale = body.items.find((p) => p.regionCode === 'LPR');
    expect(latgale).toMatchObject({ number: '9.2.2.1/15/I/005', startsOn: '2015-12-01', endsOn: '2023-12-31', esfPercent: 85, version: 1 });
    const riga = await getJson<Page<Project>>(base, '/api/projects?regionCode=RPR', { token: participant });
    expect(riga.body.items.map((p) => p.number)).toEqual(['9.2.2.1/15/I/002']);
    expect((await getJson<Project>(base, `/api/projects/${latgale?.id}`, { token: participant })).body.title).toBe(latgale?.title);
  });

  it('lets an admin create and edit a project, with versions and history', async () => {
    const created = await getJson<Project>(base, '/api/projects', {
      method: 'POST',
      token: admin,
      json: { number: '9.2.2.1/15/I/099', title: '<i>Testa</i> projekts', regionCode: 'ZPR', startsOn: '2016-01-01', esfPercent: 85.5 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: '<i>Testa</i> projekts', endsOn: null, esfPercent: 85.5, version: 1 });
    const id = created.body.id;
    const changed = await getJson<Project>(base, `/api/projects/${id}`, { method: 'PATCH', token: admin, json: { version: 1, endsOn: '2023-12-31' } });
    expect(changed.body).toMatchObject({ endsOn: '2023-12-31', version: 2 });
    const stale = await getJson<Problem>(base, `/api/projects/${id}`, { method: 'PATCH', token: admin, json: { version: 1, title: 'X' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_UPDATE');
    const inverted = await getJson<Problem>(base, `/api/projects/${id}`, { method: 'PATCH', token: admin, json: { endsOn: '2015-01-01' } });
    expect(inverted.status).toBe(400);
    expect(JSON.stringify(inverted.body.errors)).toContain('endsOn');
    const taken = await getJson<Problem>(base, '/api/projects', { method: 'POST', token: admin, json: { number: '9.2.2.1/15/I/099', title: 'Y', regionCode: 'ZPR' } });
    expect(taken.status).toBe(409);
    const rows: { action: string; new_value: Record<string, unknown> }[] = await testApp.app
      .get(DataSource)
      .query(`SELECT action, new_value FROM audit_event WHERE object_type = 'project' AND object_id = $1 ORDER BY id`, [id]);
    expect(rows.map((row) => row.action)).toEqual(['project.created', 'project.updated']);
    expect(rows[1].new_value).toEqual({ endsOn: '2023-12-31' });
  });

  it('refuses bad input with 400 naming the field and writes by others with 403', async () => {
    const bad = await getJson<Problem>(base, '/api/projects', { method: 'POST', token: admin, json: { title: 'X', regionCode: 'XXX', esfPercent: 101 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toMatch(/regionCode.*esfPercent|esfPercent.*regionCode/);
    for (const token of [coordinator, participant]) {
      expect((await getJson(base, '/api/projects', { method: 'POST', token, json: { title: 'X', regionCode: 'LPR' } })).status).toBe(403);
    }
    expect((await getJson(base, '/api/projects/00000000-0000-4000-8000-000000000000', { token: participant })).status).toBe(404);
  });
});
