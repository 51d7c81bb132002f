import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Enrolment, HistoryEntry, MyEnrolment, Page } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { NotFoundError } from '../../errors/domain-error';
import type { PageQueryDto } from '../../http/page-query.dto';
import { foldForSearch } from '../../http/search-text';
import { HistoryService } from '../audit/history.service';
import type { EnrolmentQueryDto, RunEnrolmentQueryDto } from './dto/enrolment-query.dto';
import { ENROLMENT_COLUMNS, ENROLMENT_FROM, MY_ENROLMENT_COLUMNS, toEnrolment, toMyEnrolment, type EnrolmentRow, type MyEnrolmentRow } from './enrolment-rows';

/** Reading enrolments: each list limited to what the caller may read (`enrolment.read`). */
@Injectable()
export class EnrolmentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly history: HistoryService,
  ) {}

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Enrolment> {
    const rows: EnrolmentRow[] = await manager.query(`SELECT ${ENROLMENT_COLUMNS} FROM ${ENROLMENT_FROM} WHERE e.id = $1`, [id]);
    if (!rows[0]) throw new NotFoundError('The enrolment');
    return toEnrolment(rows[0]);
  }

  async read(actor: Actor, id: string): Promise<Enrolment> {
    await this.policy.require(actor, 'enrolment.read', [id]);
    return this.get(id);
  }

  /** The person's live enrolment in the run (not withdrawn or rejected), if any. */
  async liveOf(runId: string, userId: string): Promise<Enrolment | null> {
    const rows: EnrolmentRow[] = await this.dataSource.query(
      `SELECT ${ENROLMENT_COLUMNS} FROM ${ENROLMENT_FROM} WHERE e.run_id = $1 AND e.user_id = $2 AND e.status NOT IN ('withdrawn', 'rejected')`,
      [runId, userId],
    );
    return rows[0] ? toEnrolment(rows[0]) : null;
  }

  /** A run's enrolments the caller may read; the waiting list in its order, the rest by name. */
  async listOfRun(actor: Actor, runId: string, query: RunEnrolmentQueryDto): Promise<Page<Enrolment>> {
    await this.policy.require(actor, 'run.read', [runId]);
    return this.list(actor, Object.assign(query, { runId }));
  }

  async list(actor: Actor, query: EnrolmentQueryDto): Promise<Page<Enrolment>> {
    const scope = this.policy.scope(actor, 'enrolment.read', 'e');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(ENROLMENT_COLUMNS)
      .addSelect('count(*) OVER ()', 'total')
      .from('enrolment', 'e')
      .innerJoin('app_user', 'u', 'u.id = e.user_id')
      .leftJoin('organisation', 'o', 'o.id = e.organisation_id')
      .where(scope.sql, scope.params)
      .offset(query.offset)
      .limit(query.pageSize);
    if (query.runId) qb.andWhere('e.run_id = :runId', { runId: query.runId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.organisationId) qb.andWhere('e.organisation_id = :organisationId', { organisationId: query.organisationId });
    if (query.q) qb.andWhere('strpos(u.search_text, :search) > 0', { search: foldForSearch(query.q) });
    if (query.status === 'waitlisted') qb.orderBy('e.position');
    else qb.orderBy('u.full_name COLLATE "lv-x-icu"', 'ASC').addOrderBy('e.created_at');
    qb.addOrderBy('e.id');
    const rows: EnrolmentRow[] = await qb.getRawMany();
    return { items: rows.map(toEnrolment), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
  }

  async mine(actor: Actor, page: PageQueryDto): Promise<Page<MyEnrolment>> {
    const rows: MyEnrolmentRow[] = await this.dataSource.query(
      `SELECT ${MY_ENROLMENT_COLUMNS}, count(*) OVER () AS total
         FROM ${ENROLMENT_FROM} JOIN course_run r ON r.id = e.run_id
        WHERE e.user_id = $1
        ORDER BY r.starts_on DESC, e.created_at DESC, e.id
        OFFSET $2 LIMIT $3`,
      [actor.id, page.offset, page.pageSize],
    );
    return { items: rows.map(toMyEnrolment), total: rows.length > 0 ? Number(rows[0].total) : 0, page: page.page, pageSize: page.pageSize };
  }

  async historyOf(actor: Actor, id: string, page: PageQueryDto): Promise<Page<HistoryEntry>> {
    await this.policy.require(actor, 'enrolment.read', [id]);
    return this.history.forObject('enrolment', id, page);
  }
}
