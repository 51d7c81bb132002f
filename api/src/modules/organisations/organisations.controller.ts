import { RequirePermission } from '../../access/access-rule.decorators';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Organisation, Page } from '@di/contracts';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { OrganisationQueryDto } from './dto/organisation-query.dto';
import { OrganisationPageResponse, OrganisationResponse } from './organisation.response';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission('organisation.read')
  @ApiOperation({ summary: 'Organisations, filtered and paged, sorted by region and name' })
  @ApiOkResponse({ type: OrganisationPageResponse })
  list(@Query() query: OrganisationQueryDto): Promise<Page<Organisation>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  @RequirePermission('organisation.read')
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@IdParam() id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }
}
