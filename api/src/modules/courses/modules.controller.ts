import { Body, Controller, Delete, Get, Patch, Query, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { CourseModule } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CourseModuleResponse } from './course.response';
import { UpdateModuleDto } from './dto/module.dto';
import { ModulesService, type ModuleRemoval } from './modules.service';

export class ModuleRemovalQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Retire a module that cannot be deleted (see DELETE)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  retire?: 'true' | 'false';
}

class ModuleRemovalResponse {
  @ApiProperty({ enum: ['deleted', 'retired'] })
  outcome!: ModuleRemoval['outcome'];
}

@ApiTags('courses')
@Controller('modules')
export class ModulesController {
  constructor(private readonly modules: ModulesService) {}

  @Get(':id')
  @RequirePermission('module.read')
  @ApiOkResponse({ type: CourseModuleResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CourseModule> {
    return this.modules.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('module.write')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' })
  @ApiOkResponse({ type: CourseModuleResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateModuleDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<CourseModule> {
    return this.modules.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }

  @Delete(':id')
  @RequirePermission('module.write')
  @ApiOperation({
    summary: 'Delete a module, or retire one that people rely on',
    description:
      'A required module of a published course with enrolments is not deleted: 409 IN_USE, unless `retire=true`, which retires it — ' +
      'it leaves the course (no position, not shown), keeps its completions as evidence and no longer counts for anyone’s completion. ' +
      'Any other module is deleted with its attachments. The modules after it move up; the course version moves on.',
  })
  @ApiQuery({ name: 'retire', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: ModuleRemovalResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'IN_USE' })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: ModuleRemovalQueryDto, @Req() request: FastifyRequest): Promise<ModuleRemoval> {
    return this.modules.remove(actor, id, query.retire === 'true', request.ip);
  }
}
