import { randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceEntry, CheckInCode } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { NotFoundError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { TooManyAttemptsError } from '../auth/auth-errors';
import { NotEnrolledError } from '../progress/progress-errors';
import { SessionCancelledError } from '../sessions/session-conflicts';
import { InvalidCheckInCodeError } from './attendance-errors';
import { RegisterService } from './register.service';

/** A code works from a quarter of an hour before the session until it ends. */
const EARLY_MS = 15 * 60 * 1000;
/** Wrong codes a person may enter in this window before waiting (a million codes, so guessing is hopeless). */
const MAX_FAILURES = 5;
const FAILURE_WINDOW_SECONDS = 10 * 60;

interface CodeRow {
  code: string;
  valid_from: Date;
  valid_until: Date;
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Self check-in at an in-person session: the trainer shows a six-digit code (and its QR code) in
 * the room; a participant holding a seat enters it during the session and is marked present.
 * Only the run's trainers (and admins) can read the code; the trainer can still correct the mark.
 */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly register: RegisterService,
    private readonly audit: AuditService,
  ) {}

  async current(actor: Actor, sessionId: string): Promise<CheckInCode> {
    await this.policy.require(actor, 'attendance.mark', [sessionId]);
    const [row]: CodeRow[] = await this.dataSource.query(`SELECT code, valid_from, valid_until FROM session_check_in WHERE session_id = $1 AND valid_until > now()`, [sessionId]);
    if (!row) throw new NotFoundError('The check-in code');
    return toCode(row);
  }

  /** A new code for the session (the previous one stops working). */
  async create(actor: Actor, sessionId: string): Promise<CheckInCode> {
    await this.policy.require(actor, 'attendance.mark', [sessionId]);
    return inTransaction(this.dataSource, async (manager) => {
      const session = await this.register.lockSession(manager, sessionId);
      if (session.status === 'cancelled') throw new SessionCancelledError();
      if (session.ends_at.getTime() <= Date.now()) throw new InvalidCheckInCodeError('The session is over; mark the register instead');
      const code = String(randomInt(1_000_000)).padStart(6, '0');
      const [row]: CodeRow[] = await manager.query(
        `INSERT INTO session_check_in (session_id, code, valid_from, valid_until, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id) DO UPDATE SET code = EXCLUDED.code, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                created_by = EXCLUDED.created_by, created_at = now()
         RETURNING code, valid_from, valid_until`,
        [sessionId, code, new Date(session.starts_at.getTime() - EARLY_MS), session.ends_at, actor.id],
      );
      await this.audit.record('check_in_code.created', { actorUserId: actor.id, object: { type: 'session', id: sessionId } }, manager);
      return toCode(row);
    });
  }

  async checkIn(actor: Actor, sessionId: string, code: string, ip: string): Promise<AttendanceEntry> {
    await this.policy.require(actor, 'attendance.check_in', [sessionId]);
    await this.refuseWhenGuessing(actor.id);
    const [row]: CodeRow[] = await this.dataSource.query(`SELECT code, valid_from, valid_until FROM session_check_in WHERE session_id = $1`, [sessionId]);
    const now = Date.now();
    const valid = row && sameCode(row.code, code) && row.valid_from.getTime() <= now && now < row.valid_until.getTime();
    if (!valid) {
      await this.audit.record('attendance.check_in_failed', { actorUserId: actor.id, ip, object: { type: 'session', id: sessionId } });
      throw new InvalidCheckInCodeError();
    }
    return inTransaction(this.dataSource, async (manager) => {
      const session = await this.register.lockSession(manager, sessionId);
      const [mine] = (await this.register.entries(manager, sessionId)).filter((entry) => entry.userId === actor.id && entry.standing === 'enrolled');
      if (!mine) throw new NotEnrolledError('You hold no seat in this session’s run');
      if (mine.status === 'present' || mine.status === 'late') return mine;
      const [entry] = await this.register.write(manager, actor.id, session, [{ enrolmentId: mine.enrolmentId, status: 'present' }], 'check_in', ip);
      return entry ?? mine;
    });
  }

  private async refuseWhenGuessing(userId: string): Promise<void> {
    const [{ failures, oldest }]: { failures: number; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, min(occurred_at) AS oldest FROM audit_event
        WHERE action = 'attendance.check_in_failed' AND actor_user_id = $1 AND occurred_at > now() - make_interval(secs => $2)`,
      [userId, FAILURE_WINDOW_SECONDS],
    );
    if (failures < MAX_FAILURES || !oldest) return;
    throw new TooManyAttemptsError(Math.max(1, Math.ceil((oldest.getTime() + FAILURE_WINDOW_SECONDS * 1000 - Date.now()) / 1000)), 'wrong check-in codes');
  }
}

function toCode(row: CodeRow): CheckInCode {
  return { code: row.code, validFrom: row.valid_from.toISOString(), validUntil: row.valid_until.toISOString() };
}
