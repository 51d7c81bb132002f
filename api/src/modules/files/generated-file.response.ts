import { ApiProperty } from '@nestjs/swagger';
import type { GeneratedFile } from '@di/contracts';

export class GeneratedFileResponse implements GeneratedFile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['certificates_zip', 'evidence_pack'] }) kind!: 'certificates_zip' | 'evidence_pack';
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status!: GeneratedFile['status'];
  @ApiProperty() doneItems!: number;
  @ApiProperty({ nullable: true, type: Number }) totalItems!: number | null;
  @ApiProperty({ nullable: true, type: String }) fileName!: string | null;
  @ApiProperty({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
