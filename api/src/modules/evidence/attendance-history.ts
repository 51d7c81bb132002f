import type { AttendanceStatus } from '@di/contracts';
import { DateTime } from 'luxon';
import type { ExportColumn } from '../../exports/export-columns';
import { RIGA_ZONE } from '../../time/riga-time';
import { EVIDENCE_TEXTS } from './evidence-texts';

/** A mark as the history keeps it (`attendance.marked` events, in the enrolment's history). */
interface MarkValue {
  sessionId?: string;
  status?: AttendanceStatus;
  minutesAttended?: number | null;
  note?: string | null;
  source?: string;
}

export interface AttendanceChangeRow {
  occurred_at: Date;
  actor_name: string | null;
  session_starts_at: Date | null;
  person_name: string;
  old_value: MarkValue | null;
  new_value: MarkValue | null;
}

/** Every change of a mark of run `$1`'s people, oldest first: who made it, when, at which session, before and after. */
export const ATTENDANCE_HISTORY_SQL = `
SELECT ev.occurred_at, actor.full_name AS actor_name, s.starts_at AS session_starts_at, u.full_name AS person_name, ev.old_value, ev.new_value
  FROM enrolment e
  JOIN app_user u ON u.id = e.user_id
  JOIN audit_event ev ON ev.object_type = 'enrolment' AND ev.object_id = e.id AND ev.action = 'attendance.marked'
  LEFT JOIN app_user actor ON actor.id = ev.actor_user_id
  LEFT JOIN training_session s ON s.id = (ev.new_value ->> 'sessionId')::uuid
 WHERE e.run_id = $1
 ORDER BY ev.occurred_at, ev.id`;

const texts = EVIDENCE_TEXTS.history;

function riga(instant: Date, format: string): string {
  return DateTime.fromJSDate(instant, { zone: RIGA_ZONE }).toFormat(format);
}

/** `Klātesošs, 95 min, "note"`: the mark, its minutes and its note. */
function markText(value: MarkValue | null): string | null {
  if (!value?.status) return null;
  const parts: string[] = [EVIDENCE_TEXTS.marks[value.status] ?? value.status];
  if (value.minutesAttended !== null && value.minutesAttended !== undefined) parts.push(EVIDENCE_TEXTS.sheet.minutes(value.minutesAttended));
  if (value.note) parts.push(`„${value.note}”`);
  return parts.join(', ');
}

export const ATTENDANCE_HISTORY_COLUMNS: readonly ExportColumn<AttendanceChangeRow>[] = [
  { header: texts.at, value: (row) => riga(row.occurred_at, 'dd.MM.yyyy HH:mm:ss') },
  { header: texts.who, value: (row) => row.actor_name ?? texts.platform },
  { header: texts.session, value: (row) => (row.session_starts_at ? riga(row.session_starts_at, 'dd.MM.yyyy HH:mm') : null) },
  { header: texts.person, value: (row) => row.person_name },
  { header: texts.before, value: (row) => markText(row.old_value) },
  { header: texts.after, value: (row) => markText(row.new_value) },
  { header: texts.source, value: (row) => (row.new_value?.source ? (texts.sources[row.new_value.source] ?? row.new_value.source) : null) },
];
