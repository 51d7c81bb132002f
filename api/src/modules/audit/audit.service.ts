import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HistoryObjectType } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export type AuditAction =
  | 'sign_in.succeeded'
  | 'sign_in.failed'
  | 'sign_in.throttled'
  | 'sign_out'
  | 'refresh_token.reused'
  | 'password.set'
  | 'password.changed'
  | 'password_reset.requested'
  | 'user.created'
  | 'user.updated'
  | 'user.invited'
  | 'role.granted'
  | 'role.revoked'
  | 'project.created'
  | 'project.updated'
  | 'course.created'
  | 'course.updated'
  | 'module.created'
  | 'module.updated'
  | 'module.deleted'
  | 'module.retired'
  | 'modules.reordered'
  | 'run.created'
  | 'run.updated'
  | 'session.created'
  | 'session.updated'
  | 'session.cancelled'
  | 'run.reservations_changed'
  | 'run.reservations_released'
  | 'enrolment.created'
  | 'enrolment.status_changed'
  | 'enrolment.promoted'
  | 'enrolment.offered'
  | 'enrolment.offer_expired'
  | 'enrolment.completion_changed'
  | 'attendance.marked'
  | 'attendance.imported'
  | 'attendance.check_in_failed'
  | 'module.completion_changed'
  | 'check_in_code.created'
  | 'esf_entry.recorded';

export interface AuditEntry {
  actorUserId?: string | null;
  subjectUserId?: string | null;
  ip?: string | null;
  /** The object changed, whose history this event joins. */
  object?: { type: HistoryObjectType; id: string };
  /** The changed fields before and after; never passwords, tokens or hashes. */
  oldValue?: Record<string, unknown>;
  newValue?: Record<string, unknown>;
  /** Other facts worth keeping; never passwords, tokens or hashes. */
  details?: Record<string, unknown>;
}

/**
 * Append-only record of security-relevant events and of every change to evidence, kept in the
 * database rather than in logs. An object's history is its events (see HistoryService).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(action: AuditAction, entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordAll(action, [entry], manager);
  }

  /** Several events of one kind (e.g. each session of a new series) in one statement. */
  async recordAll(action: AuditAction, entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    const json = (value: Record<string, unknown> | undefined) => (value ? JSON.stringify(value) : null);
    const column = <T>(pick: (entry: AuditEntry) => T) => entries.map(pick);
    await manager.query(
      `INSERT INTO audit_event (action, actor_user_id, subject_user_id, ip, object_type, object_id, old_value, new_value, details)
       SELECT $1, e.* FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::jsonb[], $8::jsonb[], $9::jsonb[])
         AS e(actor_user_id, subject_user_id, ip, object_type, object_id, old_value, new_value, details)`,
      [
        action,
        column((entry) => entry.actorUserId ?? null),
        column((entry) => entry.subjectUserId ?? null),
        column((entry) => entry.ip ?? null),
        column((entry) => entry.object?.type ?? null),
        column((entry) => entry.object?.id ?? null),
        column((entry) => json(entry.oldValue)),
        column((entry) => json(entry.newValue)),
        column((entry) => JSON.stringify(entry.details ?? {})),
      ],
    );
  }
}
