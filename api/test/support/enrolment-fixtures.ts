import type { CourseRun, Enrolment, Problem, RoleScope } from '@di/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { hashPassword } from '../../src/modules/auth/password-hasher';
import { createTestDatabase } from './test-database';
import { DEMO, getJson, signIn, startTestApp, type SignedIn, type TestApp } from './test-app';

export const PEOPLE_PASSWORD = 'Parbaudes-parole-2026!';

export type Answer<T> = { status: number; body: T };

export function caller(base: string) {
  return <T>(who: SignedIn, method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<Answer<T>> =>
    getJson<T>(base, path, { method, token: who.accessToken, json, headers });
}

/** People of one organisation with a password (one hash for all, so that making many is quick), signed in. */
export async function signedInPeople(
  db: DataSource,
  base: string,
  options: { count: number; organisation: string; prefix: string; kind?: string; role?: 'participant' | 'coordinator'; scope?: RoleScope },
): Promise<(SignedIn & { email: string })[]> {
  const hash = await hashPassword(PEOPLE_PASSWORD);
  const emails = Array.from({ length: options.count }, (_, i) => `${options.prefix}-${i + 1}@test.invalid`);
  await db.query(
    `WITH people AS (
       INSERT INTO app_user (email, full_name, organisation_id, participant_kind, password_hash, language)
       SELECT e, 'Pārbaude ' || e, (SELECT id FROM organisation WHERE name = $2), $3, $4, 'lv' FROM unnest($1::text[]) AS e
       RETURNING id)
     INSERT INTO user_role (user_id, role, scope_region_code, scope_organisation_id) SELECT id, $5, $6, $7 FROM people`,
    [
      emails,
      options.organisation,
      options.kind ?? 'vsac_staff',
      hash,
      options.role ?? 'participant',
      options.scope && 'regionCode' in options.scope ? options.scope.regionCode : null,
      options.scope && 'organisationId' in options.scope ? options.scope.organisationId : null,
    ],
  );
  const people = [];
  for (const email of emails) people.push({ ...(await signIn(base, { email, password: PEOPLE_PASSWORD })), email });
  return people;
}

export async function organisationId(db: DataSource, name: string): Promise<string> {
  const [row]: { id: string }[] = await db.query(`SELECT id FROM organisation WHERE name = $1`, [name]);
  return row.id;
}

/** A run of the demo VSAC course (for VSAC staff) in Latgale, open for enrolment, starting in the future. */
export async function newRun(base: string, admin: SignedIn, db: DataSource, overrides: Record<string, unknown> = {}): Promise<CourseRun> {
  const [{ id: courseId }]: { id: string }[] = await db.query(`SELECT id FROM course WHERE code = 'VSAC-GRT'`);
  const answer = await getJson<CourseRun & Problem>(base, `/api/courses/${courseId}/runs`, {
    method: 'POST',
    token: admin.accessToken,
    json: { title: { lv: 'Slodzes grupa' }, regionCode: 'LPR', startsOn: '2027-09-01', endsOn: '2027-12-31', capacity: 20, ...overrides },
  });
  if (answer.status !== 201) throw new Error(`The run was not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The enrolments of a run straight from the database, with the waiting list's rank. */
export async function enrolmentsOf(db: DataSource, runId: string): Promise<{ user_id: string; status: Enrolment['status']; rank: number | null; organisation_id: string }[]> {
  return db.query(
    `SELECT user_id, status, organisation_id,
            CASE WHEN status = 'waitlisted' THEN rank() OVER (PARTITION BY status = 'waitlisted' ORDER BY position)::int END AS rank
       FROM enrolment WHERE run_id = $1 ORDER BY position NULLS FIRST, created_at`,
    [runId],
  );
}

/** The app on a database of its own with the demo data, a database client, and the admin and the two region coordinators signed in. */
export interface EnrolmentBed {
  testApp: TestApp;
  base: string;
  db: DataSource;
  admin: SignedIn;
  latgale: SignedIn;
  riga: SignedIn;
  call: ReturnType<typeof caller>;
}

export async function openEnrolmentBed(): Promise<EnrolmentBed> {
  const url = await createTestDatabase();
  const testApp = await startTestApp(url, { demoData: true });
  const base = testApp.baseUrl;
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  const [admin, latgale, riga] = await Promise.all([DEMO.admin, DEMO.coordinator, DEMO.rigaCoordinator].map((who) => signIn(base, who)));
  return { testApp, base, db, admin, latgale, riga, call: caller(base) };
}

export async function closeEnrolmentBed(bed: EnrolmentBed | undefined): Promise<void> {
  await bed?.db.destroy();
  await bed?.testApp.close();
}
