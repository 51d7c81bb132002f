import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceConflict, AttendanceEntry, AttendanceMark, AttendanceSource, SessionRegister } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { positional } from '../../access/scope-condition';
import { inTransaction } from '../../database/transactions';
import { InvalidInputError, NotFoundError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { localised } from '../courses/course-rows';
import { NotEnrolledError } from '../progress/progress-errors';
import { ProgressService } from '../progress/progress.service';
import { SessionCancelledError } from '../sessions/session-conflicts';
import { AttendanceConflictError, RegisterNotOpenError } from './attendance-errors';
import { MAX_MARKS } from './dto/attendance.dto';
import { REGISTER_SQL, toAttendanceEntry, type RegisterRow } from './register-rows';

/** A register is taken from an hour before the session begins (trainers open it in the room). */
const OPENS_BEFORE_MS = 60 * 60 * 1000;

export interface RegisterSession {
  id: string;
  run_id: string;
  run_title_lv: string;
  run_title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: 'online' | 'in_person';
  status: 'scheduled' | 'cancelled';
  venue: string | null;
  register_taken_at: Date | null;
  online_attendance_min_minutes: number | null;
  min_attendance_percent: number;
}

const REGISTER_SESSION_SQL = `
SELECT s.id, s.run_id, r.title_lv AS run_title_lv, r.title_en AS run_title_en, s.starts_at, s.ends_at, s.mode, s.status, s.venue,
       s.register_taken_at, r.online_attendance_min_minutes, c.min_attendance_percent
  FROM training_session s JOIN course_run r ON r.id = s.run_id JOIN course c ON c.id = r.course_id
 WHERE s.id = $1`;

/**
 * A session's register: who is on it, and marking it. A mark changed by someone else since the
 * caller read it (its `version`) is a conflict that writes nothing; every change goes into the
 * enrolment's history and updates the person's stored progress in the same transaction.
 */
@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly progress: ProgressService,
  ) {}

  async read(actor: Actor, sessionId: string): Promise<SessionRegister> {
    return this.registerOf(actor, sessionId);
  }

  async mark(actor: Actor, sessionId: string, marks: AttendanceMark[], ip: string): Promise<SessionRegister> {
    await this.policy.require(actor, 'attendance.mark', [sessionId]);
    if (marks.length > MAX_MARKS) throw new InvalidInputError([{ field: 'body', message: `At most ${MAX_MARKS} marks at once` }]);
    await inTransaction(this.dataSource, async (manager) => {
      const session = await this.lockSession(manager, sessionId);
      await this.write(manager, actor.id, session, marks, 'register', ip);
    });
    return this.registerOf(actor, sessionId);
  }

  /** The session, locked against a reschedule or cancellation (and other markers) until the marks are in. */
  async lockSession(manager: EntityManager, sessionId: string): Promise<RegisterSession> {
    const [session]: RegisterSession[] = await manager.query(`${REGISTER_SESSION_SQL} FOR NO KEY UPDATE OF s`, [sessionId]);
    if (!session) throw new NotFoundError('The session');
    return session;
  }

  async entries(manager: EntityManager, sessionId: string, enrolmentIds: readonly string[] | null = null): Promise<AttendanceEntry[]> {
    const rows: RegisterRow[] = await manager.query(REGISTER_SQL, [sessionId, enrolmentIds]);
    return rows.map(toAttendanceEntry);
  }

  /**
   * Writes the marks that change something, for people on the register who held a seat at the
   * time; checks each given `version` first. The caller holds the session's lock (`lockSession`).
   */
  async write(manager: EntityManager, actorId: string, session: RegisterSession, marks: readonly AttendanceMark[], source: AttendanceSource, ip: string | null): Promise<AttendanceEntry[]> {
    if (session.status === 'cancelled') throw new SessionCancelledError();
    if (marks.length === 0) return [];
    if (Date.now() < session.starts_at.getTime() - OPENS_BEFORE_MS) throw new RegisterNotOpenError();
    const ids = marks.map((mark) => mark.enrolmentId);
    const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (repeated >= 0) throw new InvalidInputError([{ field: `[${repeated}].enrolmentId`, message: 'Each person at most once' }]);
    await manager.query(`SELECT id FROM enrolment WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
    const current = new Map((await this.entries(manager, session.id, ids)).map((entry) => [entry.enrolmentId, entry]));
    const absentees = marks.filter((mark) => current.get(mark.enrolmentId)?.standing !== 'enrolled');
    if (absentees.length > 0) throw new NotEnrolledError(`${absentees.length} of these people held no seat in the run when the session took place`);
    const conflicts: AttendanceConflict[] = marks
      .filter((mark) => mark.version !== undefined && mark.version !== current.get(mark.enrolmentId)?.version)
      .map((mark) => ({ enrolmentId: mark.enrolmentId, current: current.get(mark.enrolmentId) as AttendanceEntry }));
    if (conflicts.length > 0) throw new AttendanceConflictError(conflicts);

    const changes = marks
      .map((mark) => {
        const before = current.get(mark.enrolmentId) as AttendanceEntry;
        const after = {
          status: mark.status,
          minutesAttended: mark.minutesAttended === undefined ? before.minutesAttended : mark.minutesAttended,
          note: mark.note === undefined ? before.note : mark.note || null,
        };
        return { before, after };
      })
      .filter(({ before, after }) => before.status !== after.status || before.minutesAttended !== after.minutesAttended || before.note !== after.note);
    if (changes.length === 0) return [];

    await manager.query(
      `INSERT INTO attendance (session_id, enrolment_id, status, minutes_attended, note, source, marked_by)
       SELECT $1, m.enrolment_id, m.status, m.minutes, m.note, $6, $7
         FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[]) AS m(enrolment_id, status, minutes, note)
       ON CONFLICT (session_id, enrolment_id) DO UPDATE
         SET status = EXCLUDED.status, minutes_attended = EXCLUDED.minutes_attended, note = EXCLUDED.note, source = EXCLUDED.source,
             marked_by = EXCLUDED.marked_by, marked_at = now(), version = attendance.version + 1`,
      [
        session.id,
        changes.map(({ before }) => before.enrolmentId),
        changes.map(({ after }) => after.status),
        changes.map(({ after }) => after.minutesAttended),
        changes.map(({ after }) => after.note),
        source,
        actorId,
      ],
    );
    await this.audit.recordAll(
      'attendance.marked',
      changes.map(({ before, after }) => ({
        actorUserId: actorId,
        subjectUserId: before.userId,
        ip,
        object: { type: 'enrolment' as const, id: before.enrolmentId },
        oldValue: { sessionId: session.id, status: before.status, minutesAttended: before.minutesAttended, note: before.note },
        newValue: { sessionId: session.id, status: after.status, minutesAttended: after.minutesAttended, note: after.note, source },
      })),
      manager,
    );
    const cause = { actorId, cause: source === 'register' ? 'attendance' : source, details: { sessionId: session.id } };
    const taken = changes.some(({ after }) => after.status !== 'unmarked');
    if (taken && !session.register_taken_at) {
      // The first marks make the session held for everyone on its register.
      await manager.query(`UPDATE training_session SET register_taken_at = now() WHERE id = $1`, [session.id]);
      session.register_taken_at = new Date();
      await this.progress.recomputeRun(manager, session.run_id, cause);
    } else {
      await this.progress.recompute(manager, changes.map(({ before }) => before.enrolmentId), cause);
    }
    return this.entries(manager, session.id, changes.map(({ before }) => before.enrolmentId));
  }

  private async registerOf(actor: Actor, sessionId: string): Promise<SessionRegister> {
    // The access checks are part of the statement (a hot read); only a refusal asks the policy why (403 or 404).
    const readable = positional(this.policy.scope(actor, 'attendance.read', 's'), 2);
    const markable = positional(this.policy.scope(actor, 'attendance.mark', 's'), 2 + readable.values.length);
    const [[session], entries] = await Promise.all([
      this.dataSource.query(`${REGISTER_SESSION_SQL.replace('SELECT ', `SELECT (${markable.sql}) AS may_mark, `)} AND ${readable.sql}`, [
        sessionId,
        ...readable.values,
        ...markable.values,
      ]) as Promise<(RegisterSession & { may_mark: boolean })[]>,
      this.entries(this.dataSource.manager, sessionId),
    ]);
    if (!session) {
      await this.policy.require(actor, 'attendance.read', [sessionId]);
      throw new NotFoundError('The session');
    }
    const canMark = session.may_mark;
    return {
      session: {
        id: session.id,
        runId: session.run_id,
        runTitle: localised(session.run_title_lv, session.run_title_en),
        startsAt: session.starts_at.toISOString(),
        endsAt: session.ends_at.toISOString(),
        mode: session.mode,
        status: session.status,
        venue: session.venue,
      },
      markable: canMark && session.status === 'scheduled',
      onlineAttendanceMinMinutes: session.online_attendance_min_minutes,
      entries,
    };
  }
}
