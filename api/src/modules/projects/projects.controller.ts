import { Body, Controller, Get, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Page, Project } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CreateProjectDto, UpdateProjectDto } from './dto/project.dto';
import { ProjectQueryDto } from './dto/project-query.dto';
import { ProjectPageResponse, ProjectResponse } from './project.response';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @RequirePermission('project.read')
  @ApiOperation({ summary: 'The DI funding projects' })
  @ApiOkResponse({ type: ProjectPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: ProjectQueryDto): Promise<Page<Project>> {
    return this.projects.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('project.read')
  @ApiOkResponse({ type: ProjectResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<Project> {
    return this.projects.get(actor, id);
  }

  @Post()
  @RequirePermission('project.write')
  @ApiCreatedResponse({ type: ProjectResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'ALREADY_EXISTS (the number)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto, @Req() request: FastifyRequest): Promise<Project> {
    return this.projects.create(actor, body, request.ip);
  }

  @Patch(':id')
  @RequirePermission('project.write')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' })
  @ApiOkResponse({ type: ProjectResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, ALREADY_EXISTS' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateProjectDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Project> {
    return this.projects.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }
}
