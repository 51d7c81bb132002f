import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompletionReport, CompletionReportQuery, CompletionRow, RegionCode } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { COUNT_SUMS_SQL, countsOf, totalOf, type CountSums } from './completion-counts';
import { ReportScope } from './report-scope';
import { SqlParams } from './sql-params';
import { TALLY } from './tally-sql';

interface GroupRow extends CountSums {
  key: string | null;
  label: string | null;
  region_code: RegionCode;
  parent_label: string | null;
}

/** Completion per organisation or per planning region, read from the tallies (never from the enrolments one by one). */
@Injectable()
export class CompletionReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReportScope,
  ) {}

  async report(actor: Actor, query: CompletionReportQuery): Promise<CompletionReport> {
    const groupBy = query.groupBy ?? 'organisation';
    const params = new SqlParams();
    const where = await this.scope.conditions(actor, query, params, { row: 't', run: 'r', organisation: 'o' });
    const group =
      groupBy === 'organisation'
        ? { select: `o.id AS key, o.name AS label, coalesce(o.region_code, r.region_code) AS region_code, parent.name AS parent_label`, by: `o.id, o.name, parent.name, coalesce(o.region_code, r.region_code)`, order: `coalesce(o.region_code, r.region_code), o.name COLLATE "lv-x-icu" NULLS LAST` }
        : { select: `region.code AS key, region.name_lv AS label, region.code AS region_code, NULL AS parent_label`, by: `region.code, region.name_lv, region.position`, order: `region.position` };
    const rows: GroupRow[] = await this.dataSource.query(
      `SELECT ${group.select}, ${COUNT_SUMS_SQL('t')}
         FROM ${TALLY} t
         JOIN course_run r ON r.id = t.run_id
         LEFT JOIN organisation o ON o.id = t.organisation_id
         LEFT JOIN organisation parent ON parent.id = o.parent_id
         JOIN planning_region region ON region.code = coalesce(o.region_code, r.region_code)
        WHERE ${where.join(' AND ')}
        GROUP BY ${group.by}
       HAVING sum(t.requested) + sum(t.enrolled) + sum(t.waitlisted) + sum(t.withdrawn) > 0
        ORDER BY ${group.order}`,
      params.values,
    );
    return { groupBy, rows: rows.map(toRow), totals: totalOf(rows) };
  }
}

function toRow(row: GroupRow): CompletionRow {
  return { key: row.key ?? 'none', label: row.label ?? '', regionCode: row.region_code, parentLabel: row.parent_label, ...countsOf(row) };
}
