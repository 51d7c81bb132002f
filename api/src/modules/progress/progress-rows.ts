import type { EnrolmentProgress, EnrolmentStatus } from '@di/contracts';

export interface ProgressRow {
  id: string;
  status: EnrolmentStatus;
  sessions_planned: number;
  sessions_held: number;
  sessions_attended: number;
  attendance_percent: number;
  required_modules: number;
  required_modules_done: number;
  completed_at: Date | null;
  min_attendance_percent: number;
  done_module_ids: string[];
  certificate_code: string | null;
}

/** The stored progress of `enrolment e`, with the course's rule, the modules done and the valid certificate. */
export const PROGRESS_COLUMNS = `e.sessions_planned, e.sessions_held, e.sessions_attended, e.attendance_percent,
  e.required_modules, e.required_modules_done, e.completed_at,
  (SELECT pc.min_attendance_percent FROM course_run pr JOIN course pc ON pc.id = pr.course_id WHERE pr.id = e.run_id) AS min_attendance_percent,
  ARRAY(SELECT mc.module_id FROM module_completion mc WHERE mc.enrolment_id = e.id ORDER BY mc.completed_at, mc.module_id)::text[] AS done_module_ids,
  (SELECT cert.code FROM certificate cert WHERE cert.enrolment_id = e.id AND cert.revoked_at IS NULL) AS certificate_code`;

export function toProgress(row: ProgressRow): EnrolmentProgress {
  return {
    enrolmentId: row.id,
    sessionsPlanned: row.sessions_planned,
    sessionsHeld: row.sessions_held,
    sessionsAttended: row.sessions_attended,
    attendancePercent: row.attendance_percent,
    minAttendancePercent: row.min_attendance_percent,
    requiredModules: row.required_modules,
    requiredModulesDone: row.required_modules_done,
    doneModuleIds: row.done_module_ids,
    status: row.status,
    completedAt: row.completed_at?.toISOString() ?? null,
    certificateCode: row.certificate_code,
  };
}
