// The yardstick for the product's authorised reads: plain Fastify + pg doing the same work for
// `GET /api/me`, `GET /api/organisations`, `GET /api/me/sessions`, a session's register, an enrolment's progress,
// and for the national benchmark a run's enrolments, `GET /api/me/enrolments` and the completion report
// (verify the HS256 token, load the person with roles in one statement, answer the same JSON). No framework, ORM, logging or documentation layer: what the
// stack can do at most on this machine. Started by run.mjs with PORT, DATABASE_URL and JWT_SECRET.
import { createSecretKey } from 'node:crypto';
import { register } from 'node:module';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';
// The product's own lists (loaded through Node's type stripping: these files import types only).
import { ORGANISATION_TYPES } from '../libs/contracts/src/lib/organisations.ts';
import { permissionsOf } from '../libs/contracts/src/lib/permissions.ts';
import { REGION_CODES } from '../libs/contracts/src/lib/regions.ts';
import { ROLES } from '../libs/contracts/src/lib/users.ts';
// The product's statements for the register and the stored progress (the files hold SQL and mappers only).
import { REGISTER_SQL, toAttendanceEntry } from '../api/src/modules/attendance/register-rows.ts';
import { PROGRESS_COLUMNS, toProgress } from '../api/src/modules/progress/progress-rows.ts';

// The enrolment rows import other product files without extensions: a resolution hook finds them.
register('./lib/ts-resolve.mjs', import.meta.url);
const { ENROLMENT_COLUMNS, ENROLMENT_FROM, MY_ENROLMENT_COLUMNS, toEnrolment, toMyEnrolment } = await import('../api/src/modules/enrolments/enrolment-rows.ts');
const { ENROLMENT_STATUSES } = await import('../libs/contracts/src/lib/enrolments.ts');
const { REPORT_GROUPINGS } = await import('../libs/contracts/src/lib/reports.ts');
const { countsOf, totalOf } = await import('../api/src/modules/reports/completion-counts.ts');
const { bestCompletionSql, reachOf } = await import('./national/report-sql.mjs');

const { PORT, DATABASE_URL, JWT_SECRET } = process.env;
// A key object, not the string: given a string, jsonwebtoken first tries to parse it as a PEM key on every call.
const KEY = createSecretKey(Buffer.from(JWT_SECRET, 'utf8'));
const VERIFY = { algorithms: ['HS256'], audience: 'di-training', issuer: 'di-training-api' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

const ACTOR_SQL = `SELECT u.id, u.email, u.full_name, u.organisation_id, u.language,
    r.role, r.scope_region_code, r.scope_organisation_id
  FROM app_user u
  JOIN refresh_token s ON s.family_id = $2 AND s.user_id = u.id AND s.used_at IS NULL AND s.revoked_at IS NULL
  LEFT JOIN user_role r ON r.user_id = u.id
  WHERE u.id = $1 AND u.active AND s.expires_at > now()`;

const ORGANISATIONS_SQL = `SELECT id, name, type, parent_id, region_code, count(*) OVER () AS total
  FROM organisation
  WHERE ($1::char(3) IS NULL OR region_code = $1) AND ($2::text IS NULL OR type = $2)
    AND ($3::text IS NULL OR strpos(name_search, $3) > 0)
  ORDER BY region_code, name COLLATE "lv-x-icu", id LIMIT $4 OFFSET $5`;

// The person's sessions in the window, as participant (a seat in the run) or trainer, with run and course.
const MY_SESSIONS_SQL = `SELECT s.id, s.run_id, s.series_id, s.title_lv, s.title_en, s.starts_at, s.ends_at, s.mode, s.meeting_url,
    s.venue, s.address, s.capacity, s.module_id, s.status, s.cancellation_reason, s.sequence, s.version,
    coalesce((SELECT array_agg(st.trainer_id::text ORDER BY st.trainer_id) FROM session_trainer st WHERE st.session_id = s.id), '{}') AS trainer_ids,
    r.title_lv AS run_title_lv, r.title_en AS run_title_en, c.id AS course_id, c.title_lv AS course_title_lv, c.title_en AS course_title_en,
    EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id AND st.trainer_id = $1) AS trains
  FROM training_session s JOIN course_run r ON r.id = s.run_id JOIN course c ON c.id = r.course_id
  WHERE s.starts_at >= $2 AND s.starts_at < $3
    AND (EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id AND st.trainer_id = $1)
      OR EXISTS (SELECT 1 FROM enrolment e WHERE e.run_id = s.run_id AND e.user_id = $1 AND e.status IN ('enrolled', 'completed', 'not_completed')))
  ORDER BY s.starts_at, s.id LIMIT 2000`;
const DAY_MS = 24 * 3600 * 1000;

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

app.setErrorHandler((error, _request, reply) => {
  const status = error instanceof HttpError ? error.status : 500;
  reply.status(status).type('application/problem+json').send({ status, detail: error.message });
});

async function actorOf(request) {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) throw new HttpError(401, 'Sign in to continue');
  let payload;
  try {
    payload = jwt.verify(header.slice(7), KEY, VERIFY);
  } catch {
    throw new HttpError(401, 'Sign in to continue');
  }
  if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number' || !UUID.test(payload.sub) || !UUID.test(payload.sid)) {
    throw new HttpError(401, 'Sign in to continue');
  }
  const { rows } = await pool.query(ACTOR_SQL, [payload.sub, payload.sid]);
  if (rows.length === 0) throw new HttpError(401, 'Sign in to continue');
  const [first] = rows;
  const roles = rows
    .filter((row) => row.role !== null)
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
    .map(toGrant);
  return { id: first.id, email: first.email, fullName: first.full_name, organisationId: first.organisation_id, roles, language: first.language };
}

function toGrant(row) {
  if (row.scope_region_code) return { role: row.role, scope: { regionCode: row.scope_region_code } };
  if (row.scope_organisation_id) return { role: row.role, scope: { organisationId: row.scope_organisation_id } };
  return { role: row.role };
}

app.get('/api/me', async (request) => {
  const actor = await actorOf(request);
  return { ...actor, permissions: permissionsOf(actor.roles.map((grant) => grant.role)) };
});

app.get('/api/organisations', async (request) => {
  await actorOf(request);
  const query = organisationQuery(request.query);
  const offset = (query.page - 1) * query.pageSize;
  const params = [query.regionCode, query.type, query.search, query.pageSize, offset];
  const { rows } = await pool.query(ORGANISATIONS_SQL, params);
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    const counted = await pool.query(`SELECT count(*) AS total FROM (${ORGANISATIONS_SQL.replace(/ORDER BY[\s\S]*$/, '')}) page`, params.slice(0, 3));
    total = Number(counted.rows[0].total);
  }
  const items = rows.map((row) => ({ id: row.id, name: row.name, type: row.type, parentId: row.parent_id, regionCode: row.region_code }));
  return { items, total, page: query.page, pageSize: query.pageSize };
});

app.get('/api/me/sessions', async (request) => {
  const actor = await actorOf(request);
  const from = instant(request.query.from, new Date());
  const to = instant(request.query.to, new Date(from.getTime() + 90 * DAY_MS));
  if (to <= from || to.getTime() - from.getTime() > 400 * DAY_MS) throw new HttpError(400, 'to');
  const { rows } = await pool.query(MY_SESSIONS_SQL, [actor.id, from, to]);
  const text = (lv, en) => (en ? { lv, en } : { lv });
  return {
    items: rows.map((row) => ({
      id: row.id,
      runId: row.run_id,
      seriesId: row.series_id,
      title: row.title_lv ? text(row.title_lv, row.title_en) : null,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      mode: row.mode,
      meetingUrl: row.meeting_url,
      venue: row.venue,
      address: row.address,
      trainerIds: row.trainer_ids,
      capacity: row.capacity,
      moduleId: row.module_id,
      status: row.status,
      cancellationReason: row.cancellation_reason,
      sequence: row.sequence,
      version: row.version,
      runTitle: text(row.run_title_lv, row.run_title_en),
      courseId: row.course_id,
      courseTitle: text(row.course_title_lv, row.course_title_en),
      relation: row.trains ? 'trainer' : 'participant',
    })),
  };
});

// The session, if the caller trains its run (or is an admin): the access check and the register's heading in one statement.
const REGISTER_SESSION_SQL = `SELECT s.id, s.run_id, r.title_lv, r.title_en, s.starts_at, s.ends_at, s.mode, s.status, s.venue, r.online_attendance_min_minutes
  FROM training_session s JOIN course_run r ON r.id = s.run_id
  WHERE s.id = $1 AND ($3 OR EXISTS (SELECT 1 FROM run_trainer rt WHERE rt.run_id = s.run_id AND rt.trainer_id = $2))`;

app.get('/api/sessions/:id/attendance', async (request) => {
  const actor = await actorOf(request);
  const { id } = request.params;
  if (!UUID.test(id)) throw new HttpError(400, 'id');
  const admin = actor.roles.some((grant) => grant.role === 'admin');
  const { rows: [session] } = await pool.query(REGISTER_SESSION_SQL, [id, actor.id, admin]);
  if (!session) throw new HttpError(404, 'The session was not found');
  const { rows } = await pool.query(REGISTER_SQL, [id, null]);
  return {
    session: {
      id: session.id,
      runId: session.run_id,
      runTitle: session.title_en ? { lv: session.title_lv, en: session.title_en } : { lv: session.title_lv },
      startsAt: session.starts_at.toISOString(),
      endsAt: session.ends_at.toISOString(),
      mode: session.mode,
      status: session.status,
      venue: session.venue,
    },
    markable: session.status === 'scheduled',
    onlineAttendanceMinMinutes: session.online_attendance_min_minutes,
    entries: rows.map(toAttendanceEntry),
  };
});

app.get('/api/enrolments/:id/progress', async (request) => {
  const actor = await actorOf(request);
  const { id } = request.params;
  if (!UUID.test(id)) throw new HttpError(400, 'id');
  const params = [id];
  const scope = enrolmentScope(actor, 'e', params);
  const { rows: [row] } = await pool.query(`SELECT e.id, e.status, ${PROGRESS_COLUMNS} FROM enrolment e WHERE e.id = $1 AND ${scope}`, params);
  if (!row) throw new HttpError(404, 'The enrolment was not found');
  return toProgress(row);
});

/**
 * Who may read which enrolments (the product's `enrolment.read`): their own; an admin all; a
 * trainer those of the runs they train; a coordinator those of people in their scope and of the
 * runs they manage. `runId`: the statement is about one run, so its conditions are one-time checks.
 */
function enrolmentScope(actor, alias, params, runId) {
  const add = (value) => `$${params.push(value)}`;
  const roles = actor.roles.map((grant) => grant.role);
  if (roles.includes('admin')) return 'TRUE';
  const run = runId ? add(runId) : `${alias}.run_id`;
  const parts = [`${alias}.user_id = ${add(actor.id)}`];
  if (roles.includes('trainer')) parts.push(`EXISTS (SELECT 1 FROM run_trainer rt WHERE rt.run_id = ${run} AND rt.trainer_id = ${add(actor.id)})`);
  const regions = actor.roles.flatMap((grant) => (grant.scope?.regionCode ? [grant.scope.regionCode] : []));
  const organisations = actor.roles.flatMap((grant) => (grant.scope?.organisationId ? [grant.scope.organisationId] : []));
  if (regions.length > 0) {
    const codes = add(regions);
    parts.push(`${alias}.organisation_id IN (SELECT o.id FROM organisation o WHERE o.region_code = ANY(${codes}))`);
    parts.push(`EXISTS (SELECT 1 FROM course_run sr WHERE sr.id = ${run} AND sr.region_code = ANY(${codes}))`);
  }
  if (organisations.length > 0) {
    const ids = add(organisations);
    parts.push(`${alias}.organisation_id IN (SELECT c.descendant_id FROM organisation_closure c WHERE c.ancestor_id = ANY(${ids}))`);
    parts.push(`EXISTS (SELECT 1 FROM course_run sr WHERE sr.id = ${run} AND sr.organiser_organisation_id IN (SELECT c.descendant_id FROM organisation_closure c WHERE c.ancestor_id = ANY(${ids})))`);
  }
  return `(${parts.join(' OR ')})`;
}

/** Whether the actor may read the run (the product's `run.read`): staff any, participants those of courses not in draft. */
async function assertRunReadable(actor, runId) {
  const staff = actor.roles.some((grant) => grant.role !== 'participant');
  const { rows } = await pool.query(`SELECT 1 FROM course_run r JOIN course c ON c.id = r.course_id WHERE r.id = $1 AND ($2 OR c.status <> 'draft')`, [runId, staff]);
  if (rows.length === 0) throw new HttpError(404, 'The course run was not found');
}

// A run's enrolments the caller may read, the waiting list in its order and the rest by name: one
// statement with the run's access folded in; a second only when the page is empty (404 or none).
app.get('/api/runs/:id/enrolments', async (request) => {
  const actor = await actorOf(request);
  const { id } = request.params;
  if (!UUID.test(id)) throw new HttpError(400, 'id');
  const query = runEnrolmentQuery(request.query);
  const params = [id];
  const scope = enrolmentScope(actor, 'e', params, id);
  const conditions = [`e.run_id = $1`, scope];
  if (query.status) conditions.push(`e.status = $${params.push(query.status)}`);
  if (query.organisationId) conditions.push(`e.organisation_id = $${params.push(query.organisationId)}`);
  if (query.search) conditions.push(`strpos(u.search_text, $${params.push(query.search)}) > 0`);
  const order = query.status === 'waitlisted' ? 'e.position, e.id' : 'u.full_name COLLATE "lv-x-icu" ASC, e.created_at ASC, e.id';
  const staff = actor.roles.some((grant) => grant.role !== 'participant');
  // The run's existence and readability, once, beside the rows.
  conditions.push(`EXISTS (SELECT 1 FROM course_run vr JOIN course vc ON vc.id = vr.course_id WHERE vr.id = $1 AND ($${params.push(staff)} OR vc.status <> 'draft'))`);
  params.push(query.pageSize, (query.page - 1) * query.pageSize);
  const { rows } = await pool.query(
    `SELECT ${ENROLMENT_COLUMNS}, count(*) OVER () AS total FROM ${ENROLMENT_FROM}
      WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  if (rows.length === 0) await assertRunReadable(actor, id);
  return { items: rows.map(toEnrolment), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
});

// The caller's enrolments with their runs and progress: the product's statement (it is one already).
app.get('/api/me/enrolments', async (request) => {
  const actor = await actorOf(request);
  const query = pageQuery(request.query, new Set(['page', 'pageSize']));
  const { rows } = await pool.query(
    `SELECT ${MY_ENROLMENT_COLUMNS}, count(*) OVER () AS total
       FROM ${ENROLMENT_FROM} JOIN course_run r ON r.id = e.run_id
      WHERE e.user_id = $1
      ORDER BY r.starts_on DESC, e.created_at DESC, e.id
      OFFSET $2 LIMIT $3`,
    [actor.id, (query.page - 1) * query.pageSize, query.pageSize],
  );
  return { items: rows.map(toMyEnrolment), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
});

// The completion report (grouped by organisation with a region, or by region): the best raw SQL
// for the product's answer (national/report-sql.mjs), with the region filter's reach checked in
// memory when the caller's scope is a region.
app.get('/api/reports/completion', async (request) => {
  const actor = await actorOf(request);
  if (!actor.roles.some((grant) => grant.role === 'admin' || grant.role === 'coordinator')) throw new HttpError(403, 'You may not do this (report.read)');
  for (const key of Object.keys(request.query)) if (key !== 'groupBy' && key !== 'regionCode') throw new HttpError(400, `property ${key} is not in the baseline`);
  const { groupBy = 'organisation', regionCode } = request.query;
  if (!REPORT_GROUPINGS.includes(groupBy)) throw new HttpError(400, 'groupBy');
  if (regionCode !== undefined && !REGION_CODES.includes(regionCode)) throw new HttpError(400, 'regionCode');
  const reach = reachOf(actor.roles);
  if (regionCode && !reach.everything && !reach.regions.includes(regionCode)) {
    const { rows } = await pool.query(
      `SELECT 1 FROM organisation_closure c JOIN organisation o ON o.id = c.descendant_id WHERE c.ancestor_id = ANY($1) AND o.region_code = $2 LIMIT 1`,
      [reach.organisations, regionCode],
    );
    if (rows.length === 0) throw new HttpError(404, 'The region was not found');
  }
  const { sql, params } = bestCompletionSql(reach, { groupBy, regionCode });
  const { rows } = await pool.query(sql, params);
  return {
    groupBy,
    rows: rows.map((row) => ({ key: row.key ?? 'none', label: row.label ?? '', regionCode: row.region_code, parentLabel: row.parent_label, ...countsOf(row) })),
    totals: totalOf(rows),
  };
});

const RUN_ENROLMENT_KEYS = new Set(['page', 'pageSize', 'status', 'organisationId', 'q']);

function runEnrolmentQuery(raw) {
  const page = pageQuery(raw, RUN_ENROLMENT_KEYS);
  if (raw.status !== undefined && !ENROLMENT_STATUSES.includes(raw.status)) throw new HttpError(400, 'status');
  if (raw.organisationId !== undefined && !UUID.test(raw.organisationId)) throw new HttpError(400, 'organisationId');
  if (raw.q !== undefined && (typeof raw.q !== 'string' || raw.q.length > 100)) throw new HttpError(400, 'q');
  const search = raw.q ? raw.q.trim().toLocaleLowerCase('lv').normalize('NFD').replace(/\p{M}/gu, '') : '';
  return { ...page, status: raw.status, organisationId: raw.organisationId, search: search || null };
}

function pageQuery(raw, keys) {
  for (const key of Object.keys(raw)) if (!keys.has(key)) throw new HttpError(400, `property ${key} should not exist`);
  return { page: integer(raw.page, 'page', 1, 10_000, 1), pageSize: integer(raw.pageSize, 'pageSize', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE) };
}

function instant(raw, fallback) {
  if (raw === undefined) return fallback;
  const value = new Date(raw);
  if (typeof raw !== 'string' || Number.isNaN(value.getTime())) throw new HttpError(400, 'from/to');
  return value;
}

const QUERY_KEYS = new Set(['regionCode', 'type', 'q', 'page', 'pageSize']);

function organisationQuery(raw) {
  for (const key of Object.keys(raw)) if (!QUERY_KEYS.has(key)) throw new HttpError(400, `property ${key} should not exist`);
  if (raw.regionCode !== undefined && !REGION_CODES.includes(raw.regionCode)) throw new HttpError(400, 'regionCode');
  if (raw.type !== undefined && !ORGANISATION_TYPES.includes(raw.type)) throw new HttpError(400, 'type');
  if (raw.q !== undefined && (typeof raw.q !== 'string' || raw.q.length > 100)) throw new HttpError(400, 'q');
  const search = raw.q ? raw.q.trim().toLocaleLowerCase('lv').normalize('NFD').replace(/\p{M}/gu, '') : '';
  return {
    regionCode: raw.regionCode ?? null,
    type: raw.type ?? null,
    search: search || null,
    page: integer(raw.page, 'page', 1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: integer(raw.pageSize, 'pageSize', 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  };
}

function integer(raw, name, min, max, fallback) {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new HttpError(400, name);
  return value;
}

process.once('SIGTERM', () => {
  app.close().then(() => pool.end()).then(() => process.exit(0), () => process.exit(1));
});

await app.listen({ port: Number(PORT), host: '127.0.0.1' });
