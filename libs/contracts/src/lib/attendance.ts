import type { LocalisedText } from './common';
import type { EnrolmentStatus } from './enrolments';
import type { SessionMode, SessionStatus } from './sessions';

export const ATTENDANCE_STATUSES = ['unmarked', 'present', 'late', 'absent', 'excused'] as const;
/** A person's mark for one session; `present` and `late` count as attended, `excused` does not. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = ['present', 'late'];

/** How a mark was made: on the register, from an online meeting's report, or by the person's own check-in. */
export type AttendanceSource = 'register' | 'import' | 'check_in';

/**
 * Where a person stands on a session's register: `enrolled` (held a seat when it took place),
 * `not_yet_enrolled` (got their seat after it ended: never counted, never absent),
 * `withdrawn` (withdrew before it began: not counted).
 */
export type RosterStanding = 'enrolled' | 'not_yet_enrolled' | 'withdrawn';

/** One person on a session's register. */
export interface AttendanceEntry {
  enrolmentId: string;
  userId: string;
  fullName: string;
  email: string;
  organisationName: string | null;
  enrolmentStatus: EnrolmentStatus;
  standing: RosterStanding;
  status: AttendanceStatus;
  minutesAttended: number | null;
  note: string | null;
  source: AttendanceSource | null;
  markedAt: string | null;
  markedBy: { id: string; fullName: string } | null;
  /** 0 until first marked; send it back with a change so that a mark changed meanwhile is a conflict, not lost. */
  version: number;
}

/** `GET /api/sessions/:id/attendance`: the session and everyone on its register, by name. */
export interface SessionRegister {
  session: {
    id: string;
    runId: string;
    runTitle: LocalisedText;
    startsAt: string;
    endsAt: string;
    mode: SessionMode;
    status: SessionStatus;
    venue: string | null;
  };
  /** Whether the caller may mark it now (a trainer of the run or an admin, the session not cancelled). */
  markable: boolean;
  /** The run's threshold for an online session's report (minutes), if set. */
  onlineAttendanceMinMinutes: number | null;
  entries: AttendanceEntry[];
}

/** One mark of `PUT /api/sessions/:id/attendance` (the body is a list of these). */
export interface AttendanceMark {
  enrolmentId: string;
  status: AttendanceStatus;
  minutesAttended?: number | null;
  note?: string | null;
  /** The entry's version the change is based on; a different current version is 409 `STALE_UPDATE`. */
  version?: number;
}

/** The body of a 409 `STALE_UPDATE` of a register: the marks someone else changed meanwhile. */
export interface AttendanceConflict {
  enrolmentId: string;
  current: AttendanceEntry;
}

/** `POST /api/sessions/:id/attendance/import`: an online meeting's report matched to the register. */
export interface AttendanceImportResult {
  dryRun: boolean;
  /** `teams`, `teams-meeting-summary`, `teams-attendance-list`, `zoom`, `google-meet`. */
  format: string;
  /** The minutes that make `present`. */
  minMinutes: number;
  matched: AttendanceImportMatch[];
  unmatched: AttendanceImportUnmatched[];
}

export interface AttendanceImportMatch {
  enrolmentId: string;
  userId: string;
  fullName: string;
  /** The name as the report gives it. */
  reportName: string;
  matchedBy: 'email' | 'name';
  minutes: number;
  /** How many joins were added up. */
  joins: number;
  status: AttendanceStatus;
}

export interface AttendanceImportUnmatched {
  /** The first line of the file the person was read from. */
  row: number;
  name: string;
  email?: string;
  minutes: number;
}

/** `POST /api/sessions/:id/check-in-code`: the code to show in the room, valid only during the session. */
export interface CheckInCode {
  code: string;
  validFrom: string;
  validUntil: string;
}

export interface CheckInRequest {
  code: string;
}

/** An enrolment's progress towards completion, stored and kept up to date by every change that affects it. */
export interface EnrolmentProgress {
  enrolmentId: string;
  /** Sessions of the run that count for the person (not cancelled, while they held a seat). */
  sessionsPlanned: number;
  /** Of those, the sessions whose register has been taken. */
  sessionsHeld: number;
  sessionsAttended: number;
  /** Attended of held, 0–100 (0 before any is held). */
  attendancePercent: number;
  /** The course's rule: this share of the planned sessions attended. */
  minAttendancePercent: number;
  requiredModules: number;
  requiredModulesDone: number;
  /** Modules of the course the person marked done (required or not). */
  doneModuleIds: string[];
  status: EnrolmentStatus;
  completedAt: string | null;
  /** The valid certificate's verification code, once completed. */
  certificateCode: string | null;
}

/** `GET /api/certificates/:code`: public verification, with as little personal data as proves it. */
export interface CertificateVerification {
  valid: boolean;
  code: string;
  fullName: string;
  courseTitle: LocalisedText;
  completedAt: string;
  /** When the completion was reverted and the certificate revoked. */
  revokedAt: string | null;
}

/** A file a background job makes (a run's certificates as a ZIP): its progress, then the file, for the person who asked. */
export interface GeneratedFile {
  id: string;
  kind: 'certificates_zip' | 'evidence_pack';
  status: 'queued' | 'running' | 'done' | 'failed';
  doneItems: number;
  totalItems: number | null;
  fileName: string | null;
  sizeBytes: number | null;
  /** Why it failed (never personal data). */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** After this the file is deleted. */
  expiresAt: string;
}
