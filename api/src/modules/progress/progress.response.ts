import { ApiProperty } from '@nestjs/swagger';
import { ENROLMENT_STATUSES, type EnrolmentProgress, type EnrolmentStatus } from '@di/contracts';

export class EnrolmentProgressResponse implements EnrolmentProgress {
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ description: 'Sessions of the run that count for the person (not cancelled, while they held a seat)' }) sessionsPlanned!: number;
  @ApiProperty({ description: 'Of those, the sessions whose register has been taken' }) sessionsHeld!: number;
  @ApiProperty() sessionsAttended!: number;
  @ApiProperty({ description: 'Attended of held, 0–100' }) attendancePercent!: number;
  @ApiProperty({ description: "The course's rule: this share of the planned sessions attended" }) minAttendancePercent!: number;
  @ApiProperty() requiredModules!: number;
  @ApiProperty() requiredModulesDone!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) doneModuleIds!: string[];
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) certificateCode!: string | null;
}
