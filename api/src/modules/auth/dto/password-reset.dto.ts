import { ApiProperty } from '@nestjs/swagger';
import type { PasswordResetRequest } from '@di/contracts';
import { EmailAddress, MAX_EMAIL_LENGTH } from '../../../http/email-address';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'anna.liepa@example.lv', format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @EmailAddress()
  email!: string;
}
