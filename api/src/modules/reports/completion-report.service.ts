import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompletionReport, CompletionReportQuery, CompletionRow, RegionCode } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { COUNT_SUMS_SQL, countsOf, totalOf, type CountSums } from './completion-counts';
import { ReportScope } from './report-scope';
import { SqlParams } from './sql-params';
import { talliesSql } from './tally-sql';

interface GroupRow extends CountSums {
  key: string | null;
  label: string | null;
  region_code: RegionCode;
  parent_label: string | null;
}

const GROUPS = {
  organisation: {
    select: `o.id AS key, o.name AS label, region.code AS region_code, parent.name AS parent_label`,
    by: `o.id, o.name, parent.name, region.code`,
    order: `region.code, o.name COLLATE "lv-x-icu" NULLS LAST`,
  },
  region: {
    select: `region.code AS key, region.name_lv AS label, region.code AS region_code, NULL AS parent_label`,
    by: `region.code, region.name_lv, region.position`,
    order: `region.position`,
  },
};

/**
 * Completion per organisation or per planning region, read from the tallies (never from the
 * enrolments one by one): the counted rows are summed per organisation first (per run only for
 * rows without one), and the few sums get their names and regions afterwards.
 */
@Injectable()
export class CompletionReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReportScope,
  ) {}

  async report(actor: Actor, query: CompletionReportQuery): Promise<CompletionReport> {
    const groupBy = query.groupBy ?? 'organisation';
    const params = new SqlParams();
    const { people, runs } = await this.scope.conditions(actor, query, params, { row: 't', run: 'r' });
    const perRun = runs.length > 0 || query.runId !== undefined;
    const tallies = talliesSql(people.length > 0 ? people.join(' AND ') : 'TRUE', perRun);
    const group = GROUPS[groupBy];
    const rows: GroupRow[] = await this.dataSource.query(
      `WITH counted AS (
         SELECT t.organisation_id, CASE WHEN t.organisation_id IS NULL THEN t.run_id END AS run_id, ${COUNT_SUMS_SQL('t')}
           FROM ${tallies} t
           ${runs.length > 0 ? `JOIN course_run r ON r.id = t.run_id WHERE ${runs.join(' AND ')}` : ''}
          GROUP BY 1, 2)
       SELECT ${group.select}, ${COUNT_SUMS_SQL('s')}
         FROM counted s
         LEFT JOIN organisation o ON o.id = s.organisation_id
         LEFT JOIN organisation parent ON parent.id = o.parent_id
         LEFT JOIN course_run run ON run.id = s.run_id
         JOIN planning_region region ON region.code = coalesce(o.region_code, run.region_code)
        GROUP BY ${group.by}
       HAVING sum(s.requested) + sum(s.enrolled) + sum(s.waitlisted) + sum(s.withdrawn) > 0
        ORDER BY ${group.order}`,
      params.values,
    );
    return { groupBy, rows: rows.map(toRow), totals: totalOf(rows) };
  }
}

function toRow(row: GroupRow): CompletionRow {
  return { key: row.key ?? `none:${row.region_code}`, label: row.label ?? '', regionCode: row.region_code, parentLabel: row.parent_label, ...countsOf(row) };
}
