/**
 * The one computation of progress, for the enrolments in `$1`: the sessions that count for each
 * person (not cancelled; not ended before they first held a seat; not begun after they withdrew),
 * how many of those had their register taken and how many the person attended, the required
 * modules done, and whether the course's rule is met. A status moves between `enrolled`,
 * `completed` and `not_completed` (once the run is over) by the rule; other statuses stay.
 *
 * The rule: at least `min_attendance_percent` of the planned sessions attended (when there are
 * any), and every required module done (when the course asks for it), and something to do at all.
 * The statement reads the old values beside the new ones, so the caller can tell what changed.
 */
export const RECOMPUTE_PROGRESS_SQL = `
WITH target AS (
  SELECT e.id, e.status, e.seated_at, e.withdrawn_at, e.run_id, r.course_id,
         c.min_attendance_percent, c.require_all_required_modules,
         r.ends_on < (now() AT TIME ZONE 'Europe/Riga')::date AS run_over,
         e.sessions_planned, e.sessions_held, e.sessions_attended, e.attendance_percent,
         e.required_modules, e.required_modules_done, e.attended_minutes
    FROM enrolment e
    JOIN course_run r ON r.id = e.run_id
    JOIN course c ON c.id = r.course_id
   WHERE e.id = ANY($1::uuid[])
), sessions AS (
  SELECT t.id,
         count(s.id)::int AS planned,
         count(s.id) FILTER (WHERE s.register_taken_at IS NOT NULL)::int AS held,
         count(a.enrolment_id) FILTER (WHERE a.status IN ('present', 'late'))::int AS attended,
         coalesce(sum(extract(epoch FROM s.ends_at - s.starts_at) / 60) FILTER (WHERE a.status IN ('present', 'late')), 0)::int AS minutes
    FROM target t
    LEFT JOIN training_session s
      ON s.run_id = t.run_id AND s.status = 'scheduled'
     AND t.seated_at IS NOT NULL AND s.ends_at >= t.seated_at
     AND (t.withdrawn_at IS NULL OR s.starts_at < t.withdrawn_at)
    LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = t.id
   GROUP BY t.id
), modules AS (
  SELECT t.id,
         count(m.id)::int AS required,
         count(mc.module_id)::int AS done
    FROM target t
    LEFT JOIN course_module m ON m.course_id = t.course_id AND m.required AND m.retired_at IS NULL
    LEFT JOIN module_completion mc ON mc.enrolment_id = t.id AND mc.module_id = m.id
   GROUP BY t.id
), judged AS (
  SELECT t.*, s.planned, s.held, s.attended, s.minutes, m.required, m.done,
         (s.planned + CASE WHEN t.require_all_required_modules THEN m.required ELSE 0 END) > 0
           AND (s.planned = 0 OR s.attended * 100 >= t.min_attendance_percent * s.planned)
           AND (NOT t.require_all_required_modules OR m.done >= m.required) AS met
    FROM target t JOIN sessions s USING (id) JOIN modules m USING (id)
), next AS (
  SELECT j.*,
         CASE
           WHEN j.status IN ('enrolled', 'not_completed') AND j.met THEN 'completed'
           WHEN j.status = 'completed' AND NOT j.met THEN CASE WHEN j.run_over THEN 'not_completed' ELSE 'enrolled' END
           WHEN j.status = 'enrolled' AND j.run_over THEN 'not_completed'
           ELSE j.status
         END AS next_status
    FROM judged j
)
UPDATE enrolment e
   SET sessions_planned = n.planned,
       sessions_held = n.held,
       sessions_attended = n.attended,
       attended_minutes = n.minutes,
       attendance_percent = CASE WHEN n.held = 0 THEN 0 ELSE LEAST(100, (n.attended * 100) / n.held) END,
       required_modules = n.required,
       required_modules_done = LEAST(n.done, n.required),
       status = n.next_status,
       version = e.version + CASE WHEN n.next_status <> n.status THEN 1 ELSE 0 END,
       updated_at = CASE WHEN n.next_status <> n.status THEN now() ELSE e.updated_at END
  FROM next n
 WHERE e.id = n.id
   AND (n.next_status <> n.status OR n.planned <> n.sessions_planned OR n.held <> n.sessions_held
        OR n.attended <> n.sessions_attended OR n.minutes <> n.attended_minutes OR n.required <> n.required_modules OR LEAST(n.done, n.required) <> n.required_modules_done)
RETURNING e.id, e.user_id, n.status AS old_status, e.status AS new_status, n.planned, n.attended, n.held,
          n.required, LEAST(n.done, n.required) AS done, n.min_attendance_percent, n.require_all_required_modules`;
