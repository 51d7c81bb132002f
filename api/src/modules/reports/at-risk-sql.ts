/** What the person still has to attend to meet the course's rule, of the sessions planned for them (`e` the enrolment, `c` its course). */
export const SESSIONS_NEEDED = `(ceil(c.min_attendance_percent * e.sessions_planned / 100.0)::int - e.sessions_attended)`;

/**
 * At risk: holding a seat in a run still going, with registers taken, and able to miss at most
 * one more session (or already unable to meet the rule). `r` is the run.
 */
export const AT_RISK = `e.status = 'enrolled' AND e.superseded_at IS NULL AND e.sessions_held > 0 AND r.status <> 'cancelled'
  AND r.ends_on >= (now() AT TIME ZONE 'Europe/Riga')::date
  AND ${SESSIONS_NEEDED} > 0 AND ${SESSIONS_NEEDED} >= e.sessions_planned - e.sessions_held - 1`;
