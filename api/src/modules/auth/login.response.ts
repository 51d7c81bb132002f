import { ApiProperty } from '@nestjs/swagger';
import type { LoginResponse } from '@di/contracts';
import { MeResponse } from './me.response';

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …`' })
  accessToken!: string;

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ type: MeResponse })
  user!: MeResponse;
}
