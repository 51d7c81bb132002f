import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { REGION_CODES, RUN_STATUSES, type RegionCode, type RunQuery, type RunStatus } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

export class RunQueryDto extends PageQueryDto implements Omit<RunQuery, 'upcoming'> {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;

  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsIn(RUN_STATUSES)
  status?: RunStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only runs that end today or later (Riga date)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  upcoming?: 'true' | 'false';
}
