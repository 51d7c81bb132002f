import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_MODES, SESSION_STATUSES, type SessionBatch, type SessionMode, type SessionStatus, type TrainingSession } from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';

export class SessionResponse implements TrainingSession {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  runId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  seriesId!: string | null;

  @ApiProperty({ type: LocalisedTextResponse, nullable: true })
  title!: LocalisedTextResponse | null;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ enum: SESSION_MODES })
  mode!: SessionMode;

  @ApiProperty({ nullable: true, type: String })
  meetingUrl!: string | null;

  @ApiProperty({ nullable: true, type: String })
  venue!: string | null;

  @ApiProperty({ nullable: true, type: String })
  address!: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  trainerIds!: string[];

  @ApiProperty({ nullable: true, type: Number })
  capacity!: number | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  moduleId!: string | null;

  @ApiProperty({ enum: SESSION_STATUSES })
  status!: SessionStatus;

  @ApiProperty({ nullable: true, type: String })
  cancellationReason!: string | null;

  @ApiProperty({ description: 'iCalendar SEQUENCE: moves on with each change of time, place or status' })
  sequence!: number;

  @ApiProperty()
  version!: number;
}

class VenueClashResponse {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ format: 'uuid' })
  otherSessionId!: string;
}

export class SessionListResponse {
  @ApiProperty({ type: [SessionResponse] })
  items!: SessionResponse[];
}

export class SessionBatchResponse extends SessionListResponse implements SessionBatch {
  @ApiPropertyOptional({ type: [VenueClashResponse], description: 'Booked anyway at a venue taken at that time (allowVenueClash)' })
  venueClashes?: VenueClashResponse[];
}
