const COLUMNS = `requested, enrolled, waitlisted, withdrawn, completed, not_completed, attendance_sum, minutes_sum`;

/**
 * The counted rows (`run_id`, `organisation_id` and the counts) as they stand now: the folded
 * tallies and the differences not yet folded, read in one snapshot. `where` (on alias `t`) goes
 * into each part, so that each is read through its index. Without run filters the per-organisation
 * tally stands in for the per-run one (a few hundred rows instead of many thousands); its rows
 * have no run, which only the rows without an organisation need (for their run's region).
 */
export function talliesSql(where: string, perRun: boolean): string {
  const parts = perRun
    ? [`SELECT t.run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally t WHERE ${where}`]
    : [
        `SELECT NULL::uuid AS run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally_org t WHERE ${where}`,
        `SELECT t.run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally t WHERE t.organisation_id IS NULL AND ${where}`,
      ];
  parts.push(`SELECT t.run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally_delta t WHERE ${where}`);
  return `(${parts.join('\n   UNION ALL\n   ')})`;
}

/** For a run's own counts (the run overview): its tally and differences. */
export const RUN_TALLY = `(SELECT run_id, organisation_id, ${COLUMNS} FROM enrolment_tally
   UNION ALL
   SELECT run_id, organisation_id, ${COLUMNS} FROM enrolment_tally_delta)`;
