import { ApiProperty } from '@nestjs/swagger';
import type { CertificateVerification } from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';

export class CertificateVerificationResponse implements CertificateVerification {
  @ApiProperty({ description: 'False once the completion was reverted' }) valid!: boolean;
  @ApiProperty() code!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: LocalisedTextResponse }) courseTitle!: LocalisedTextResponse;
  @ApiProperty({ format: 'date-time' }) completedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
}
