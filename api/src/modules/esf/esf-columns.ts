import type { EsfIndicator } from '@di/contracts';

/** Each indicator's column in `esf_participant_entry`. */
export const ESF_COLUMNS: Record<EsfIndicator, string> = {
  gender: 'gender',
  ageGroup: 'age_group',
  labourMarketStatus: 'labour_market_status',
  educationLevel: 'education_level',
  disability: 'disability',
  migrantOrMinority: 'migrant_or_minority',
  otherDisadvantaged: 'other_disadvantaged',
  homeless: 'homeless',
};

/** The people a project's report counts: those who held a seat in one of its runs, each once. */
export const PROJECT_PARTICIPANTS_SQL = `
  SELECT e.user_id, min(e.seated_at) AS started_at,
         max(coalesce(e.completed_at, e.withdrawn_at)) AS ended_at,
         CASE WHEN bool_or(e.status = 'completed') THEN 'completed'
              WHEN bool_and(e.status = 'withdrawn') THEN 'withdrawn'
              WHEN bool_or(e.status = 'not_completed') THEN 'not_completed'
              ELSE 'ongoing' END AS outcome
    FROM enrolment e JOIN course_run r ON r.id = e.run_id
   WHERE r.project_id = $1 AND e.seated_at IS NOT NULL AND e.superseded_at IS NULL
     AND e.status IN ('enrolled', 'completed', 'not_completed', 'withdrawn')
   GROUP BY e.user_id`;
