import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGION_CODES, type ProjectQuery, type RegionCode } from '@di/contracts';
import { PageQueryDto } from '../../../http/page-query.dto';

export class ProjectQueryDto extends PageQueryDto implements ProjectQuery {
  @ApiPropertyOptional({ enum: REGION_CODES })
  @IsOptional()
  @IsIn(REGION_CODES)
  regionCode?: RegionCode;
}
