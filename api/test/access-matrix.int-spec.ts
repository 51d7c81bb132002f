import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { Client } from 'pg';
import { holdsPermission, type Permission, type Role } from '@di/contracts';
import { OBJECT_PERMISSIONS, RESOURCES, type ResourceName } from '../src/access/permission-definitions';
import type { Reach } from '../src/access/reach';
import { routeCatalogue, type RouteEntry } from '../src/access/route-catalogue';
import { createTestDatabase } from './support/test-database';
import { DEMO, signIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The authorisation matrix, generated: every route that declares a permission × every demo role
 * (and no sign-in) × an object inside and one outside a coordinator's region, for routes that act
 * on objects. What each cell should answer comes from the permission's holders (contracts) and
 * the kind of relation its definition names, applied to the facts below about who is where —
 * not from the SQL that is under test. A new route joins by declaring its permission; one that
 * takes a body or a non-object id also needs a sample request here.
 */

type Actor = keyof typeof DEMO;
type Who = Actor | 'anonymous';
type Region = 'LPR' | 'RPR';

/** The demo people: their roles, and the region a coordinator's scope covers. */
const ACTORS: Record<Actor, { roles: Role[]; region?: Region }> = {
  admin: { roles: ['admin'] },
  coordinator: { roles: ['coordinator'], region: 'LPR' },
  rigaCoordinator: { roles: ['coordinator'], region: 'RPR' },
  trainer: { roles: ['trainer'] },
  participant: { roles: ['participant'] },
};

/**
 * What holds for the objects of each region below, from which the expected answers follow: the
 * Latgale objects hang off a draft course that no demo trainer trains (created here), the Rīga
 * ones off the demo VSAC staff cycle, published and trained by the demo trainer.
 */
const FACTS: Record<Region, { published: boolean; trainedByDemoTrainer: boolean; ownedByDemoParticipant: boolean }> = {
  LPR: { published: false, trainedByDemoTrainer: false, ownedByDemoParticipant: false },
  RPR: { published: true, trainedByDemoTrainer: true, ownedByDemoParticipant: false },
};

type Fixture = (client: Client) => Promise<string>;

const one =
  (sql: string, ...params: unknown[]): Fixture =>
  async (client) => {
    const { rows } = await client.query<{ id: string }>(sql, params);
    if (rows.length !== 1) throw new Error(`Fixture ${sql} ${JSON.stringify(params)} found ${rows.length} rows`);
    return rows[0].id;
  };

const DEMO_RUN = `SELECT r.id FROM course_run r JOIN course c ON c.id = r.course_id WHERE c.code = 'VSAC-GRT'`;
const DRAFT_RUN = `SELECT r.id FROM course_run r JOIN course c ON c.id = r.course_id WHERE c.code = 'MATRIX-DRAFT'`;

/** One object of each resource in each region (invited people, so that an invitation can be sent again). */
const FIXTURES: Record<ResourceName, Record<Region, Fixture>> = {
  user: { LPR: one(`SELECT id FROM app_user WHERE email = $1`, 'janis.demo@demo.invalid'), RPR: one(`SELECT id FROM app_user WHERE email = $1`, 'andris.demo@demo.invalid') },
  organisation: { LPR: one(`SELECT id FROM organisation WHERE name = $1`, 'Kalupe'), RPR: one(`SELECT id FROM organisation WHERE name = $1`, 'Ogres novads') },
  project: { LPR: one(`SELECT id FROM project WHERE region_code = 'LPR'`), RPR: one(`SELECT id FROM project WHERE region_code = 'RPR'`) },
  course: { LPR: one(`SELECT id FROM course WHERE code = 'MATRIX-DRAFT'`), RPR: one(`SELECT id FROM course WHERE code = 'VSAC-GRT'`) },
  module: {
    LPR: one(`SELECT m.id FROM course_module m JOIN course c ON c.id = m.course_id WHERE c.code = 'MATRIX-DRAFT'`),
    RPR: one(`SELECT m.id FROM course_module m JOIN course c ON c.id = m.course_id WHERE c.code = 'VSAC-GRT' AND m.position = 1`),
  },
  attachment: {
    LPR: one(`SELECT a.id FROM module_attachment a JOIN course_module m ON m.id = a.module_id JOIN course c ON c.id = m.course_id WHERE c.code = 'MATRIX-DRAFT'`),
    RPR: one(`SELECT a.id FROM module_attachment a JOIN course_module m ON m.id = a.module_id JOIN course c ON c.id = m.course_id WHERE c.code = 'VSAC-GRT'`),
  },
  run: { LPR: one(DRAFT_RUN), RPR: one(DEMO_RUN) },
  session: {
    LPR: one(`SELECT id FROM training_session WHERE run_id = (${DRAFT_RUN})`),
    RPR: one(`SELECT id FROM training_session WHERE run_id = (${DEMO_RUN}) ORDER BY starts_at LIMIT 1`),
  },
  // A Latgale person in the Latgale run, a Rīga person in the Rīga run (neither the demo participant).
  enrolment: {
    LPR: one(`SELECT e.id FROM enrolment e JOIN app_user u ON u.id = e.user_id WHERE e.run_id = (${DRAFT_RUN}) AND u.email = 'janis.demo@demo.invalid'`),
    RPR: one(`SELECT e.id FROM enrolment e JOIN app_user u ON u.id = e.user_id WHERE e.run_id = (${DEMO_RUN}) AND u.email = 'andris.demo@demo.invalid'`),
  },
  // Files the same two people asked for (none of the demo callers).
  file: {
    LPR: one(`SELECT f.id FROM generated_file f JOIN app_user u ON u.id = f.requested_by WHERE u.email = 'janis.demo@demo.invalid'`),
    RPR: one(`SELECT f.id FROM generated_file f JOIN app_user u ON u.id = f.requested_by WHERE u.email = 'andris.demo@demo.invalid'`),
  },
};

const PDF = Buffer.from('%PDF-1.4\n%matrix\n');

/**
 * The Latgale objects: a draft course with a module, and a run of it organised in Latgale with one
 * session; and an attachment on a module of each course.
 */
async function createFixtures(client: Client): Promise<void> {
  await client.query(`
    WITH course AS (
      INSERT INTO course (code, title_lv, title_en, audience, planned_hours, status)
      VALUES ('MATRIX-DRAFT', 'Melnraksts', 'Draft', 'any', 8, 'draft') RETURNING id
    ), module AS (
      INSERT INTO course_module (course_id, position, title_lv, title_en, required) SELECT id, 1, 'Modulis', 'Module', false FROM course
    ), run AS (
      INSERT INTO course_run (course_id, title_lv, title_en, region_code, starts_on, ends_on, capacity)
      SELECT id, 'Latgales grupa', 'Latgale group', 'LPR', DATE '2027-02-01', DATE '2027-03-31', 20 FROM course RETURNING id
    )
    INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url)
    SELECT id, TIMESTAMPTZ '2027-02-02 10:00+02', TIMESTAMPTZ '2027-02-02 12:00+02', 'online', 'https://meet.example.lv/matrix' FROM run`);
  await client.query(
    `INSERT INTO module_attachment (module_id, file_name, content_type, size_bytes, sha256, content)
     SELECT m.id, 'matrix.pdf', 'application/pdf', length($1::bytea), encode(sha256($1::bytea), 'hex'), $1::bytea
       FROM course_module m JOIN course c ON c.id = m.course_id WHERE c.code IN ('MATRIX-DRAFT', 'VSAC-GRT') AND m.position = 1`,
    [PDF],
  );
  await client.query(
    `INSERT INTO enrolment (run_id, user_id, organisation_id, status)
     SELECT run_id, u.id, u.organisation_id, 'enrolled' FROM (VALUES (($1)::uuid, 'janis.demo@demo.invalid'), (($2)::uuid, 'andris.demo@demo.invalid')) AS f(run_id, email)
       JOIN app_user u ON u.email = f.email`,
    [(await client.query(DRAFT_RUN)).rows[0].id, (await client.query(DEMO_RUN)).rows[0].id],
  );
  await client.query(
    `INSERT INTO generated_file (kind, subject_id, requested_by, status, file_name, content_type, content, size_bytes, expires_at)
     SELECT 'certificates_zip', gen_random_uuid(), u.id, 'done', 'apliecibas.zip', 'application/zip', '\\x504b0506'::bytea, 4, now() + interval '1 day'
       FROM app_user u WHERE u.email IN ('janis.demo@demo.invalid', 'andris.demo@demo.invalid')`,
  );
  // Self-enrolment samples need a course anyone may take.
  await client.query(`UPDATE course SET audience = 'any' WHERE code = 'VSAC-GRT'`);
}

/** A run like `id` (its course, region, organiser and trainers) whose enrolment is open, for a sample that enrols. */
async function openRunLike(client: Client, id: string): Promise<string> {
  const runId = await one(
    `INSERT INTO course_run (course_id, title_lv, region_code, organiser_organisation_id, starts_on, ends_on, capacity)
     SELECT course_id, title_lv, region_code, organiser_organisation_id, DATE '2027-09-01', DATE '2027-10-31', 50 FROM course_run WHERE id = $1 RETURNING id`,
    id,
  )(client);
  await client.query(`INSERT INTO run_trainer (run_id, trainer_id) SELECT $1, trainer_id FROM run_trainer WHERE run_id = $2`, [runId, id]);
  return runId;
}

/** An enrolment like `id` (same run, a new person of the same organisation), for a sample that withdraws it. */
async function enrolmentLike(client: Client, id: string): Promise<string> {
  return one(
    `WITH person AS (
       INSERT INTO app_user (email, full_name, organisation_id, participant_kind)
       SELECT 'matrix-' || gen_random_uuid() || '@test.invalid', 'Matrica', u.organisation_id, u.participant_kind
         FROM enrolment e JOIN app_user u ON u.id = e.user_id WHERE e.id = $1 RETURNING id, organisation_id)
     INSERT INTO enrolment (run_id, user_id, organisation_id, status)
     SELECT (SELECT run_id FROM enrolment WHERE id = $1), id, organisation_id, 'enrolled' FROM person RETURNING id`,
    id,
  )(client);
}

/** A session of the run of session `id`, tomorrow (so that the register is not open and a check-in code can still be made). */
async function sessionTomorrowLike(client: Client, id: string): Promise<string> {
  return one(
    `INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url)
     SELECT run_id, date_trunc('minute', now()) + interval '1 day', date_trunc('minute', now()) + interval '1 day 1 hour', 'online', 'https://meet.example.lv/m'
       FROM training_session WHERE id = $1 RETURNING id`,
    id,
  )(client);
}

/** A module of a new course like the course of module `id` (its status and audience), which has no runs: nobody is enrolled in it. */
async function moduleOfNewCourseLike(client: Client, id: string): Promise<string> {
  return one(
    `WITH course AS (
       INSERT INTO course (code, title_lv, audience, planned_hours, status)
       SELECT 'MATRIX-M-' || substr(md5(random()::text), 1, 8), 'Matricas kurss', c.audience, 8, c.status
         FROM course_module m JOIN course c ON c.id = m.course_id WHERE m.id = $1 RETURNING id)
     INSERT INTO course_module (course_id, position, title_lv) SELECT id, 1, 'Matricas modulis' FROM course RETURNING id`,
    id,
  )(client);
}

/** A new optional module at the end of the course of module `id`. */
async function moduleLike(client: Client, id: string): Promise<string> {
  return one(
    `INSERT INTO course_module (course_id, position, title_lv, required)
     SELECT course_id, (SELECT max(position) + 1 FROM course_module WHERE course_id = m.course_id), 'Matricas modulis', false
       FROM course_module m WHERE id = $1 RETURNING id`,
    id,
  )(client);
}

interface Sample {
  /** The object goes in the body (e.g. the organisation a person is created in), not the path. */
  body?: (objectId: string | undefined, n: number, who: Who, client: Client) => unknown;
  /** A file body instead of JSON. */
  file?: { contentType: string; data: Buffer };
  query?: string;
  /** Path parameters that are not objects of a resource. */
  params?: Record<string, string>;
  /** What a caller who passes the access check gets, when it is not a plain success (or, per caller, undefined for a success). */
  success?: number | ((who: Actor) => number | undefined);
  /** The body names objects but the answer is per object (a bulk action): no object case, a 200 with results. */
  perObjectResults?: boolean;
  /** For a route that uses its object up (deletes or cancels it): a new object like the fixture, made for each call. */
  fresh?: (client: Client, fixtureId: string) => Promise<string>;
}

const SAMPLES: Record<string, Sample> = {
  'POST /users': {
    body: (organisationId, n) => ({
      email: `matrix-${n}@example.lv`,
      fullName: `Matrix ${n}`,
      organisationId,
      participantKind: 'vsac_staff',
      roles: [{ role: 'participant' }],
    }),
  },
  'PATCH /users/:id': { body: () => ({}) },
  'POST /users/:id/invitation': {},
  'PATCH /me': { body: () => ({}) },
  'POST /projects': { body: (_id, n) => ({ number: `9.9.9.9/26/M/${String(n).padStart(3, '0')}`, title: `Matricas projekts ${n}`, regionCode: 'LPR' }) },
  'PATCH /projects/:id': { body: () => ({}) },
  'POST /courses': {
    body: (_id, n) => ({
      code: `MATRIX-${n}`,
      title: { lv: `Matricas kurss ${n}` },
      audience: 'any',
      plannedHours: 8,
      completionRule: { minAttendancePercent: 80, requireAllRequiredModules: true },
    }),
  },
  'PATCH /courses/:id': { body: () => ({}) },
  'POST /courses/:id/modules': { body: () => ({ title: { lv: 'Matricas modulis' }, required: false }) },
  // The course's modules in their order, at the course's version of the moment.
  'PUT /courses/:id/modules/order': {
    body: async (courseId, _n, _who, client) => {
      const modules = await client.query<{ id: string }>(`SELECT id FROM course_module WHERE course_id = $1 AND position IS NOT NULL ORDER BY position`, [courseId]);
      const course = await client.query<{ version: number }>(`SELECT version FROM course WHERE id = $1`, [courseId]);
      return { moduleIds: modules.rows.map((row) => row.id), version: course.rows[0]?.version };
    },
  },
  'PATCH /modules/:id': { body: () => ({}) },
  'DELETE /modules/:id': { fresh: moduleLike },
  'POST /modules/:id/attachments': { file: { contentType: 'application/pdf', data: PDF }, query: '?fileName=matrix.pdf' },
  'DELETE /attachments/:id': {
    fresh: (client, id) =>
      one(
        `INSERT INTO module_attachment (module_id, file_name, content_type, size_bytes, sha256, content)
         SELECT module_id, file_name, content_type, size_bytes, sha256, content FROM module_attachment WHERE id = $1 RETURNING id`,
        id,
      )(client),
  },
  'POST /markdown/preview': { body: () => ({ markdown: '# Matrica' }) },
  'POST /me/calendar-feed/renew': {},
  // A wrong current password: the caller got past the access check to the password rules.
  'POST /courses/:id/runs': {
    body: (_courseId, n, who) => ({ title: { lv: `Matricas grupa ${n}` }, regionCode: (who !== 'anonymous' && ACTORS[who].region) || 'LPR', startsOn: '2027-04-01', endsOn: '2027-05-31', capacity: 10 }),
  },
  'PATCH /runs/:id': { body: () => ({}) },
  // One minute each, at a minute of its own, so that no two samples book the demo trainer at once.
  'POST /runs/:id/sessions': {
    body: async (runId, n, _who, client) => {
      const { rows } = await client.query<{ starts_at: string; trainer: string }>(
        `SELECT to_char(r.starts_on + $2::int, 'YYYY-MM-DD') || 'T05:' || lpad($3::text, 2, '0') AS starts_at, u.id AS trainer
           FROM course_run r, app_user u WHERE r.id = $1 AND u.email = $4`,
        [runId, n % 40, Math.floor(n / 40) % 59, DEMO.trainer.email],
      );
      const start = rows[0].starts_at;
      return { startsAtLocal: start, endsAtLocal: `${start.slice(0, 14)}${String(Number(start.slice(14)) + 1).padStart(2, '0')}`, mode: 'online', meetingUrl: 'https://meet.example.lv/m', trainerIds: [rows[0].trainer] };
    },
  },
  'PATCH /sessions/:id': { body: () => ({}) },
  'POST /sessions/:id/cancel': {
    body: () => ({ reason: 'Matrica' }),
    fresh: (client, id) =>
      one(`INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url) SELECT run_id, starts_at, ends_at, mode, meeting_url FROM training_session WHERE id = $1 RETURNING id`, id)(client),
  },
  'POST /runs/:id/enrolments': { body: () => ({}), fresh: openRunLike },
  'POST /runs/:id/enrolments/import': {
    file: { contentType: 'text/csv', data: Buffer.from('E-pasts;Vārds, uzvārds;Iestāde\nmatrica@test.invalid;Matrica Pārbaude;Kalupe\n') },
    query: '?dryRun=true',
  },
  'POST /runs/:id/enrolments/bulk': { body: () => ({ userIds: [randomUUID()] }) },
  'PUT /runs/:id/reservations': { body: () => [] },
  'PATCH /enrolments/:id': { body: () => ({ status: 'withdrawn', reason: 'Matrica' }), fresh: enrolmentLike },
  'POST /enrolments/decisions': { body: () => ({ enrolmentIds: [randomUUID()], status: 'rejected', reason: 'Matrica' }), perObjectResults: true },
  'POST /me/password': { body: () => ({ currentPassword: 'not-the-password', newPassword: 'Matrix-Parole-2026!' }), success: 400 },
  // Nobody is enrolled in the module's course: a holder gets as far as finding no seat.
  'POST /modules/:id/completion': { fresh: moduleOfNewCourseLike, success: 409 },
  'DELETE /modules/:id/completion': { fresh: moduleOfNewCourseLike, success: 409 },
  // Nothing to mark: a holder gets the register back.
  'PUT /sessions/:id/attendance': { body: () => [] },
  // Zoom's "unique users" export, which has no times: nothing to check against the session's date.
  'POST /sessions/:id/attendance/import': {
    file: { contentType: 'text/csv', data: Buffer.from('Name (Original Name),User Email,Total Duration (Minutes),Guest\nMatrica,matrica@test.invalid,30,No\n') },
    query: '?dryRun=true',
  },
  'GET /sessions/:id/check-in-code': { fresh: sessionTomorrowLike, success: 404 },
  'POST /sessions/:id/check-in-code': { fresh: sessionTomorrowLike },
  // No code was made for it: a holder gets as far as the code, which is wrong.
  'POST /sessions/:id/check-in': { body: () => ({ code: '000000' }), fresh: sessionTomorrowLike, success: 409 },
  // Nobody has completed: a holder reaches the lookup, which finds no certificate.
  'GET /enrolments/:id/certificate.pdf': { success: 404 },
  'POST /runs/:id/certificates.zip': {},
  // A new run each time, so that the packs the samples start are quick to make.
  'POST /runs/:id/evidence-pack': { fresh: openRunLike },
  // Nobody has asked for a pack of a new run: a holder gets as far as finding none.
  'GET /runs/:id/evidence-pack': { fresh: openRunLike, success: 404 },
  // No such project asks anyone: a holder gets as far as finding none.
  'PUT /me/esf-entries/:projectId': { params: { projectId: randomUUID() }, body: () => ({ version: 0 }), success: 404 },
  // No job has this id: a holder reaches the lookup, which finds nothing.
  'POST /jobs/:id/retry': { params: { id: randomUUID() }, success: 404 },
};

function reaches(who: Actor, permission: Permission, region: Region): boolean {
  const definition = OBJECT_PERMISSIONS[permission];
  if (!definition || !holdsPermission(ACTORS[who].roles, permission)) return false;
  const relations: Reach[] = [definition.reach['signed-in'], ...ACTORS[who].roles.map((role) => definition.reach[role])].filter(
    (reach): reach is Reach => reach !== undefined,
  );
  return relations.some((reach) => {
    switch (reach.relation) {
      case 'everything':
        return true;
      case 'coordinator-scope':
        return ACTORS[who].region === region;
      case 'not-draft':
        return FACTS[region].published;
      case 'trainer-of-run':
        return who === 'trainer' && FACTS[region].trainedByDemoTrainer;
      case 'own':
        return who === 'participant' && FACTS[region].ownedByDemoParticipant;
    }
  });
}

function expected(route: RouteEntry & { permission: Permission }, who: Who, region: Region | undefined, success: string): string {
  if (who === 'anonymous') return '401';
  if (!holdsPermission(ACTORS[who].roles, route.permission)) return '403';
  if (!region || reaches(who, route.permission, region)) return success;
  const definition = OBJECT_PERMISSIONS[route.permission];
  const readPermission = definition ? RESOURCES[definition.resource].readPermission : route.permission;
  return !definition?.refusalIsNotFound && readPermission !== route.permission && reaches(who, readPermission, region) ? '403' : '404';
}

/** One request; only its status matters (some answers are files, not JSON). */
async function call(baseUrl: string, path: string, method: string, token: string | undefined, json: unknown, file?: Sample['file']): Promise<{ status: number }> {
  const headers = new Headers();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (file) {
    headers.set('Content-Type', file.contentType);
    body = new Uint8Array(file.data);
  } else if (json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  await response.arrayBuffer();
  return { status: response.status };
}

describe('authorisation matrix', () => {
  let testApp: TestApp;
  let databaseUrl: string;
  let client: Client;
  const tokens: Partial<Record<Actor, string>> = {};
  const ids = {} as Record<ResourceName, Record<Region, string>>;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
    testApp = await startTestApp(databaseUrl);
    for (const who of Object.keys(ACTORS) as Actor[]) tokens[who] = (await signIn(testApp.baseUrl, DEMO[who])).accessToken;
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await createFixtures(client);
    for (const resource of Object.keys(FIXTURES) as ResourceName[]) {
      ids[resource] = { LPR: await FIXTURES[resource].LPR(client), RPR: await FIXTURES[resource].RPR(client) };
    }
  });
  afterAll(async () => {
    await client?.end();
    await testApp?.close();
  });

  it('answers every route, role and object as the permission definitions say', async () => {
    const routes = routeCatalogue(testApp.app.get(ModulesContainer)).flatMap((route) =>
      route.rule?.kind === 'permission' ? [{ ...route, permission: route.rule.permission }] : [],
    );
    const undeclared: string[] = [];
    const want: string[] = [];
    const got: string[] = [];
    let n = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const sample = SAMPLES[key];
      const definition = OBJECT_PERMISSIONS[route.permission];
      const takesBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
      const pathObject = /:id\b/.test(route.path) && !sample?.params;
      if ((takesBody && !sample) || (pathObject && !definition) || (route.method === 'DELETE' && pathObject && !sample?.fresh)) {
        undeclared.push(key);
        continue;
      }
      const objectInBody = !pathObject && sample?.body !== undefined && definition !== undefined && !sample.perObjectResults;
      const regions: (Region | undefined)[] = pathObject || objectInBody ? ['LPR', 'RPR'] : [undefined];
      for (const who of [...(Object.keys(ACTORS) as Actor[]), 'anonymous' as const]) {
        for (const region of regions) {
          const fixtureId = region && definition ? ids[definition.resource][region] : undefined;
          const objectId = fixtureId && sample?.fresh ? await sample.fresh(client, fixtureId) : fixtureId;
          let path = `/api${route.path}`;
          for (const [name, value] of Object.entries(sample?.params ?? {})) path = path.replace(`:${name}`, value);
          if (pathObject && objectId) path = path.replace(':id', objectId);
          const body = await sample?.body?.(objectInBody || pathObject ? objectId : undefined, ++n, who, client);
          const response = await call(testApp.baseUrl, `${path}${sample?.query ?? ''}`, route.method, who === 'anonymous' ? undefined : tokens[who], body, sample?.file);
          const cell = `${who} ${key}${region ? ` (${region})` : ''} →`;
          const outcome = typeof sample?.success === 'function' ? (who === 'anonymous' ? undefined : sample.success(who)) : sample?.success;
          const success = String(outcome ?? '2xx');
          want.push(`${cell} ${expected(route, who, region, success)}`);
          got.push(`${cell} ${response.status >= 200 && response.status < 300 && success === '2xx' ? '2xx' : response.status}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    expect(got).toEqual(want);
    // Every route with a permission is in it, six callers each, objects in and out of scope where there are objects.
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(want.length).toBeGreaterThanOrEqual(routes.length * 6);
  });
});
