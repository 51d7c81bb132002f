import type { AttendanceEntry, AttendanceSource, AttendanceStatus, EnrolmentStatus, RosterStanding } from '@di/contracts';

export interface RegisterRow {
  enrolment_id: string;
  user_id: string;
  full_name: string;
  email: string;
  organisation_name: string | null;
  enrolment_status: EnrolmentStatus;
  standing: RosterStanding;
  status: AttendanceStatus;
  minutes_attended: number | null;
  note: string | null;
  source: AttendanceSource | null;
  marked_at: Date | null;
  marked_by: string | null;
  marked_by_name: string | null;
  version: number;
}

/**
 * Everyone on session `$1`'s register: each enrolment of the run that held a seat while the
 * session took place, and those who got theirs only after it (as not yet enrolled). People who
 * withdrew before it began are left out unless they were marked. `$2`, when given, limits it to
 * those enrolments.
 */
export const REGISTER_SQL = `
SELECT e.id AS enrolment_id, e.user_id, u.full_name, u.email, o.name AS organisation_name, e.status AS enrolment_status,
       CASE WHEN e.seated_at > s.ends_at THEN 'not_yet_enrolled'
            WHEN e.withdrawn_at IS NOT NULL AND e.withdrawn_at <= s.starts_at THEN 'withdrawn'
            ELSE 'enrolled' END AS standing,
       coalesce(a.status, 'unmarked') AS status, a.minutes_attended, a.note, a.source, a.marked_at,
       a.marked_by, mb.full_name AS marked_by_name, coalesce(a.version, 0) AS version
  FROM training_session s
  JOIN enrolment e ON e.run_id = s.run_id
  JOIN app_user u ON u.id = e.user_id
  LEFT JOIN organisation o ON o.id = e.organisation_id
  LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id
  LEFT JOIN app_user mb ON mb.id = a.marked_by
 WHERE s.id = $1
   AND e.seated_at IS NOT NULL
   AND e.status IN ('enrolled', 'completed', 'not_completed', 'withdrawn')
   AND (a.enrolment_id IS NOT NULL OR e.withdrawn_at IS NULL OR e.withdrawn_at > s.starts_at)
   AND ($2::uuid[] IS NULL OR e.id = ANY($2::uuid[]))
 ORDER BY u.full_name COLLATE "lv-x-icu", e.id`;

export function toAttendanceEntry(row: RegisterRow): AttendanceEntry {
  return {
    enrolmentId: row.enrolment_id,
    userId: row.user_id,
    fullName: row.full_name,
    email: row.email,
    organisationName: row.organisation_name,
    enrolmentStatus: row.enrolment_status,
    standing: row.standing,
    status: row.status,
    minutesAttended: row.minutes_attended,
    note: row.note,
    source: row.source,
    markedAt: row.marked_at?.toISOString() ?? null,
    markedBy: row.marked_by ? { id: row.marked_by, fullName: row.marked_by_name ?? '' } : null,
    version: row.version,
  };
}
