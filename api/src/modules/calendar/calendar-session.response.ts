import { ApiProperty } from '@nestjs/swagger';
import { SESSION_MODES, SESSION_STATUSES, type CalendarFeed, type CalendarSession, type LocalisedText, type SessionMode, type SessionStatus } from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';

export class CalendarSessionResponse implements CalendarSession {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) seriesId!: string | null;
  @ApiProperty({ type: LocalisedTextResponse, nullable: true }) title!: LocalisedText | null;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: SESSION_MODES }) mode!: SessionMode;
  @ApiProperty({ nullable: true, type: String }) meetingUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ type: [String] }) trainerIds!: string[];
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) moduleId!: string | null;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: SessionStatus;
  @ApiProperty({ nullable: true, type: String }) cancellationReason!: string | null;
  @ApiProperty() sequence!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ type: LocalisedTextResponse }) runTitle!: LocalisedText;
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) courseTitle!: LocalisedText;
  @ApiProperty({ enum: ['participant', 'trainer'] }) relation!: 'participant' | 'trainer';
}

export class CalendarSessionListResponse {
  @ApiProperty({ type: [CalendarSessionResponse] }) items!: CalendarSessionResponse[];
}

export class CalendarFeedResponse implements CalendarFeed {
  @ApiProperty({ description: 'The subscription address; it holds the secret, so it is shown only to its owner' }) url!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
