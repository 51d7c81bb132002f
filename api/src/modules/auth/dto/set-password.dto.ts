import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { SetPasswordRequest } from '@di/contracts';

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty({ description: 'The token from the invitation or password-reset link' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @MaxLength(1024)
  password!: string;
}
