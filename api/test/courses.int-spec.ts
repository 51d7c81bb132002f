import type { Course, CourseModule, CourseSummary, MarkdownPreview, Page, Problem } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

describe('courses and modules', () => {
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

  let sequence = 0;
  async function newCourse(overrides: Record<string, unknown> = {}): Promise<Course> {
    sequence += 1;
    const { status, body } = await getJson<Course>(base, '/api/courses', {
      method: 'POST',
      token: admin,
      json: {
        code: `T-${sequence}-${Date.now() % 100000}`,
        title: { lv: 'Testa kurss', en: 'Test course' },
        audience: 'any',
        plannedHours: 8,
        completionRule: { minAttendancePercent: 75, requireAllRequiredModules: true },
        ...overrides,
      },
    });
    expect(status).toBe(201);
    return body;
  }
  const addModule = (courseId: string, json: Record<string, unknown>) =>
    getJson<CourseModule>(base, `/api/courses/${courseId}/modules`, { method: 'POST', token: admin, json });

  it('lets an admin create a course with modules inserted at positions', async () => {
    const course = await newCourse();
    expect(course).toMatchObject({ status: 'draft', version: 1, modules: [], completionRule: { minAttendancePercent: 75 } });
    const first = await addModule(course.id, { title: { lv: 'Pirmais' } });
    const third = await addModule(course.id, { title: { lv: 'Trešais' } });
    const second = await addModule(course.id, { title: { lv: 'Otrais' }, position: 2, required: false, estimatedMinutes: 30 });
    expect([first.status, third.status, second.status]).toEqual([201, 201, 201]);
    const { body } = await getJson<Course>(base, `/api/courses/${course.id}`, { token: admin });
    expect(body.modules.map((m) => [m.position, m.title.lv])).toEqual([
      [1, 'Pirmais'],
      [2, 'Otrais'],
      [3, 'Trešais'],
    ]);
    expect(body.modules[1]).toMatchObject({ required: false, estimatedMinutes: 30 });
  });

  it('shows participants only published courses, and drafts are not found for them', async () => {
    const draft = await newCourse({ title: { lv: 'Melnraksts' } });
    const published = await newCourse({ title: { lv: 'Publicēts kurss' }, status: 'published' });
    const archived = await newCourse({ title: { lv: 'Arhivēts kurss' }, status: 'archived' });
    const { status, body } = await getJson<Page<CourseSummary>>(base, '/api/courses?pageSize=100', { token: participant });
    expect(status).toBe(200);
    const ids = body.items.map((c) => c.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(archived.id);
    expect(body.items.every((c) => c.status === 'published')).toBe(true);
    expect((await getJson<Problem>(base, `/api/courses/${draft.id}`, { token: participant })).status).toBe(404);
    expect((await getJson<Course>(base, `/api/courses/${archived.id}`, { token: participant })).status).toBe(200);
    const asAdmin = await getJson<Page<CourseSummary>>(base, '/api/courses?status=draft&pageSize=100', { token: admin });
    expect(asAdmin.body.items.map((c) => c.id)).toContain(draft.id);
  });

  it('finds courses by free text ignoring case and diacritics, and by region of a run', async () => {
    const course = await newCourse({ title: { lv: 'Sociālā mentora ābece' }, status: 'published' });
    const found = await getJson<Page<CourseSummary>>(base, '/api/courses?q=MENTORA%20ABECE', { token: participant });
    expect(found.body.items.map((c) => c.id)).toEqual([course.id]);
    expect((await getJson<Page<CourseSummary>>(base, '/api/courses?q=%25', { token: participant })).body.items).toEqual([]);
    const riga = await getJson<Page<CourseSummary>>(base, '/api/courses?regionCode=RPR', { token: participant });
    expect(riga.body.items.map((c) => c.code)).toContain('VSAC-GRT');
    expect(riga.body.items.map((c) => c.id)).not.toContain(course.id);
  });

  it('keeps HTML in a title as the same text', async () => {
    const course = await newCourse({ title: { lv: '<b>Treknraksts</b> & <script>x</script>' } });
    expect(course.title.lv).toBe('<b>Treknraksts</b> & <script>x</script>');
  });

  it('refuses a taken code with 409, bad input with 400 naming the field', async () => {
    const course = await newCourse();
    const again = await getJson<Problem>(base, '/api/courses', {
      method: 'POST',
      token: admin,
      json: { code: course.code, title: { lv: 'X' }, audience: 'any', plannedHours: 1, completionRule: { minAttendancePercent: 1, requireAllRequiredModules: false } },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_EXISTS');
    const bad = await getJson<Problem>(base, `/api/courses/${course.id}`, { method: 'PATCH', token: admin, json: { plannedHours: 0 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('plannedHours');
    for (const field of ['title', 'description', 'completionRule', 'code']) {
      const nulled = await getJson<Problem>(base, `/api/courses/${course.id}`, { method: 'PATCH', token: admin, json: { [field]: null } });
      expect([field, nulled.status]).toEqual([field, 400]);
    }
    const cleared = await getJson<Course>(base, `/api/courses/${course.id}`, { method: 'PATCH', token: admin, json: { providerOrganisationId: null } });
    expect(cleared.status).toBe(200);
  });

  it('answers a stale course version with 409 STALE_UPDATE', async () => {
    const course = await newCourse();
    const first = await getJson<Course>(base, `/api/courses/${course.id}`, { method: 'PATCH', token: admin, json: { version: 1, plannedHours: 10 } });
    expect(first.body.version).toBe(2);
    const stale = await getJson<Problem>(base, `/api/courses/${course.id}`, { method: 'PATCH', token: admin, json: { version: 1, plannedHours: 12 } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_UPDATE');
  });

  it('refuses writes to coordinators and participants with 403', async () => {
    const course = await newCourse({ status: 'published' });
    const body = { code: 'NOPE-1', title: { lv: 'X' }, audience: 'any', plannedHours: 1, completionRule: { minAttendancePercent: 1, requireAllRequiredModules: false } };
    for (const token of [coordinator, participant]) {
      expect((await getJson(base, '/api/courses', { method: 'POST', token, json: body })).status).toBe(403);
      expect((await getJson(base, `/api/courses/${course.id}`, { method: 'PATCH', token, json: { plannedHours: 2 } })).status).toBe(403);
      expect((await getJson(base, `/api/courses/${course.id}/modules`, { method: 'POST', token, json: { title: { lv: 'X' } } })).status).toBe(403);
      expect((await getJson(base, '/api/markdown/preview', { method: 'POST', token, json: { markdown: 'x' } })).status).toBe(403);
    }
  });

  it('renders module Markdown sanitised, in GET and in the preview', async () => {
    const course = await newCourse();
    const hostile = '# Sveiki\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](data:text/html,hi) [ok](https://example.lv)';
    const created = await addModule(course.id, { title: { lv: 'Modulis' }, content: { lv: hostile, en: '**bold**' } });
    const { body } = await getJson<CourseModule>(base, `/api/modules/${created.body.id}`, { token: admin });
    expect(body.content.lv).toBe(hostile);
    expect(body.contentHtml.lv).toContain('<h1>Sveiki</h1>');
    expect(body.contentHtml.lv).not.toMatch(/<script|<img|href="(javascript|data)/i);
    expect(body.contentHtml.lv).toContain('<a href="https://example.lv" rel="noopener noreferrer">ok</a>');
    expect(body.contentHtml.en).toBe('<p><strong>bold</strong></p>\n');
    const preview = await getJson<MarkdownPreview>(base, '/api/markdown/preview', { method: 'POST', token: admin, json: { markdown: hostile } });
    expect(preview.status).toBe(200);
    expect(preview.body.html).toBe(body.contentHtml.lv);
    const tooLong = await getJson<Problem>(base, '/api/markdown/preview', { method: 'POST', token: admin, json: { markdown: 'x'.repeat(20_001) } });
    expect(tooLong.status).toBe(400);
  });

  it('reorders modules in one request; wrong sets are 400, a stale second reorder 409', async () => {
    const course = await newCourse();
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) ids.push((await addModule(course.id, { title: { lv: title } })).body.id);
    const { body: before } = await getJson<Course>(base, `/api/courses/${course.id}`, { token: admin });
    const order = (moduleIds: string[], version?: number) =>
      getJson<Course>(base, `/api/courses/${course.id}/modules/order`, { method: 'PUT', token: admin, json: { moduleIds, version } });
    expect((await order([ids[0], ids[1]])).status).toBe(400);
    expect((await order([ids[0], ids[0], ids[1]])).status).toBe(400);
    const [one, two] = await Promise.all([order([ids[2], ids[0], ids[1]], before.version), order([ids[1], ids[2], ids[0]], before.version)]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const winner = one.status === 200 ? one.body : two.body;
    expect(winner.version).toBe(before.version + 1);
    const { body: after } = await getJson<Course>(base, `/api/courses/${course.id}`, { token: admin });
    expect(after.modules.map((m) => m.id)).toEqual(winner.modules.map((m) => m.id));
    expect(after.modules.map((m) => m.position)).toEqual([1, 2, 3]);
  });

  it('deletes a module of a course without enrolments and closes the gap', async () => {
    const course = await newCourse({ status: 'published' });
    const a = (await addModule(course.id, { title: { lv: 'A' } })).body;
    await addModule(course.id, { title: { lv: 'B' } });
    const removed = await getJson<{ outcome: string }>(base, `/api/modules/${a.id}`, { method: 'DELETE', token: admin });
    expect(removed).toMatchObject({ status: 200, body: { outcome: 'deleted' } });
    const { body } = await getJson<Course>(base, `/api/courses/${course.id}`, { token: admin });
    expect(body.modules.map((m) => [m.position, m.title.lv])).toEqual([[1, 'B']]);
    expect((await getJson(base, `/api/modules/${a.id}`, { token: admin })).status).toBe(404);
  });

  it('does not silently drop a required module of a published course with enrolments: 409, or retire=true', async () => {
    const { body: list } = await getJson<Page<CourseSummary>>(base, '/api/courses?q=VSAC-GRT', { token: admin });
    const { body: course } = await getJson<Course>(base, `/api/courses/${list.items[0].id}`, { token: admin });
    expect(course.status).toBe('published');
    const required = course.modules.find((m) => m.required);
    if (!required) throw new Error('The demo course has no required module');
    const refused = await getJson<Problem>(base, `/api/modules/${required.id}`, { method: 'DELETE', token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('IN_USE');
    const retired = await getJson<{ outcome: string }>(base, `/api/modules/${required.id}?retire=true`, { method: 'DELETE', token: admin });
    expect(retired).toMatchObject({ status: 200, body: { outcome: 'retired' } });
    const { body: after } = await getJson<Course>(base, `/api/courses/${course.id}`, { token: admin });
    expect(after.modules.map((m) => m.id)).not.toContain(required.id);
    expect(after.modules.map((m) => m.position)).toEqual(after.modules.map((_, index) => index + 1));
  });

  it('answers a stale module version with 409', async () => {
    const course = await newCourse();
    const module = (await addModule(course.id, { title: { lv: 'M' } })).body;
    const ok = await getJson<CourseModule>(base, `/api/modules/${module.id}`, { method: 'PATCH', token: admin, json: { version: 1, title: { lv: 'M2' } } });
    expect(ok.body).toMatchObject({ version: 2, title: { lv: 'M2' } });
    const stale = await getJson<Problem>(base, `/api/modules/${module.id}`, { method: 'PATCH', token: admin, json: { version: 1, required: false } });
    expect(stale.status).toBe(409);
    const badLink = await getJson<Problem>(base, `/api/modules/${module.id}`, { method: 'PATCH', token: admin, json: { links: [{ title: 'x', url: 'javascript:alert(1)' }] } });
    expect(badLink.status).toBe(400);
  });
});
