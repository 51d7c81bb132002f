import type { Course, CourseModule, ModuleAttachment, Problem } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('1 0 obj <<>> endobj\n%%EOF\n')]);

describe('module attachments', () => {
  let testApp: TestApp;
  let base: string;
  let admin: string;
  let participant: string;
  let coordinator: string;
  let moduleId: string;
  let draftModuleId: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    [admin, participant, coordinator] = await Promise.all(
      [DEMO.admin, DEMO.participant, DEMO.coordinator].map(async (who) => (await signIn(base, who)).accessToken),
    );
    const courseBody = { title: { lv: 'Pielikumi' }, audience: 'any', plannedHours: 2, completionRule: { minAttendancePercent: 50, requireAllRequiredModules: false } };
    const published = await getJson<Course>(base, '/api/courses', { method: 'POST', token: admin, json: { ...courseBody, code: 'ATT-PUB', status: 'published' } });
    const draft = await getJson<Course>(base, '/api/courses', { method: 'POST', token: admin, json: { ...courseBody, code: 'ATT-DRAFT' } });
    moduleId = (await getJson<CourseModule>(base, `/api/courses/${published.body.id}/modules`, { method: 'POST', token: admin, json: { title: { lv: 'M' } } })).body.id;
    draftModuleId = (await getJson<CourseModule>(base, `/api/courses/${draft.body.id}/modules`, { method: 'POST', token: admin, json: { title: { lv: 'D' } } })).body.id;
  });
  afterAll(() => testApp.close());

  const upload = (id: string, body: Buffer | string, contentType: string, fileName: string | undefined, token = admin) =>
    getJson<ModuleAttachment & Problem>(base, `/api/modules/${id}/attachments${fileName === undefined ? '' : `?fileName=${encodeURIComponent(fileName)}`}`, {
      method: 'POST',
      token,
      headers: { 'Content-Type': contentType },
      body: body as BodyInit,
    });

  it('stores a file and serves it back as a download with nosniff', async () => {
    const created = await upload(moduleId, PDF, 'application/pdf', 'Plāns 2026 "gala".pdf');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ fileName: 'Plāns 2026 gala.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, url: `/api/attachments/${created.body.id}` });
    const { body: module } = await getJson<CourseModule>(base, `/api/modules/${moduleId}`, { token: participant });
    expect(module.attachments.map((a) => a.id)).toContain(created.body.id);

    const response = await fetch(`${base}${created.body.url}`, { headers: { Authorization: `Bearer ${participant}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Pl_ns 2026 gala.pdf"; filename*=UTF-8''Pl%C4%81ns%202026%20gala.pdf`);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);

    expect((await getJson(base, created.body.url, { method: 'DELETE', token: coordinator })).status).toBe(403);
    expect((await getJson(base, created.body.url, { method: 'DELETE', token: admin })).status).toBe(204);
    expect((await getJson(base, created.body.url, { token: admin })).status).toBe(404);
  });

  it('accepts CSV text', async () => {
    const created = await upload(moduleId, 'vārds;stundas\nAnna;8\n', 'text/csv; charset=utf-8', 'saraksts.csv');
    expect(created.status).toBe(201);
    expect(created.body.contentType).toBe('text/csv');
  });

  it('refuses a file over 10 MiB with 413 and a problem body', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-');
    const refused = await upload(moduleId, big, 'application/pdf', 'big.pdf');
    expect(refused.status).toBe(413);
    expect(refused.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a type outside the list with 415, and content that is not its type with 400 naming file', async () => {
    const html = await upload(moduleId, '<script>alert(1)</script>', 'text/html', 'x.html');
    expect(html.status).toBe(415);
    expect(html.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const disguised = await upload(moduleId, '<html><script>alert(1)</script>', 'application/pdf', 'x.pdf');
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors?.map((e) => e.field)).toEqual(['file']);
    const json = await getJson<Problem>(base, `/api/modules/${moduleId}/attachments?fileName=a.pdf`, { method: 'POST', token: admin, json: { a: 1 } });
    expect(json.status).toBe(415);
    const noName = await upload(moduleId, PDF, 'application/pdf', undefined);
    expect(noName.status).toBe(400);
    expect(noName.body.errors?.map((e) => e.field)).toEqual(['fileName']);
  });

  it('takes file types only on the upload route', async () => {
    const elsewhere = await fetch(`${base}/api/courses`, { method: 'POST', headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/pdf' }, body: PDF });
    expect(elsewhere.status).toBe(415);
  });

  it('keeps uploads to admins and files of drafts out of participants’ reach', async () => {
    expect((await upload(moduleId, PDF, 'application/pdf', 'a.pdf', coordinator)).status).toBe(403);
    expect((await upload(moduleId, PDF, 'application/pdf', 'a.pdf', participant)).status).toBe(403);
    const draftFile = await upload(draftModuleId, PDF, 'application/pdf', 'draft.pdf');
    expect(draftFile.status).toBe(201);
    expect((await getJson(base, draftFile.body.url, { token: participant })).status).toBe(404);
    expect((await getJson(base, `/api/modules/${draftModuleId}`, { token: participant })).status).toBe(404);
  });
});
