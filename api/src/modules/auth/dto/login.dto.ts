import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@di/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'dalibnieks@demo.invalid' })
  @IsString()
  @MinLength(3)
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'demo-dalib-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}
