import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import type { PasswordResetRequest } from '@di/contracts';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'anna.liepa@example.lv' })
  @IsEmail()
  @MaxLength(320)
  email!: string;
}
