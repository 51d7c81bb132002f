import { Controller, Get } from '@nestjs/common';
import { SignedIn } from '../../access/access-rule.decorators';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Region } from '@di/contracts';
import { RegionResponse } from './region.response';
import { RegionsService } from './regions.service';

@ApiTags('organisations')
@ApiBearerAuth()
@SignedIn()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'The five planning regions' })
  @ApiOkResponse({ type: [RegionResponse] })
  list(): Promise<Region[]> {
    return this.regions.list();
  }
}
