import { RequirePermission } from '../../access/access-rule.decorators';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Region } from '@di/contracts';
import { RegionResponse } from './region.response';
import { RegionsService } from './regions.service';

@ApiTags('organisations')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @RequirePermission('region.read')
  @ApiOperation({ summary: 'The five planning regions' })
  @ApiOkResponse({ type: [RegionResponse] })
  list(): Promise<Region[]> {
    return this.regions.list();
  }
}
