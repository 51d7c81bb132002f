import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, Project, ProjectQuery } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { InvalidInputError, NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { CreateProjectDto, UpdateProjectDto } from './dto/project.dto';

interface ProjectRow {
  id: string;
  number: string | null;
  title: string;
  region_code: string;
  starts_on: string | null;
  ends_on: string | null;
  esf_percent: string | null;
  collects_participant_data: boolean;
  version: number;
  total?: string;
}

const COLUMNS = `id, number, title, region_code, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on, esf_percent, collects_participant_data, version`;
const FIELDS = ['number', 'title', 'regionCode', 'startsOn', 'endsOn', 'esfPercent', 'collectsParticipantData'] as const;

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    regionCode: row.region_code as Project['regionCode'],
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    esfPercent: row.esf_percent === null ? null : Number(row.esf_percent),
    collectsParticipantData: row.collects_participant_data,
    version: row.version,
  };
}

/** DI funding projects: everyone signed in reads them, admins edit them. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ProjectQuery & { offset: number; page: number; pageSize: number }): Promise<Page<Project>> {
    const scope = this.policy.scope(actor, 'project.read', 'p');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['p.id AS id', 'p.number AS number', 'p.title AS title', 'p.region_code AS region_code', 'p.version AS version', 'p.esf_percent AS esf_percent', 'p.collects_participant_data AS collects_participant_data'])
      .addSelect(`to_char(p.starts_on, 'YYYY-MM-DD')`, 'starts_on')
      .addSelect(`to_char(p.ends_on, 'YYYY-MM-DD')`, 'ends_on')
      .addSelect('count(*) OVER ()', 'total')
      .from('project', 'p')
      .where(scope.sql, scope.params)
      .orderBy('p.region_code')
      .addOrderBy('p.title')
      .offset(query.offset)
      .limit(query.pageSize);
    if (query.regionCode) qb.andWhere('p.region_code = :region', { region: query.regionCode });
    const rows: ProjectRow[] = await qb.getRawMany();
    return { items: rows.map(toProject), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Project> {
    await this.policy.require(actor, 'project.read', [id]);
    return this.load(id);
  }

  async create(actor: Actor, input: CreateProjectDto, ip: string): Promise<Project> {
    const next = { number: null, startsOn: null, endsOn: null, esfPercent: null, ...input, collectsParticipantData: input.collectsParticipantData ?? false };
    assertPeriod(next.startsOn, next.endsOn);
    const id = await inTransaction(this.dataSource, async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO project (number, title, region_code, starts_on, ends_on, esf_percent, collects_participant_data) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [next.number, next.title, next.regionCode, next.startsOn, next.endsOn, next.esfPercent, next.collectsParticipantData],
      );
      await this.audit.record('project.created', { actorUserId: actor.id, ip, object: { type: 'project', id: row.id }, newValue: pick(next) }, manager);
      return row.id;
    });
    return this.load(id);
  }

  async update(actor: Actor, id: string, input: UpdateProjectDto, expectedVersion: number | undefined, ip: string): Promise<Project> {
    await this.policy.require(actor, 'project.write', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      const current = await this.load(id, manager, true);
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw new StaleUpdateError('The project', current.version);
      const next: Project = { ...current };
      for (const field of FIELDS) if (input[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = input[field];
      assertPeriod(next.startsOn, next.endsOn);
      const changed = FIELDS.filter((field) => next[field] !== current[field]);
      if (changed.length === 0) return;
      await manager.query(
        `UPDATE project SET number = $2, title = $3, region_code = $4, starts_on = $5, ends_on = $6, esf_percent = $7, collects_participant_data = $8, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, next.number, next.title, next.regionCode, next.startsOn, next.endsOn, next.esfPercent, next.collectsParticipantData],
      );
      await this.audit.record(
        'project.updated',
        {
          actorUserId: actor.id,
          ip,
          object: { type: 'project', id },
          oldValue: Object.fromEntries(changed.map((field) => [field, current[field]])),
          newValue: Object.fromEntries(changed.map((field) => [field, next[field]])),
        },
        manager,
      );
    });
    return this.load(id);
  }

  private async load(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Project> {
    const rows: ProjectRow[] = await manager.query(`SELECT ${COLUMNS} FROM project WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (rows.length === 0) throw new NotFoundError('The project');
    return toProject(rows[0]);
  }
}

function assertPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new InvalidInputError([{ field: 'endsOn', message: 'endsOn must not be before startsOn' }]);
}

function pick(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, input[field] ?? null]));
}
