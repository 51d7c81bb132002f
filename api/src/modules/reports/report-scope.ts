import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportFilters } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { EVERYTHING } from '../../access/scope-condition';
import { InvalidInputError, NotFoundError } from '../../errors/domain-error';
import { SqlParams } from './sql-params';

/** The aliases a report's statement gives the rows it counts (holding `run_id` and `organisation_id`) and their run. */
export interface ReportAliases {
  row: string;
  run: string;
}

/** Both kinds of condition, for a statement that joins the run anyway. */
export function allConditions({
  people,
  runs,
}: {
  people: string[];
  runs: string[];
}): string {
  const all = [...people, ...runs];
  return all.length > 0 ? all.join(' AND ') : 'TRUE';
}

/**
 * The rows a report may count for the caller, with its filters: the people of the caller's scope
 * (each counted in the organisation they belonged to when they enrolled). A filter that names
 * something the caller cannot see or whose people are all outside their scope is 404, never an
 * empty report that looks like "nobody was trained".
 */
@Injectable()
export class ReportScope {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * The conditions, split by what they are about: `people` on the counted rows' `organisation_id`
   * and `run_id` only (so that they can go inside each part of a union), `runs` on their run.
   */
  async conditions(
    actor: Actor,
    filters: ReportFilters,
    params: SqlParams,
    as: ReportAliases,
  ): Promise<{ people: string[]; runs: string[] }> {
    if (filters.from && filters.to && filters.to < filters.from)
      throw new InvalidInputError([
        { field: 'to', message: 'The period ends before it begins' },
      ]);
    await this.assertFiltersInReach(actor, filters);
    const scope = this.policy.scope(actor, 'report.read', as.row);
    // A region the caller holds whole says all the scope would: one condition, not two the planner multiplies.
    const implied = scope === EVERYTHING || (filters.regionCode !== undefined && this.reachesRegion(actor, filters.regionCode));
    const people = implied ? [] : [params.condition(scope)];
    if (filters.runId)
      people.push(`${as.row}.run_id = ${params.add(filters.runId)}`);
    if (filters.regionCode)
      people.push(
        `${as.row}.organisation_id IN (SELECT id FROM organisation WHERE region_code = ${params.add(filters.regionCode)})`,
      );
    if (filters.organisationId) {
      people.push(
        `${as.row}.organisation_id IN (SELECT descendant_id FROM organisation_closure WHERE ancestor_id = ${params.add(filters.organisationId)})`,
      );
    }
    const runs: string[] = [];
    if (filters.projectId)
      runs.push(`${as.run}.project_id = ${params.add(filters.projectId)}`);
    if (filters.courseId)
      runs.push(`${as.run}.course_id = ${params.add(filters.courseId)}`);
    if (filters.from)
      runs.push(`${as.run}.ends_on >= ${params.add(filters.from)}::date`);
    if (filters.to)
      runs.push(`${as.run}.starts_on <= ${params.add(filters.to)}::date`);
    return { people, runs };
  }

  private async assertFiltersInReach(
    actor: Actor,
    filters: ReportFilters,
  ): Promise<void> {
    if (filters.courseId)
      await this.policy.require(actor, 'course.read', [filters.courseId]);
    const checks: {
      label: string;
      value: string | undefined;
      exists: string;
      organisations: string;
    }[] = [
      {
        label: 'The run',
        value: filters.runId,
        exists: `SELECT 1 FROM course_run WHERE id = $1`,
        organisations: `SELECT organisation_id FROM enrolment WHERE run_id = $1 UNION ALL SELECT organiser_organisation_id FROM course_run WHERE id = $1`,
      },
      {
        label: 'The project',
        value: filters.projectId,
        exists: `SELECT 1 FROM project WHERE id = $1`,
        organisations: `SELECT o.id FROM organisation o JOIN project p ON p.region_code = o.region_code WHERE p.id = $1`,
      },
      {
        label: 'The region',
        value: filters.regionCode,
        exists: `SELECT 1 FROM planning_region WHERE code = $1`,
        organisations: `SELECT id FROM organisation WHERE region_code = $1`,
      },
      {
        label: 'The organisation',
        value: filters.organisationId,
        exists: `SELECT 1 FROM organisation WHERE id = $1`,
        organisations: `SELECT descendant_id FROM organisation_closure WHERE ancestor_id = $1`,
      },
    ];
    const people = this.policy.scope(actor, 'report.read', 'reached');
    for (const { label, value, exists, organisations } of checks) {
      if (
        value === undefined ||
        (label === 'The region' && this.reachesRegion(actor, value))
      )
        continue;
      const params = new SqlParams();
      params.add(value);
      const reaches = [
        `EXISTS (SELECT 1 FROM (${organisations}) reached (organisation_id) WHERE ${params.condition(people)})`,
      ];
      // A run the coordinator fills or manages is theirs to report on before any of their people enrol.
      if (label === 'The run')
        reaches.push(
          `EXISTS (SELECT 1 FROM course_run reached WHERE reached.id = $1 AND ${params.condition(this.policy.scope(actor, 'report.runs.read', 'reached'))})`,
        );
      const inReach =
        people === EVERYTHING ? 'TRUE' : `(${reaches.join(' OR ')})`;
      const [row]: { found: boolean }[] = await this.dataSource.query(
        `SELECT EXISTS (${exists}) AND ${inReach} AS found`,
        params.values,
      );
      if (!row.found) throw new NotFoundError(label);
    }
  }

  /** A region the validation knows, and the caller counts all of (an admin, or a coordinator of the region): no need to ask the database. */
  private reachesRegion(actor: Actor, regionCode: string): boolean {
    return actor.roles.some(
      (grant) =>
        grant.role === 'admin' ||
        (grant.role === 'coordinator' &&
          !!grant.scope &&
          'regionCode' in grant.scope &&
          grant.scope.regionCode === regionCode),
    );
  }
}
