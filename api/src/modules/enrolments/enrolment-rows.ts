import type { Enrolment, EnrolmentStatus, MyEnrolment } from '@di/contracts';
import { localised } from '../courses/course-rows';
import { PROGRESS_COLUMNS, toProgress, type ProgressRow } from '../progress/progress-rows';

export interface EnrolmentRow {
  id: string;
  run_id: string;
  user_id: string;
  full_name: string;
  email: string;
  organisation_id: string | null;
  organisation_name: string | null;
  status: EnrolmentStatus;
  position: number | null;
  offer_expires_at: Date | null;
  reason: string | null;
  withdrawn_at: Date | null;
  created_at: Date;
  updated_at: Date;
  enrolled_by: string | null;
  version: number;
  total?: string;
}

/** From `enrolment e`, its person `u` and organisation `o` (ENROLMENT_FROM); `position` is the place on the list. */
export const ENROLMENT_COLUMNS = `e.id, e.run_id, e.user_id, u.full_name, u.email, e.organisation_id, o.name AS organisation_name, e.status,
  CASE WHEN e.status = 'waitlisted' THEN
    (SELECT count(*)::int FROM enrolment ahead WHERE ahead.run_id = e.run_id AND ahead.status = 'waitlisted' AND ahead.position <= e.position)
  END AS position,
  e.offer_expires_at, e.reason, e.withdrawn_at, e.created_at, e.updated_at, e.enrolled_by, e.version`;

export const ENROLMENT_FROM = `enrolment e JOIN app_user u ON u.id = e.user_id LEFT JOIN organisation o ON o.id = e.organisation_id`;

export function toEnrolment(row: EnrolmentRow): Enrolment {
  return {
    id: row.id,
    runId: row.run_id,
    userId: row.user_id,
    fullName: row.full_name,
    email: row.email,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status,
    position: row.position,
    offerExpiresAt: row.offer_expires_at?.toISOString() ?? null,
    reason: row.reason,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    enrolledBy: row.enrolled_by,
    version: row.version,
  };
}

export interface MyEnrolmentRow extends EnrolmentRow, ProgressRow {
  course_id: string;
  run_title_lv: string;
  run_title_en: string | null;
  starts_on: string;
  ends_on: string;
}

export const MY_ENROLMENT_COLUMNS = `${ENROLMENT_COLUMNS}, r.course_id, r.title_lv AS run_title_lv, r.title_en AS run_title_en,
  to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(r.ends_on, 'YYYY-MM-DD') AS ends_on, ${PROGRESS_COLUMNS}`;

export function toMyEnrolment(row: MyEnrolmentRow): MyEnrolment {
  return {
    ...toEnrolment(row),
    run: { id: row.run_id, courseId: row.course_id, title: localised(row.run_title_lv, row.run_title_en), startsOn: row.starts_on, endsOn: row.ends_on },
    progress: toProgress(row),
  };
}
