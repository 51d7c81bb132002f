import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import type { CalendarQuery } from '@di/contracts';

export const CALENDAR_RELATIONS = ['participant', 'trainer'] as const;

export class MySessionsQueryDto implements CalendarQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (default: now)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Up to this instant (default: 90 days after `from`; at most 400 days after it)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: CALENDAR_RELATIONS, description: 'Only the sessions one takes part in, or only those one trains (default: both)' })
  @IsOptional()
  @IsIn(CALENDAR_RELATIONS)
  as?: (typeof CALENDAR_RELATIONS)[number];
}
