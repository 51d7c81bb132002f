import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_STATUSES,
  ENROLMENT_STATUSES,
  SESSION_MODES,
  SESSION_STATUSES,
  type AttendanceEntry,
  type AttendanceImportMatch,
  type AttendanceImportResult,
  type AttendanceImportUnmatched,
  type AttendanceSource,
  type AttendanceStatus,
  type CheckInCode,
  type EnrolmentStatus,
  type RosterStanding,
  type SessionMode,
  type SessionRegister,
  type SessionStatus,
} from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';

class MarkerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fullName!: string;
}

export class AttendanceEntryResponse implements AttendanceEntry {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) enrolmentStatus!: EnrolmentStatus;
  @ApiProperty({ enum: ['enrolled', 'not_yet_enrolled', 'withdrawn'], description: '`not_yet_enrolled`: got a seat after the session; never absent' })
  standing!: RosterStanding;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiProperty({ nullable: true, type: Number }) minutesAttended!: number | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, enum: ['register', 'import', 'check_in'] }) source!: AttendanceSource | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) markedAt!: string | null;
  @ApiProperty({ nullable: true, type: MarkerResponse }) markedBy!: MarkerResponse | null;
  @ApiProperty({ description: '0 until first marked; send it back with a change' }) version!: number;
}

class RegisterSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) runTitle!: LocalisedTextResponse;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: SESSION_MODES }) mode!: SessionMode;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
}

export class SessionRegisterResponse implements SessionRegister {
  @ApiProperty({ type: RegisterSessionResponse }) session!: RegisterSessionResponse;
  @ApiProperty() markable!: boolean;
  @ApiProperty({ nullable: true, type: Number }) onlineAttendanceMinMinutes!: number | null;
  @ApiProperty({ type: [AttendanceEntryResponse] }) entries!: AttendanceEntryResponse[];
}

class ImportMatchResponse implements AttendanceImportMatch {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() reportName!: string;
  @ApiProperty({ enum: ['email', 'name'] }) matchedBy!: 'email' | 'name';
  @ApiProperty() minutes!: number;
  @ApiProperty() joins!: number;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
}

class ImportUnmatchedResponse implements AttendanceImportUnmatched {
  @ApiProperty() row!: number;
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiProperty() minutes!: number;
}

export class AttendanceImportResponse implements AttendanceImportResult {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ enum: ['teams', 'teams-meeting-summary', 'teams-attendance-list', 'zoom', 'google-meet'] }) format!: string;
  @ApiProperty() minMinutes!: number;
  @ApiProperty({ type: [ImportMatchResponse] }) matched!: ImportMatchResponse[];
  @ApiProperty({ type: [ImportUnmatchedResponse] }) unmatched!: ImportUnmatchedResponse[];
}

export class CheckInCodeResponse implements CheckInCode {
  @ApiProperty({ pattern: '^[0-9]{6}$' }) code!: string;
  @ApiProperty({ format: 'date-time' }) validFrom!: string;
  @ApiProperty({ format: 'date-time' }) validUntil!: string;
}
