import { ApiProperty } from '@nestjs/swagger';
import type { SetPasswordResponse } from '@di/contracts';

export class SetPasswordResponseDto implements SetPasswordResponse {
  @ApiProperty({ example: 'anna.ozola@example.lv' })
  email!: string;
}
