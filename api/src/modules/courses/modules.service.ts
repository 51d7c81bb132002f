import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Course, CourseModule } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { InvalidInputError, NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { ProgressService } from '../progress/progress.service';
import { ModuleInUseError } from './courses-errors';
import { CoursesService } from './courses.service';
import { MODULE_COLUMNS, type ModuleRow } from './course-rows';
import type { CreateModuleDto, ReorderModulesDto, UpdateModuleDto } from './dto/module.dto';
import { ModuleReader } from './module-reader';

export type ModuleRemoval = { outcome: 'deleted' } | { outcome: 'retired' };

const EDITABLE = ['title_lv', 'title_en', 'content_lv', 'content_en', 'links', 'estimated_minutes', 'required'] as const;
type Editable = Pick<ModuleRow, (typeof EDITABLE)[number]>;

function editableOf(row: ModuleRow): Editable {
  return Object.fromEntries(EDITABLE.map((field) => [field, row[field]])) as Editable;
}

function withInput(base: Editable, input: UpdateModuleDto): Editable {
  const next = { ...base };
  if (input.title !== undefined) {
    next.title_lv = input.title.lv;
    next.title_en = input.title.en || null;
  }
  if (input.content !== undefined) {
    next.content_lv = input.content.lv;
    next.content_en = input.content.en || null;
  }
  if (input.links !== undefined) next.links = input.links.map((link) => ({ title: link.title, url: link.url }));
  if (input.estimatedMinutes !== undefined) next.estimated_minutes = input.estimatedMinutes;
  if (input.required !== undefined) next.required = input.required;
  return next;
}

/** A course's modules: added, changed, reordered and removed by admins, each change under the course's lock. */
@Injectable()
export class ModulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly courses: CoursesService,
    private readonly reader: ModuleReader,
    private readonly progress: ProgressService,
  ) {}

  async get(actor: Actor, id: string): Promise<CourseModule> {
    await this.policy.require(actor, 'module.read', [id]);
    return this.reader.one(id);
  }

  async create(actor: Actor, courseId: string, input: CreateModuleDto, ip: string): Promise<CourseModule> {
    await this.policy.require(actor, 'course.write', [courseId]);
    const values = withInput(
      { title_lv: '', title_en: null, content_lv: '', content_en: null, links: [], estimated_minutes: null, required: true },
      input,
    );
    const id = await inTransaction(this.dataSource, async (manager) => {
      await this.courses.lock(manager, courseId);
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM course_module WHERE course_id = $1 AND retired_at IS NULL`,
        [courseId],
      );
      const position = Math.min(input.position ?? count + 1, count + 1);
      // The (course_id, position) key is checked at commit, so the others can move down first.
      await manager.query(`UPDATE course_module SET position = position + 1 WHERE course_id = $1 AND position >= $2`, [courseId, position]);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO course_module (course_id, position, title_lv, title_en, content_lv, content_en, links, estimated_minutes, required)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [courseId, position, values.title_lv, values.title_en, values.content_lv, values.content_en, JSON.stringify(values.links), values.estimated_minutes, values.required],
      );
      await this.bumpCourse(manager, courseId);
      if (values.required) await this.progress.recomputeCourse(manager, courseId, { actorId: actor.id, cause: 'course_rule', details: { moduleId: row.id } });
      await this.audit.record('module.created', { actorUserId: actor.id, ip, object: { type: 'module', id: row.id }, newValue: { courseId, position, ...values } }, manager);
      return row.id;
    });
    return this.reader.one(id);
  }

  async update(actor: Actor, id: string, input: UpdateModuleDto, expectedVersion: number | undefined, ip: string): Promise<CourseModule> {
    await this.policy.require(actor, 'module.write', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      const current = await this.lockModule(manager, id, expectedVersion);
      const before = editableOf(current);
      const next = withInput(before, input);
      const changed = EDITABLE.filter((field) => JSON.stringify(next[field]) !== JSON.stringify(before[field]));
      if (changed.length === 0) return;
      await manager.query(
        `UPDATE course_module SET title_lv = $2, title_en = $3, content_lv = $4, content_en = $5, links = $6, estimated_minutes = $7,
                required = $8, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, next.title_lv, next.title_en, next.content_lv, next.content_en, JSON.stringify(next.links), next.estimated_minutes, next.required],
      );
      await this.audit.record(
        'module.updated',
        {
          actorUserId: actor.id,
          ip,
          object: { type: 'module', id },
          oldValue: Object.fromEntries(changed.map((field) => [field, before[field]])),
          newValue: Object.fromEntries(changed.map((field) => [field, next[field]])),
        },
        manager,
      );
      if (changed.includes('required')) await this.progress.recomputeCourse(manager, current.course_id, { actorId: actor.id, cause: 'course_rule', details: { moduleId: id } });
    });
    return this.reader.one(id);
  }

  /**
   * Deletes the module, unless it is required in a published course that people are enrolled on:
   * then it is 409 IN_USE, or with `retire` it is retired (kept with its evidence, out of the course,
   * no longer counted for completion).
   */
  async remove(actor: Actor, id: string, retire: boolean, ip: string): Promise<ModuleRemoval> {
    await this.policy.require(actor, 'module.write', [id]);
    return inTransaction(this.dataSource, async (manager) => {
      const courseId = await this.courseOf(manager, id);
      const course = await this.courses.lock(manager, courseId);
      const module = await this.lockModule(manager, id);
      const [{ enrolled }]: { enrolled: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM enrolment e JOIN course_run r ON r.id = e.run_id WHERE r.course_id = $1) AS enrolled`,
        [courseId],
      );
      const inUse = module.required && course.status === 'published' && enrolled;
      if (inUse && !retire) throw new ModuleInUseError();
      if (inUse) await manager.query(`UPDATE course_module SET retired_at = now(), position = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      else await manager.query(`DELETE FROM course_module WHERE id = $1`, [id]);
      await manager.query(`UPDATE course_module SET position = position - 1 WHERE course_id = $1 AND position > $2`, [courseId, module.position]);
      await this.bumpCourse(manager, courseId);
      if (module.required) await this.progress.recomputeCourse(manager, courseId, { actorId: actor.id, cause: 'course_rule', details: { moduleId: id } });
      await this.audit.record(
        inUse ? 'module.retired' : 'module.deleted',
        { actorUserId: actor.id, ip, object: { type: 'module', id }, oldValue: { courseId, position: module.position, ...editableOf(module) } },
        manager,
      );
      return { outcome: inUse ? 'retired' : 'deleted' };
    });
  }

  async reorder(actor: Actor, courseId: string, input: ReorderModulesDto, expectedVersion: number | undefined, ip: string): Promise<Course> {
    await this.policy.require(actor, 'course.write', [courseId]);
    await inTransaction(this.dataSource, async (manager) => {
      await this.courses.lock(manager, courseId, expectedVersion);
      const rows: { id: string; position: number }[] = await manager.query(
        `SELECT id, position FROM course_module WHERE course_id = $1 AND retired_at IS NULL ORDER BY position`,
        [courseId],
      );
      const current = new Set(rows.map((row) => row.id));
      const asked = new Set(input.moduleIds);
      if (asked.size !== input.moduleIds.length || asked.size !== current.size || input.moduleIds.some((id) => !current.has(id))) {
        throw new InvalidInputError([{ field: 'moduleIds', message: 'moduleIds must list every current module of the course exactly once' }]);
      }
      for (const [index, moduleId] of input.moduleIds.entries()) {
        await manager.query(`UPDATE course_module SET position = $2 WHERE id = $1 AND position <> $2`, [moduleId, index + 1]);
      }
      await this.bumpCourse(manager, courseId);
      await this.audit.record(
        'modules.reordered',
        { actorUserId: actor.id, ip, object: { type: 'course', id: courseId }, oldValue: { moduleIds: rows.map((row) => row.id) }, newValue: { moduleIds: input.moduleIds } },
        manager,
      );
    });
    return this.courses.load(courseId);
  }

  private async courseOf(manager: EntityManager, id: string): Promise<string> {
    const rows: { course_id: string }[] = await manager.query(`SELECT course_id FROM course_module WHERE id = $1 AND retired_at IS NULL`, [id]);
    if (rows.length === 0) throw new NotFoundError('The module');
    return rows[0].course_id;
  }

  private async lockModule(manager: EntityManager, id: string, expectedVersion?: number): Promise<ModuleRow> {
    const rows: ModuleRow[] = await manager.query(`SELECT ${MODULE_COLUMNS} FROM course_module m WHERE m.id = $1 AND m.retired_at IS NULL FOR UPDATE`, [id]);
    if (rows.length === 0) throw new NotFoundError('The module');
    if (expectedVersion !== undefined && expectedVersion !== rows[0].version) throw new StaleUpdateError('The module', rows[0].version);
    return rows[0];
  }

  /** The course's structure changed: a reorder based on the old version is then stale. */
  private async bumpCourse(manager: EntityManager, courseId: string): Promise<void> {
    await manager.query(`UPDATE course SET version = version + 1, updated_at = now() WHERE id = $1`, [courseId]);
  }
}
