import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttendanceEntry, AttendanceImportMatch, AttendanceImportResult, AttendanceImportUnmatched, AttendanceMark } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import type { RawUpload } from '../../http/file-body';
import { AuditService } from '../audit/audit.service';
import { SessionCancelledError } from '../sessions/session-conflicts';
import { matchAttendees } from './attendee-matching';
import { RegisterService, type RegisterSession } from './register.service';
import { readMeetingReport } from './reports/meeting-report';

/**
 * An online meeting's attendance report (Teams, Zoom, Meet) matched to the session's register:
 * by email, then by exact name; a person's rejoins added up; `present` from the threshold on.
 * Rows that match nobody are listed for the trainer to match by hand. The file is kept as received.
 */
@Injectable()
export class AttendanceImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly register: RegisterService,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, sessionId: string, upload: RawUpload, options: { dryRun: boolean; minMinutes?: number }, ip: string): Promise<AttendanceImportResult> {
    await this.policy.require(actor, 'attendance.mark', [sessionId]);
    return inTransaction(this.dataSource, async (manager) => {
      const session = await this.register.lockSession(manager, sessionId);
      if (session.status === 'cancelled') throw new SessionCancelledError();
      const report = readMeetingReport(upload.bytes, { startsAt: session.starts_at, endsAt: session.ends_at, fileName: upload.fileName });
      const minMinutes = options.minMinutes ?? thresholdOf(session);
      const roster = (await this.register.entries(manager, sessionId)).filter((entry) => entry.standing === 'enrolled');
      const { matched, unmatched } = matchAttendees(report.attendees, roster, sessionMinutes(session));
      const byId = new Map(roster.map((entry) => [entry.enrolmentId, entry]));
      const results: AttendanceImportMatch[] = matched.map((match) => ({
        ...match,
        status: statusFor(match.minutes, minMinutes, byId.get(match.enrolmentId) as AttendanceEntry),
      }));
      const result: AttendanceImportResult = { dryRun: options.dryRun, format: report.format, minMinutes, matched: results, unmatched: unmatched satisfies AttendanceImportUnmatched[] };
      if (options.dryRun) return result;

      const marks: AttendanceMark[] = results.map((match) => ({ enrolmentId: match.enrolmentId, status: match.status, minutesAttended: match.minutes }));
      await this.register.write(manager, actor.id, session, marks, 'import', ip);
      const [{ id: reportId }]: { id: string }[] = await manager.query(
        `INSERT INTO attendance_report (session_id, format, file_name, content_type, size_bytes, sha256, content, matched, unmatched, min_minutes, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          sessionId,
          report.format,
          upload.fileName?.slice(0, 200) ?? null,
          upload.contentType ?? null,
          upload.bytes.length,
          createHash('sha256').update(upload.bytes).digest('hex'),
          upload.bytes,
          results.length,
          unmatched.length,
          minMinutes,
          actor.id,
        ],
      );
      await this.audit.record(
        'attendance.imported',
        { actorUserId: actor.id, ip, object: { type: 'session', id: sessionId }, newValue: { reportId, format: report.format, minMinutes, matched: results.length, unmatched: unmatched.length } },
        manager,
      );
      return result;
    });
  }
}

function sessionMinutes(session: RegisterSession): number {
  return Math.round((session.ends_at.getTime() - session.starts_at.getTime()) / 60_000);
}

/** The run's threshold, else the course's share of the session's length. */
function thresholdOf(session: RegisterSession): number {
  return session.online_attendance_min_minutes ?? Math.max(1, Math.ceil((sessionMinutes(session) * session.min_attendance_percent) / 100));
}

/** Enough minutes make `present`; too few `absent`, unless the trainer had excused the person. */
function statusFor(minutes: number, minMinutes: number, current: AttendanceEntry): AttendanceMark['status'] {
  if (minutes >= minMinutes) return current.status === 'late' ? 'late' : 'present';
  return current.status === 'excused' ? 'excused' : 'absent';
}
