/** The tally and the differences not yet folded into it: together, the exact counts now (in one snapshot). */
export const TALLY = `(SELECT run_id, organisation_id, requested, enrolled, waitlisted, withdrawn, completed, not_completed, attendance_sum, minutes_sum FROM enrolment_tally
   UNION ALL
   SELECT run_id, organisation_id, requested, enrolled, waitlisted, withdrawn, completed, not_completed, attendance_sum, minutes_sum FROM enrolment_tally_delta)`;
