import { ApiProperty } from '@nestjs/swagger';
import type { FailedJob } from '@di/contracts';
import { PageResponse } from '../http/openapi/page.response';

export class FailedJobResponse implements FailedJob {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'mail-delivery' })
  name!: string;

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  failedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The last error; email addresses are masked' })
  error!: string | null;
}

export const FailedJobPageResponse = PageResponse(FailedJobResponse);
