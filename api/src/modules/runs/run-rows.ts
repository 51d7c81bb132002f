import type { CourseRun } from '@di/contracts';
import { SEAT_STATUSES } from '../calendar/calendar-sessions.repository';
import { localised } from '../courses/course-rows';

export interface RunRow {
  id: string;
  course_id: string;
  project_id: string | null;
  title_lv: string;
  title_en: string | null;
  region_code: CourseRun['regionCode'];
  organiser_organisation_id: string | null;
  starts_on: string;
  ends_on: string;
  enrolment_opens_at: Date | null;
  enrolment_closes_at: Date | null;
  capacity: number;
  requires_approval: boolean;
  waitlist_allowed: boolean;
  promotion_offer_hours: number | null;
  online_attendance_min_minutes: number | null;
  status: CourseRun['status'];
  version: number;
  trainers: { id: string; fullName: string }[];
  enrolled_count: number;
  total?: string;
}

/** The columns of a run (alias `r`), its trainers by name and its seats taken. */
export const RUN_COLUMNS = `r.id, r.course_id, r.project_id, r.title_lv, r.title_en, r.region_code, r.organiser_organisation_id,
  to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(r.ends_on, 'YYYY-MM-DD') AS ends_on,
  r.enrolment_opens_at, r.enrolment_closes_at, r.capacity, r.requires_approval, r.waitlist_allowed, r.promotion_offer_hours, r.online_attendance_min_minutes, r.status, r.version,
  coalesce((SELECT json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.full_name, u.id)
              FROM run_trainer rt JOIN app_user u ON u.id = rt.trainer_id WHERE rt.run_id = r.id), '[]') AS trainers,
  (SELECT count(*)::int FROM enrolment e WHERE e.run_id = r.id AND e.status IN (${SEAT_STATUSES.map((status) => `'${status}'`).join(', ')})) AS enrolled_count`;

export function toRun(row: RunRow): CourseRun {
  return {
    id: row.id,
    courseId: row.course_id,
    projectId: row.project_id,
    title: localised(row.title_lv, row.title_en),
    regionCode: row.region_code,
    organiserOrganisationId: row.organiser_organisation_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    enrolmentOpensAt: row.enrolment_opens_at?.toISOString() ?? null,
    enrolmentClosesAt: row.enrolment_closes_at?.toISOString() ?? null,
    capacity: row.capacity,
    requiresApproval: row.requires_approval,
    waitlistAllowed: row.waitlist_allowed,
    promotionOfferHours: row.promotion_offer_hours,
    trainerIds: row.trainers.map((trainer) => trainer.id).sort(),
    trainers: row.trainers,
    onlineAttendanceMinMinutes: row.online_attendance_min_minutes,
    status: row.status,
    enrolledCount: row.enrolled_count,
    version: row.version,
  };
}
