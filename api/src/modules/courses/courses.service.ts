import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { holdsPermission, type Course, type CourseSummary, type Page } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { roleNames, type Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { foldForSearch } from '../../http/search-text';
import { AuditService } from '../audit/audit.service';
import { ProgressService } from '../progress/progress.service';
import { COURSE_COLUMNS, toCourse, toCourseSummary, type CourseRow, type CourseSummaryRow } from './course-rows';
import type { CourseQueryDto } from './dto/course-query.dto';
import type { CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import { ModuleReader } from './module-reader';

interface CourseValues {
  code: string;
  titleLv: string;
  titleEn: string | null;
  descriptionLv: string;
  descriptionEn: string | null;
  audience: string;
  providerOrganisationId: string | null;
  plannedHours: number;
  minAttendancePercent: number;
  requireAllRequiredModules: boolean;
  status: string;
}

const VALUE_FIELDS: (keyof CourseValues)[] = [
  'code', 'titleLv', 'titleEn', 'descriptionLv', 'descriptionEn', 'audience', 'providerOrganisationId', 'plannedHours',
  'minAttendancePercent', 'requireAllRequiredModules', 'status',
];

function valuesOf(row: CourseRow): CourseValues {
  return {
    code: row.code,
    titleLv: row.title_lv,
    titleEn: row.title_en,
    descriptionLv: row.description_lv,
    descriptionEn: row.description_en,
    audience: row.audience,
    providerOrganisationId: row.provider_organisation_id,
    plannedHours: row.planned_hours,
    minAttendancePercent: row.min_attendance_percent,
    requireAllRequiredModules: row.require_all_required_modules,
    status: row.status,
  };
}

function withInput(base: CourseValues, input: UpdateCourseDto): CourseValues {
  const next = { ...base };
  if (input.code !== undefined) next.code = input.code;
  if (input.title !== undefined) {
    next.titleLv = input.title.lv;
    next.titleEn = input.title.en || null;
  }
  if (input.description !== undefined) {
    next.descriptionLv = input.description.lv;
    next.descriptionEn = input.description.en || null;
  }
  if (input.audience !== undefined) next.audience = input.audience;
  if (input.providerOrganisationId !== undefined) next.providerOrganisationId = input.providerOrganisationId;
  if (input.plannedHours !== undefined) next.plannedHours = input.plannedHours;
  if (input.completionRule !== undefined) {
    next.minAttendancePercent = input.completionRule.minAttendancePercent;
    next.requireAllRequiredModules = input.completionRule.requireAllRequiredModules;
  }
  if (input.status !== undefined) next.status = input.status;
  return next;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The catalogue: admins author courses; the others read what the access policy lets them reach. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly modules: ModuleReader,
    private readonly progress: ProgressService,
  ) {}

  async list(actor: Actor, query: CourseQueryDto): Promise<Page<CourseSummary>> {
    const scope = this.policy.scope(actor, 'course.read', 'c');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(COURSE_COLUMNS.split(',').map((column) => column.trim()))
      .addSelect('(SELECT count(*) FROM course_module m WHERE m.course_id = c.id AND m.retired_at IS NULL)', 'module_count')
      .addSelect(
        `(SELECT count(*) FROM course_run r WHERE r.course_id = c.id AND r.ends_on >= current_date AND r.status <> 'cancelled')`,
        'upcoming_run_count',
      )
      .addSelect('count(*) OVER ()', 'total')
      .from('course', 'c')
      .where(scope.sql, scope.params)
      .orderBy('c.title_lv')
      .addOrderBy('c.id')
      .offset(query.offset)
      .limit(query.pageSize);
    // Participants browse the catalogue; archived courses stay reachable by id for their evidence.
    if (!holdsPermission(roleNames(actor), 'course.write')) qb.andWhere(`c.status = 'published'`);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.audience) qb.andWhere('c.audience = :audience', { audience: query.audience });
    if (query.providerOrganisationId) qb.andWhere('c.provider_organisation_id = :provider', { provider: query.providerOrganisationId });
    if (query.regionCode) qb.andWhere('EXISTS (SELECT 1 FROM course_run r WHERE r.course_id = c.id AND r.region_code = :region)', { region: query.regionCode });
    const q = query.q ? foldForSearch(query.q) : '';
    if (q) qb.andWhere(`c.search_text LIKE :q ESCAPE '\\'`, { q: `%${escapeLike(q)}%` });
    const rows: CourseSummaryRow[] = await qb.getRawMany();
    return { items: rows.map(toCourseSummary), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Course> {
    await this.policy.require(actor, 'course.read', [id]);
    return this.load(id);
  }

  async create(actor: Actor, input: CreateCourseDto, ip: string): Promise<Course> {
    const values = withInput(
      {
        code: input.code,
        titleLv: '',
        titleEn: null,
        descriptionLv: '',
        descriptionEn: null,
        audience: input.audience,
        providerOrganisationId: null,
        plannedHours: input.plannedHours,
        minAttendancePercent: 80,
        requireAllRequiredModules: true,
        status: 'draft',
      },
      input,
    );
    const id = await inTransaction(this.dataSource, async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO course (code, title_lv, title_en, description_lv, description_en, audience, provider_organisation_id, planned_hours,
                             min_attendance_percent, require_all_required_modules, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        VALUE_FIELDS.map((field) => values[field]),
      );
      await this.audit.record('course.created', { actorUserId: actor.id, ip, object: { type: 'course', id: row.id }, newValue: { ...values } }, manager);
      return row.id;
    });
    return this.load(id);
  }

  async update(actor: Actor, id: string, input: UpdateCourseDto, expectedVersion: number | undefined, ip: string): Promise<Course> {
    await this.policy.require(actor, 'course.write', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      const current = valuesOf(await this.lock(manager, id, expectedVersion));
      const next = withInput(current, input);
      const changed = VALUE_FIELDS.filter((field) => next[field] !== current[field]);
      if (changed.length === 0) return;
      await manager.query(
        `UPDATE course SET code = $2, title_lv = $3, title_en = $4, description_lv = $5, description_en = $6, audience = $7,
                provider_organisation_id = $8, planned_hours = $9, min_attendance_percent = $10, require_all_required_modules = $11,
                status = $12, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, ...VALUE_FIELDS.map((field) => next[field])],
      );
      await this.audit.record(
        'course.updated',
        {
          actorUserId: actor.id,
          ip,
          object: { type: 'course', id },
          oldValue: Object.fromEntries(changed.map((field) => [field, current[field]])),
          newValue: Object.fromEntries(changed.map((field) => [field, next[field]])),
        },
        manager,
      );
      const ruleChanged = changed.some((field) => field === 'minAttendancePercent' || field === 'requireAllRequiredModules');
      if (ruleChanged) await this.progress.recomputeCourse(manager, id, { actorId: actor.id, cause: 'course_rule' });
    });
    return this.load(id);
  }

  /** The course row, locked for the rest of the transaction, when `expectedVersion` (if given) is still its version. */
  async lock(manager: EntityManager, id: string, expectedVersion?: number): Promise<CourseRow> {
    const rows: CourseRow[] = await manager.query(`SELECT ${COURSE_COLUMNS} FROM course c WHERE c.id = $1 FOR UPDATE`, [id]);
    if (rows.length === 0) throw new NotFoundError('The course');
    if (expectedVersion !== undefined && expectedVersion !== rows[0].version) throw new StaleUpdateError('The course', rows[0].version);
    return rows[0];
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<Course> {
    const rows: CourseRow[] = await manager.query(`SELECT ${COURSE_COLUMNS} FROM course c WHERE c.id = $1`, [id]);
    if (rows.length === 0) throw new NotFoundError('The course');
    return toCourse(rows[0], await this.modules.ofCourse(id, manager));
  }
}
