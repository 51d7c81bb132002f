import { ApiProperty } from '@nestjs/swagger';
import { ESF_INDICATOR_NAMES, ESF_INDICATORS, type EsfAnswers, type EsfIndicator, type EsfParticipantReport, type MyEsfEntry, type SuppressedCount } from '@di/contracts';

export class EsfAnswersResponse {
  @ApiProperty({ enum: ESF_INDICATORS.gender, nullable: true }) gender!: EsfAnswers['gender'];
  @ApiProperty({ enum: ESF_INDICATORS.ageGroup, nullable: true }) ageGroup!: EsfAnswers['ageGroup'];
  @ApiProperty({ enum: ESF_INDICATORS.labourMarketStatus, nullable: true }) labourMarketStatus!: EsfAnswers['labourMarketStatus'];
  @ApiProperty({ enum: ESF_INDICATORS.educationLevel, nullable: true }) educationLevel!: EsfAnswers['educationLevel'];
  @ApiProperty({ enum: ESF_INDICATORS.disability, nullable: true }) disability!: EsfAnswers['disability'];
  @ApiProperty({ enum: ESF_INDICATORS.migrantOrMinority, nullable: true }) migrantOrMinority!: EsfAnswers['migrantOrMinority'];
  @ApiProperty({ enum: ESF_INDICATORS.otherDisadvantaged, nullable: true }) otherDisadvantaged!: EsfAnswers['otherDisadvantaged'];
  @ApiProperty({ enum: ESF_INDICATORS.homeless, nullable: true }) homeless!: EsfAnswers['homeless'];
}

export class MyEsfEntryResponse implements MyEsfEntry {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ nullable: true, type: String }) projectNumber!: string | null;
  @ApiProperty() projectTitle!: string;
  @ApiProperty({ type: EsfAnswersResponse }) answers!: EsfAnswersResponse;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) enteredAt!: string | null;
  @ApiProperty({ description: '0 before the first answers' }) version!: number;
}

export class SuppressedCountResponse implements SuppressedCount {
  @ApiProperty() value!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null when 1–4 people are behind it' }) count!: number | null;
}

export class IndicatorCountsResponse {
  @ApiProperty({ enum: ESF_INDICATOR_NAMES }) indicator!: EsfIndicator;
  @ApiProperty({ type: [SuppressedCountResponse] }) counts!: SuppressedCountResponse[];
  @ApiProperty({ nullable: true, type: Number }) notAnswered!: number | null;
}

export class EsfParticipantReportResponse implements EsfParticipantReport {
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty() participants!: number;
  @ApiProperty() answered!: number;
  @ApiProperty() suppressBelow!: number;
  @ApiProperty({ type: [IndicatorCountsResponse] }) indicators!: IndicatorCountsResponse[];
}
