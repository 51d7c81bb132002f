import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class EnrolmentImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only show what would happen; nothing is written' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Write the rows without errors even when some rows have errors' })
  @IsOptional()
  @IsIn(['true', 'false'])
  partial?: 'true' | 'false';
}
