import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, RegionCode, ReportFilters, RunOverview } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { AT_RISK } from './at-risk-sql';
import { SqlParams } from './sql-params';
import { RUN_TALLY } from './tally-sql';

interface OverviewRow {
  id: string;
  title_lv: string;
  title_en: string | null;
  course_title_lv: string;
  course_title_en: string | null;
  region_code: RegionCode;
  starts_on: string;
  ends_on: string;
  capacity: number;
  taken: string;
  waitlisted: string;
  requested: string;
  completed: string;
  attendance_sum: string;
  planned: string;
  held: string;
  at_risk: string;
  total: string;
}

/** The runs the caller organises, fills or trains, at a glance: seats, attendance, completions, who is at risk. */
@Injectable()
export class RunOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async page(actor: Actor, filters: ReportFilters, page: number, pageSize: number): Promise<Page<RunOverview>> {
    if (filters.runId) await this.policy.require(actor, 'report.runs.read', [filters.runId]);
    if (filters.courseId) await this.policy.require(actor, 'course.read', [filters.courseId]);
    if (filters.projectId) await this.policy.require(actor, 'project.read', [filters.projectId]);
    const params = new SqlParams();
    const where = [params.condition(this.policy.scope(actor, 'report.runs.read', 'r')), `r.status <> 'cancelled'`];
    if (filters.runId) where.push(`r.id = ${params.add(filters.runId)}`);
    if (filters.projectId) where.push(`r.project_id = ${params.add(filters.projectId)}`);
    if (filters.courseId) where.push(`r.course_id = ${params.add(filters.courseId)}`);
    if (filters.regionCode) where.push(`r.region_code = ${params.add(filters.regionCode)}`);
    if (filters.from) where.push(`r.ends_on >= ${params.add(filters.from)}::date`);
    if (filters.to) where.push(`r.starts_on <= ${params.add(filters.to)}::date`);
    const rows: OverviewRow[] = await this.dataSource.query(
      `SELECT r.id, r.title_lv, r.title_en, c.title_lv AS course_title_lv, c.title_en AS course_title_en, r.region_code,
              to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(r.ends_on, 'YYYY-MM-DD') AS ends_on, r.capacity,
              coalesce(t.enrolled, 0) AS taken, coalesce(t.waitlisted, 0) AS waitlisted, coalesce(t.requested, 0) AS requested,
              coalesce(t.completed, 0) AS completed, coalesce(t.attendance_sum, 0) AS attendance_sum,
              s.planned, s.held, risk.n AS at_risk, count(*) OVER () AS total
         FROM course_run r
         JOIN course c ON c.id = r.course_id
         LEFT JOIN LATERAL (SELECT sum(x.enrolled) AS enrolled, sum(x.waitlisted) AS waitlisted, sum(x.requested) AS requested,
                                   sum(x.completed) AS completed, sum(x.attendance_sum) AS attendance_sum
                              FROM ${RUN_TALLY} x WHERE x.run_id = r.id) t ON TRUE
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE ts.status = 'scheduled') AS planned,
                                   count(*) FILTER (WHERE ts.status = 'scheduled' AND ts.register_taken_at IS NOT NULL) AS held
                              FROM training_session ts WHERE ts.run_id = r.id) s ON TRUE
         LEFT JOIN LATERAL (SELECT count(*) AS n FROM enrolment e WHERE e.run_id = r.id AND ${AT_RISK}) risk ON TRUE
        WHERE ${where.join(' AND ')}
        ORDER BY r.starts_on DESC, r.id
        LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    return { items: rows.map(toOverview), total: rows.length > 0 ? Number(rows[0].total) : 0, page, pageSize };
  }
}

function toOverview(row: OverviewRow): RunOverview {
  const taken = Number(row.taken);
  return {
    runId: row.id,
    title: row.title_en ? { lv: row.title_lv, en: row.title_en } : { lv: row.title_lv },
    courseTitle: row.course_title_en ? { lv: row.course_title_lv, en: row.course_title_en } : { lv: row.course_title_lv },
    regionCode: row.region_code,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    capacity: row.capacity,
    taken,
    waitlisted: Number(row.waitlisted),
    requested: Number(row.requested),
    completed: Number(row.completed),
    sessionsPlanned: Number(row.planned),
    sessionsHeld: Number(row.held),
    averageAttendancePercent: taken === 0 ? 0 : Math.round((Number(row.attendance_sum) / taken) * 10) / 10,
    atRisk: Number(row.at_risk),
  };
}
