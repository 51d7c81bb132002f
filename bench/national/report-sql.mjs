// The completion report's statements: the product's (as CompletionReportService and ReportScope
// put it together, copied here for EXPLAIN and for timing it through pg alone; keep in step with
// api/src/modules/reports/completion-report.service.ts) and the best raw SQL for the same answer
// (what the baseline server runs).
//
// Both read the per-organisation tally (the cases measured have no run filters) and sum it per
// organisation before joining names; the best one filters by one list of organisations.

const COUNTS = ['requested', 'enrolled', 'waitlisted', 'withdrawn', 'completed', 'not_completed', 'attendance_sum', 'minutes_sum'];
const SUMS = (alias) => COUNTS.map((column) => `sum(${alias}.${column}) AS ${column}`).join(', ');
const COLUMNS = COUNTS.join(', ');
const HAVING = (alias) => `${alias}.requested + ${alias}.enrolled + ${alias}.waitlisted + ${alias}.withdrawn > 0`;

/** The caller's reach, as the report needs it: everything, or coordinator scopes. */
export function reachOf(roles) {
  if (roles.some((grant) => grant.role === 'admin')) return { everything: true, regions: [], organisations: [] };
  return {
    everything: false,
    regions: roles.flatMap((grant) => (grant.role === 'coordinator' && grant.scope?.regionCode ? [grant.scope.regionCode] : [])),
    organisations: roles.flatMap((grant) => (grant.role === 'coordinator' && grant.scope?.organisationId ? [grant.scope.organisationId] : [])),
  };
}

/** The scope condition on `t.organisation_id`, as the product's access policy writes it. */
function scopeCondition(reach, add) {
  if (reach.everything) return null;
  const scope = [];
  if (reach.regions.length > 0) scope.push(`t.organisation_id IN (SELECT scope_org.id FROM organisation scope_org WHERE scope_org.region_code = ANY(${add(reach.regions)}))`);
  if (reach.organisations.length > 0) {
    scope.push(`t.organisation_id IN (SELECT scope_tree.descendant_id FROM organisation_closure scope_tree WHERE scope_tree.ancestor_id = ANY(${add(reach.organisations)}))`);
  }
  return scope.length === 0 ? 'FALSE' : scope.length === 1 ? scope[0] : `(${scope.join(' OR ')})`;
}

/**
 * The product's statement (CompletionReportService with talliesSql) for `groupBy` with at most a
 * region filter (the cases measured): no run filters, so the per-organisation tally answers.
 */
export function productCompletionSql(reach, { groupBy = 'organisation', regionCode } = {}) {
  const params = [];
  const add = (value) => `$${params.push(value)}`;
  const people = [];
  // As ReportScope: a region the caller holds whole stands in for the scope condition.
  const scope = regionCode && reach.regions.includes(regionCode) ? null : scopeCondition(reach, add);
  if (scope) people.push(scope);
  if (regionCode) people.push(`t.organisation_id IN (SELECT id FROM organisation WHERE region_code = ${add(regionCode)})`);
  const where = people.length > 0 ? people.join(' AND ') : 'TRUE';
  const tallies = `(SELECT NULL::uuid AS run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally_org t WHERE ${where}
   UNION ALL
   SELECT t.run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally t WHERE t.organisation_id IS NULL AND ${where}
   UNION ALL
   SELECT t.run_id, t.organisation_id, ${COLUMNS} FROM enrolment_tally_delta t WHERE ${where})`;
  const group =
    groupBy === 'organisation'
      ? { select: `o.id AS key, o.name AS label, region.code AS region_code, parent.name AS parent_label`, by: `o.id, o.name, parent.name, region.code`, order: `region.code, o.name COLLATE "lv-x-icu" NULLS LAST` }
      : { select: `region.code AS key, region.name_lv AS label, region.code AS region_code, NULL AS parent_label`, by: `region.code, region.name_lv, region.position`, order: `region.position` };
  const sql = `WITH counted AS (
         SELECT t.organisation_id, CASE WHEN t.organisation_id IS NULL THEN t.run_id END AS run_id, ${SUMS('t')}
           FROM ${tallies} t
          GROUP BY 1, 2)
       SELECT ${group.select}, ${SUMS('s')}
         FROM counted s
         LEFT JOIN organisation o ON o.id = s.organisation_id
         LEFT JOIN organisation parent ON parent.id = o.parent_id
         LEFT JOIN course_run run ON run.id = s.run_id
         JOIN planning_region region ON region.code = coalesce(o.region_code, run.region_code)
        GROUP BY ${group.by}
       HAVING sum(s.requested) + sum(s.enrolled) + sum(s.waitlisted) + sum(s.withdrawn) > 0
        ORDER BY ${group.order}`;
  return { sql, params };
}

/**
 * The best statement for the same answer (the baseline's): the per-organisation tally filtered by
 * one list of the organisations the caller may count, summed with the differences, names joined to
 * the sums; rows without an organisation (none in this data set) from the per-run tally.
 */
export function bestCompletionSql(reach, { groupBy = 'organisation', regionCode } = {}) {
  const params = [];
  const add = (value) => `$${params.push(value)}`;
  const organisations = [];
  if (reach.everything) {
    if (regionCode) organisations.push(`SELECT id FROM organisation WHERE region_code = ${add(regionCode)}`);
  } else {
    const region = regionCode ? ` AND o.region_code = ${add(regionCode)}` : '';
    if (reach.regions.length > 0) organisations.push(`SELECT o.id FROM organisation o WHERE o.region_code = ANY(${add(reach.regions)})${region}`);
    if (reach.organisations.length > 0) {
      organisations.push(`SELECT c.descendant_id FROM organisation_closure c JOIN organisation o ON o.id = c.descendant_id WHERE c.ancestor_id = ANY(${add(reach.organisations)})${region}`);
    }
    if (organisations.length === 0) organisations.push(`SELECT NULL::uuid WHERE FALSE`);
  }
  const filter = organisations.length > 0 ? `WHERE organisation_id IN (${organisations.join(' UNION ')})` : '';
  const tally = `SELECT NULL::uuid AS run_id, organisation_id, ${COLUMNS} FROM enrolment_tally_org ${filter}
                 UNION ALL
                 SELECT run_id, organisation_id, ${COLUMNS} FROM enrolment_tally_delta ${filter}
                 ${organisations.length > 0 ? '' : `UNION ALL SELECT run_id, organisation_id, ${COLUMNS} FROM enrolment_tally WHERE organisation_id IS NULL`}`;
  if (groupBy === 'organisation') {
    if (organisations.length === 0) throw new Error('The baseline groups by organisation only with a region filter or a coordinator scope');
    const sql = `SELECT o.id AS key, o.name AS label, o.region_code, parent.name AS parent_label, ${COUNTS.map((c) => `s.${c}`).join(', ')}
         FROM (SELECT organisation_id, ${SUMS('t')} FROM (${tally}) t GROUP BY organisation_id) s
         JOIN organisation o ON o.id = s.organisation_id
         LEFT JOIN organisation parent ON parent.id = o.parent_id
        WHERE ${HAVING('s')}
        ORDER BY o.region_code, o.name COLLATE "lv-x-icu" NULLS LAST`;
    return { sql, params };
  }
  const sql = `SELECT region.code AS key, region.name_lv AS label, region.code AS region_code, NULL AS parent_label, ${SUMS('s')}
         FROM (SELECT organisation_id, CASE WHEN organisation_id IS NULL THEN run_id END AS run_id, ${SUMS('t')}
                 FROM (${tally}) t GROUP BY 1, 2) s
         LEFT JOIN organisation o ON o.id = s.organisation_id
         LEFT JOIN course_run r ON r.id = s.run_id
         JOIN planning_region region ON region.code = coalesce(o.region_code, r.region_code)
        GROUP BY region.code, region.name_lv, region.position
       HAVING sum(s.requested) + sum(s.enrolled) + sum(s.waitlisted) + sum(s.withdrawn) > 0
        ORDER BY region.position`;
  return { sql, params };
}
