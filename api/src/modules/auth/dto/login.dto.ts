import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@di/contracts';
import { EmailAddress, MAX_EMAIL_LENGTH } from '../../../http/email-address';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'dalibnieks@demo.invalid', format: 'email', maxLength: MAX_EMAIL_LENGTH })
  @EmailAddress()
  email!: string;

  @ApiProperty({ example: 'demo-dalib-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
