import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  | 'role.revoked';

export interface AuditEntry {
  actorUserId?: string | null;
  subjectUserId?: string | null;
  ip?: string | null;
  /** Facts worth keeping; never passwords, tokens or hashes. */
  details?: Record<string, unknown>;
}

/** Append-only record of security-relevant events, kept in the database rather than in logs. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(action: AuditAction, entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (action, actor_user_id, subject_user_id, ip, details) VALUES ($1, $2, $3, $4, $5)`,
      [action, entry.actorUserId ?? null, entry.subjectUserId ?? null, entry.ip ?? null, JSON.stringify(entry.details ?? {})],
    );
  }
}
