import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { SetPasswordRequest } from '@di/contracts';

export class SetPasswordDto implements SetPasswordRequest {
  /** Any string: one that matches no live link, however malformed, is TOKEN_INVALID like an expired one. */
  @ApiProperty({ description: 'The token from the invitation or password-reset link' })
  @IsString()
  @MaxLength(512)
  token!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password!: string;
}
