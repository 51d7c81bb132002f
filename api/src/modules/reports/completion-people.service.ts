import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AtRiskPerson, CompletionPerson, EnrolmentStatus, Page, ReportFilters } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { streamRows } from '../../exports/row-stream';
import { AT_RISK, SESSIONS_NEEDED } from './at-risk-sql';
import { allConditions, ReportScope } from './report-scope';
import { SqlParams } from './sql-params';

export interface PersonRow {
  enrolment_id: string;
  user_id: string;
  full_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
  run_id: string;
  run_title_lv: string;
  run_title_en: string | null;
  status: EnrolmentStatus;
  sessions_planned: number;
  sessions_held: number;
  sessions_attended: number;
  attendance_percent: number;
  required_modules: number;
  required_modules_done: number;
  completed_at: Date | null;
  withdrawn_at: Date | null;
}

interface AtRiskRow extends PersonRow {
  min_attendance_percent: number;
  sessions_left: number;
  sessions_needed: number;
}

const PERSON_COLUMNS = `e.id AS enrolment_id, e.user_id, u.full_name, e.organisation_id, o.name AS organisation_name, e.run_id,
  r.title_lv AS run_title_lv, r.title_en AS run_title_en, e.status, e.sessions_planned, e.sessions_held, e.sessions_attended,
  e.attendance_percent, e.required_modules, e.required_modules_done, e.completed_at, e.withdrawn_at`;

const PEOPLE_FROM = `FROM enrolment e
  JOIN course_run r ON r.id = e.run_id
  JOIN app_user u ON u.id = e.user_id
  LEFT JOIN organisation o ON o.id = e.organisation_id`;


/**
 * The people behind a report's numbers, one row per person and run (their latest enrolment in
 * it), from the progress stored on each enrolment; the same scope and filters as the counts.
 */
@Injectable()
export class CompletionPeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ReportScope,
  ) {}

  async page(actor: Actor, filters: ReportFilters & { status?: EnrolmentStatus }, page: number, pageSize: number): Promise<Page<CompletionPerson>> {
    const { body, order, params } = await this.statement(actor, filters);
    const counted = params.values.length;
    const rows: (PersonRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}, count(*) OVER () AS total ${body} ${order} LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    if (rows.length > 0 || page === 1) return { items: rows.map(toPerson), total: rows.length > 0 ? Number(rows[0].total) : 0, page, pageSize };
    // Past the last page: still say how many there are.
    const [count]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total ${body}`, params.values.slice(0, counted));
    return { items: [], total: Number(count.total), page, pageSize };
  }

  /** Every row, read through a cursor: for exports of any size. The filters are checked before the first row. */
  async stream(actor: Actor, filters: ReportFilters & { status?: EnrolmentStatus }): Promise<AsyncIterable<PersonRow>> {
    const { body, order, params } = await this.statement(actor, filters);
    return streamRows<PersonRow>(this.dataSource, `SELECT ${PERSON_COLUMNS} ${body} ${order}`, params.values);
  }

  /** The people at risk of not completing (AT_RISK), the most behind first. */
  async atRisk(actor: Actor, filters: ReportFilters, page: number, pageSize: number): Promise<Page<AtRiskPerson>> {
    const params = new SqlParams();
    const where = allConditions(await this.scope.conditions(actor, filters, params, { row: 'e', run: 'r' }));
    const rows: (AtRiskRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${PERSON_COLUMNS}, c.min_attendance_percent, e.sessions_planned - e.sessions_held AS sessions_left,
              ${SESSIONS_NEEDED} AS sessions_needed, count(*) OVER () AS total
         ${PEOPLE_FROM}
         JOIN course c ON c.id = r.course_id
        WHERE ${AT_RISK} AND ${where}
        ORDER BY ${SESSIONS_NEEDED} - (e.sessions_planned - e.sessions_held) DESC, u.full_name COLLATE "lv-x-icu", e.id
        LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    return {
      items: rows.map((row) => ({
        enrolmentId: row.enrolment_id,
        fullName: row.full_name,
        organisationName: row.organisation_name,
        runId: row.run_id,
        runTitle: runTitle(row),
        sessionsPlanned: row.sessions_planned,
        sessionsHeld: row.sessions_held,
        sessionsAttended: row.sessions_attended,
        attendancePercent: row.attendance_percent,
        minAttendancePercent: row.min_attendance_percent,
        sessionsLeft: row.sessions_left,
        sessionsNeeded: row.sessions_needed,
      })),
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      page,
      pageSize,
    };
  }

  private async statement(actor: Actor, filters: ReportFilters & { status?: EnrolmentStatus }): Promise<{ body: string; order: string; params: SqlParams }> {
    const params = new SqlParams();
    const where = allConditions(await this.scope.conditions(actor, filters, params, { row: 'e', run: 'r' }));
    const status = filters.status ? `e.status = ${params.add(filters.status)}` : `e.status <> 'rejected'`;
    return {
      body: `${PEOPLE_FROM} WHERE ${where} AND e.superseded_at IS NULL AND ${status}`,
      order: `ORDER BY o.name COLLATE "lv-x-icu" NULLS LAST, u.full_name COLLATE "lv-x-icu", r.starts_on, e.id`,
      params,
    };
  }
}

function runTitle(row: PersonRow): CompletionPerson['runTitle'] {
  return row.run_title_en ? { lv: row.run_title_lv, en: row.run_title_en } : { lv: row.run_title_lv };
}

export function toPerson(row: PersonRow): CompletionPerson {
  return {
    enrolmentId: row.enrolment_id,
    userId: row.user_id,
    fullName: row.full_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    runId: row.run_id,
    runTitle: runTitle(row),
    status: row.status,
    sessionsPlanned: row.sessions_planned,
    sessionsHeld: row.sessions_held,
    sessionsAttended: row.sessions_attended,
    attendancePercent: row.attendance_percent,
    requiredModules: row.required_modules,
    requiredModulesDone: row.required_modules_done,
    completedAt: row.completed_at?.toISOString() ?? null,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  };
}
