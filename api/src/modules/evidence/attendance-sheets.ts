import type { AttendanceStatus } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../errors/domain-error';
import { REGISTER_SQL, type RegisterRow } from '../attendance/register-rows';

/** What one session's attendance sheet prints. */
export interface AttendanceSheet {
  project: { number: string; title: string } | null;
  esfPercent: number | null;
  courseTitle: string;
  runTitle: string;
  sessionTitle: string | null;
  startsAt: Date;
  endsAt: Date;
  mode: 'online' | 'in_person';
  venue: string | null;
  address: string | null;
  trainers: string[];
  people: { fullName: string; organisation: string | null; status: AttendanceStatus; minutes: number | null }[];
}

export interface SheetSession {
  id: string;
  title_lv: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: 'online' | 'in_person';
  venue: string | null;
  address: string | null;
  trainer_names: string[];
}

interface RunFacts {
  run_title: string;
  course_title: string;
  project_number: string | null;
  project_title: string | null;
  esf_percent: string | null;
}

const RUN_FACTS_SQL = `
SELECT r.title_lv AS run_title, c.title_lv AS course_title, p.number AS project_number, p.title AS project_title, p.esf_percent::text AS esf_percent
  FROM course_run r JOIN course c ON c.id = r.course_id LEFT JOIN project p ON p.id = r.project_id
 WHERE r.id = $1`;

/** Run `$1`'s sessions that were not cancelled, in order, with their trainers (the run's when the session names none). */
export const SHEET_SESSIONS_SQL = `
SELECT s.id, s.title_lv, s.starts_at, s.ends_at, s.mode, s.venue, s.address,
       coalesce(
         (SELECT array_agg(u.full_name ORDER BY u.full_name COLLATE "lv-x-icu") FROM session_trainer st JOIN app_user u ON u.id = st.trainer_id WHERE st.session_id = s.id),
         (SELECT array_agg(u.full_name ORDER BY u.full_name COLLATE "lv-x-icu") FROM run_trainer rt JOIN app_user u ON u.id = rt.trainer_id WHERE rt.run_id = s.run_id),
         '{}') AS trainer_names
  FROM training_session s
 WHERE s.run_id = $1 AND s.status = 'scheduled'
 ORDER BY s.starts_at, s.id`;

export type RunSheetFacts = Pick<AttendanceSheet, 'project' | 'esfPercent' | 'courseTitle' | 'runTitle'>;

export async function runSheetFacts(manager: EntityManager, runId: string): Promise<RunSheetFacts> {
  const [facts]: RunFacts[] = await manager.query(RUN_FACTS_SQL, [runId]);
  if (!facts) throw new NotFoundError('The run');
  return {
    project: facts.project_number ? { number: facts.project_number, title: facts.project_title ?? '' } : null,
    esfPercent: facts.esf_percent === null ? null : Number(facts.esf_percent),
    courseTitle: facts.course_title,
    runTitle: facts.run_title,
  };
}

/** The sheet of one session: everyone who held a seat while it took place, with their mark. */
export async function attendanceSheetOf(manager: EntityManager, facts: RunSheetFacts, session: SheetSession): Promise<AttendanceSheet> {
  const rows: RegisterRow[] = await manager.query(REGISTER_SQL, [session.id, null]);
  return {
    ...facts,
    sessionTitle: session.title_lv,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    mode: session.mode,
    venue: session.venue,
    address: session.address,
    trainers: session.trainer_names,
    people: rows
      .filter((row) => row.standing === 'enrolled')
      .map((row) => ({ fullName: row.full_name, organisation: row.organisation_name, status: row.status, minutes: row.minutes_attended })),
  };
}
