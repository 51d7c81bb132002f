import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  IMPORT_ROW_STATUSES,
  PARTICIPANT_KINDS,
  type BulkEnrolmentResponse,
  type Enrolment,
  type EnrolmentImportResponse,
  type EnrolmentOptions,
  type EnrolmentResult,
  type EnrolmentStatus,
  type ImportRowResult,
  type ImportRowStatus,
  type MyEnrolment,
  type ParticipantKind,
  type RunSeats,
  type SeatReservation,
} from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';
import { PageResponse } from '../../http/openapi/page.response';
import { EnrolmentProgressResponse } from '../progress/progress.response';

export class EnrolmentResponse implements Enrolment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationName!: string | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'For waitlisted: the place on the waiting list, 1 first' }) position!: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) offerExpiresAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) enrolledBy!: string | null;
  @ApiProperty() version!: number;
}

export const EnrolmentPageResponse = PageResponse(EnrolmentResponse);

class EnrolmentRunResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty({ type: LocalisedTextResponse }) title!: LocalisedTextResponse;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
}

export class MyEnrolmentResponse extends EnrolmentResponse implements MyEnrolment {
  @ApiProperty({ type: EnrolmentRunResponse }) run!: EnrolmentRunResponse;
  @ApiProperty({ type: EnrolmentProgressResponse }) progress!: EnrolmentProgressResponse;
}

export const MyEnrolmentPageResponse = PageResponse(MyEnrolmentResponse);

export class EnrolmentResultResponse implements EnrolmentResult {
  @ApiPropertyOptional({ format: 'uuid' }) userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) enrolmentId?: string;
  @ApiProperty({ enum: [...ENROLMENT_STATUSES, 'error'] }) status!: EnrolmentStatus | 'error';
  @ApiPropertyOptional() code?: string;
  @ApiPropertyOptional() message?: string;
}

export class BulkEnrolmentResponseDto implements BulkEnrolmentResponse {
  @ApiProperty({ type: [EnrolmentResultResponse] }) results!: EnrolmentResultResponse[];
}

export class EnrolmentOptionsResponse implements EnrolmentOptions {
  @ApiProperty({ type: EnrolmentResponse, nullable: true }) enrolment!: EnrolmentResponse | null;
  @ApiProperty({ enum: ['enrolled', 'requested', 'waitlisted', 'not_possible'] }) outcome!: EnrolmentOptions['outcome'];
  @ApiPropertyOptional({ enum: ['ENROLMENT_CLOSED', 'AUDIENCE_MISMATCH', 'RUN_FULL', 'ALREADY_ENROLLED', 'RUN_NOT_OPEN'] }) reason?: EnrolmentOptions['reason'];
}

export class SeatReservationResponse implements SeatReservation {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() seats!: number;
  @ApiProperty() taken!: number;
  @ApiProperty({ format: 'date-time' }) releaseAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) releasedAt!: string | null;
}

export class RunSeatsResponse implements RunSeats {
  @ApiProperty() capacity!: number;
  @ApiProperty() taken!: number;
  @ApiProperty() held!: number;
  @ApiProperty() free!: number;
  @ApiProperty() offered!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() requested!: number;
  @ApiProperty() waitlistAllowed!: boolean;
  @ApiProperty({ nullable: true, type: Number }) promotionOfferHours!: number | null;
  @ApiProperty({ type: [SeatReservationResponse] }) reservations!: SeatReservationResponse[];
  @ApiProperty() version!: number;
}

export class ImportRowResultResponse implements ImportRowResult {
  @ApiProperty() row!: number;
  @ApiProperty({ enum: IMPORT_ROW_STATUSES }) status!: ImportRowStatus;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() fullName?: string;
  @ApiPropertyOptional({ format: 'uuid' }) organisationId?: string;
  @ApiPropertyOptional() organisationName?: string;
  @ApiPropertyOptional({ enum: PARTICIPANT_KINDS }) participantKind?: ParticipantKind;
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES }) enrolmentStatus?: EnrolmentStatus;
}

export class EnrolmentImportResponseDto implements EnrolmentImportResponse {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() format!: string;
  @ApiPropertyOptional() encoding?: string;
  @ApiPropertyOptional() delimiter?: string;
  @ApiProperty() written!: boolean;
  @ApiProperty({ type: [ImportRowResultResponse] }) rows!: ImportRowResultResponse[];
}
