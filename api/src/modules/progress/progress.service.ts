import { Injectable } from '@nestjs/common';
import type { EnrolmentStatus } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { AuditService } from '../audit/audit.service';
import { CertificateLedger } from './certificate-ledger';
import { RECOMPUTE_PROGRESS_SQL } from './progress-sql';

/** What changed an enrolment's progress, kept in the history of a completion it brings or undoes. */
export interface ProgressCause {
  actorId: string | null;
  /** `attendance`, `attendance_import`, `check_in`, `module`, `session_cancelled`, `session_changed`, `course_rule`, `run_ended`, `enrolment`. */
  cause: string;
  details?: Record<string, unknown>;
}

interface Recomputed {
  id: string;
  user_id: string;
  old_status: EnrolmentStatus;
  new_status: EnrolmentStatus;
  planned: number;
  attended: number;
  held: number;
  required: number;
  done: number;
  min_attendance_percent: number;
  require_all_required_modules: boolean;
}

/**
 * Keeps each enrolment's stored progress and completion true, inside the transaction of the
 * change that affects them (a mark, an import, a module, a cancelled or moved session, a rule
 * change, a withdrawal), so pages and reports read it rather than count raw rows. A completion
 * issues the certificate; a completion undone revokes it; both go into the enrolment's history
 * with the numbers that decided it.
 *
 * Callers hold the locks of the parents (the run or the session) first; this takes the
 * enrolments' row locks in id order before it reads, so that two changes to one person's
 * progress are counted one after the other.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly audit: AuditService,
    private readonly certificates: CertificateLedger,
  ) {}

  async recompute(manager: EntityManager, enrolmentIds: readonly string[], cause: ProgressCause): Promise<void> {
    if (enrolmentIds.length === 0) return;
    const ids: string[] = (await manager.query(`SELECT id FROM enrolment WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [[...new Set(enrolmentIds)]])).map(
      (row: { id: string }) => row.id,
    );
    if (ids.length === 0) return;
    const changed = await updateReturning<Recomputed>(manager, RECOMPUTE_PROGRESS_SQL, [ids]);
    const moved = changed.filter((row) => row.old_status !== row.new_status);
    if (moved.length === 0) return;
    const completed = moved.filter((row) => row.new_status === 'completed').map((row) => row.id);
    const undone = moved.filter((row) => row.old_status === 'completed').map((row) => row.id);
    await this.certificates.issue(manager, completed);
    await this.certificates.revoke(manager, undone, `The completion was reverted (${cause.cause})`);
    await this.audit.recordAll(
      'enrolment.completion_changed',
      moved.map((row) => ({
        actorUserId: cause.actorId,
        subjectUserId: row.user_id,
        object: { type: 'enrolment' as const, id: row.id },
        oldValue: { status: row.old_status },
        newValue: {
          status: row.new_status,
          because: {
            cause: cause.cause,
            ...cause.details,
            sessionsAttended: row.attended,
            sessionsPlanned: row.planned,
            minAttendancePercent: row.min_attendance_percent,
            requiredModulesDone: row.done,
            requiredModules: row.require_all_required_modules ? row.required : 0,
          },
        },
      })),
      manager,
    );
  }

  /** Every enrolment of the run that ever held a seat. */
  async recomputeRun(manager: EntityManager, runId: string, cause: ProgressCause): Promise<void> {
    await this.recompute(manager, await this.seatedOf(manager, `e.run_id = $1`, runId), cause);
  }

  /** Every enrolment of every run of the course that ever held a seat (a rule or a required module changed). */
  async recomputeCourse(manager: EntityManager, courseId: string, cause: ProgressCause): Promise<void> {
    await this.recompute(manager, await this.seatedOf(manager, `e.run_id IN (SELECT id FROM course_run WHERE course_id = $1)`, courseId), cause);
  }

  private async seatedOf(manager: EntityManager, condition: string, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT e.id FROM enrolment e WHERE ${condition} AND e.seated_at IS NOT NULL`, [id]);
    return rows.map((row) => row.id);
  }
}
