import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentProgress } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { updateReturning } from '../../database/update-returning';
import { AuditService } from '../audit/audit.service';
import { NotEnrolledError } from './progress-errors';
import { ProgressReader } from './progress-reader';
import { ProgressService } from './progress.service';

/**
 * A participant marks a module of their course done or not done. It counts for each of their
 * enrolments holding a seat in a run of that course; optional modules are kept but do not count.
 */
@Injectable()
export class ModuleCompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly reader: ProgressReader,
  ) {}

  async mark(actor: Actor, moduleId: string, done: boolean): Promise<EnrolmentProgress[]> {
    await this.policy.require(actor, 'module.complete', [moduleId]);
    const enrolmentIds = await inTransaction(this.dataSource, async (manager) => {
      const ids = await this.seatsInCourseOf(manager, actor.id, moduleId);
      if (ids.length === 0) throw new NotEnrolledError('You hold no seat in a run of this module’s course');
      const changed: { enrolment_id: string }[] = done
        ? await manager.query(
            `INSERT INTO module_completion (enrolment_id, module_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING RETURNING enrolment_id`,
            [ids, moduleId],
          )
        : await updateReturning(manager, `DELETE FROM module_completion WHERE enrolment_id = ANY($1::uuid[]) AND module_id = $2 RETURNING enrolment_id`, [ids, moduleId]);
      await this.audit.recordAll(
        'module.completion_changed',
        changed.map((row) => ({
          actorUserId: actor.id,
          subjectUserId: actor.id,
          object: { type: 'enrolment' as const, id: row.enrolment_id },
          oldValue: { moduleId, done: !done },
          newValue: { moduleId, done },
        })),
        manager,
      );
      await this.progress.recompute(manager, ids, { actorId: actor.id, cause: 'module', details: { moduleId } });
      return ids;
    });
    return this.reader.many(enrolmentIds);
  }

  /** The caller's enrolments holding a seat in a run of the module's course (locked, in id order). */
  private async seatsInCourseOf(manager: EntityManager, userId: string, moduleId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT e.id FROM enrolment e JOIN course_run r ON r.id = e.run_id JOIN course_module m ON m.course_id = r.course_id
        WHERE e.user_id = $1 AND m.id = $2 AND m.retired_at IS NULL AND e.status IN ('enrolled', 'completed', 'not_completed')
        ORDER BY e.id FOR NO KEY UPDATE OF e`,
      [userId, moduleId],
    );
    return rows.map((row) => row.id);
  }
}
