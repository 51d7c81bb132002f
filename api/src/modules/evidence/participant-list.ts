import type { EnrolmentStatus, ParticipantKind } from '@di/contracts';
import { DateTime } from 'luxon';
import { ENROLMENT_STATUS_TEXTS } from '../../exports/enrolment-status-texts';
import type { ExportColumn } from '../../exports/export-columns';
import { RIGA_ZONE } from '../../time/riga-time';
import { EVIDENCE_TEXTS } from './evidence-texts';

export interface ParticipantRow {
  full_name: string;
  organisation_name: string | null;
  participant_kind: ParticipantKind;
  status: EnrolmentStatus;
  attendance_percent: number;
  sessions_attended: number;
  sessions_held: number;
  completed_at: Date | null;
  certificate_code: string | null;
}

/**
 * Run `$1`'s enrolments that hold or once held a seat, with their stored progress and valid
 * certificate; each counted in the organisation they enrolled from, as the reports do.
 */
export const PARTICIPANT_LIST_SQL = `
SELECT u.full_name, o.name AS organisation_name, u.participant_kind, e.status, e.attendance_percent, e.sessions_attended, e.sessions_held,
       e.completed_at, cert.code AS certificate_code
  FROM enrolment e
  JOIN app_user u ON u.id = e.user_id
  LEFT JOIN organisation o ON o.id = e.organisation_id
  LEFT JOIN certificate cert ON cert.enrolment_id = e.id AND cert.revoked_at IS NULL
 WHERE e.run_id = $1 AND e.seated_at IS NOT NULL AND e.status IN ('enrolled', 'completed', 'not_completed', 'withdrawn')
 ORDER BY u.full_name COLLATE "lv-x-icu", e.id`;

const texts = EVIDENCE_TEXTS.participants;

export const PARTICIPANT_COLUMNS: readonly ExportColumn<ParticipantRow>[] = [
  { header: texts.fullName, value: (row) => row.full_name, width: 32 },
  { header: texts.organisation, value: (row) => row.organisation_name, width: 36 },
  { header: texts.kind, value: (row) => EVIDENCE_TEXTS.kinds[row.participant_kind] ?? row.participant_kind, width: 20 },
  { header: texts.status, value: (row) => ENROLMENT_STATUS_TEXTS.lv[row.status] ?? row.status, width: 22 },
  { header: texts.attendancePercent, value: (row) => row.attendance_percent },
  { header: texts.sessionsAttended, value: (row) => row.sessions_attended },
  { header: texts.sessionsHeld, value: (row) => row.sessions_held },
  { header: texts.completedOn, value: (row) => (row.completed_at ? DateTime.fromJSDate(row.completed_at, { zone: RIGA_ZONE }).toFormat('dd.MM.yyyy') : null) },
  { header: texts.certificateCode, value: (row) => row.certificate_code, width: 18 },
];
