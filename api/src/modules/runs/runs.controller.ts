import { Body, Controller, Get, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CourseRun, Page } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CreateRunDto, UpdateRunDto } from './dto/run.dto';
import { RunQueryDto } from './dto/run-query.dto';
import { RunPageResponse, RunResponse } from './run.response';
import { RunsService } from './runs.service';

@ApiTags('runs')
@Controller()
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  @Get('courses/:id/runs')
  @RequirePermission('course.read')
  @ApiOperation({ summary: "A course's runs (cycles, cohorts)" })
  @ApiOkResponse({ type: RunPageResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  listOfCourse(@CurrentActor() actor: Actor, @IdParam() courseId: string, @Query() query: RunQueryDto): Promise<Page<CourseRun>> {
    return this.runs.list(actor, query, courseId);
  }

  @Post('courses/:id/runs')
  @RequirePermission('run.create')
  @ApiOperation({ summary: 'A new run of the course', description: 'A coordinator organises runs only in their own region or organisations (403 otherwise).' })
  @ApiCreatedResponse({ type: RunResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  create(@CurrentActor() actor: Actor, @IdParam() courseId: string, @Body() body: CreateRunDto, @Req() request: FastifyRequest): Promise<CourseRun> {
    return this.runs.create(actor, courseId, body, request.ip);
  }

  @Get('runs')
  @RequirePermission('run.read')
  @ApiOperation({ summary: 'Runs of every course the caller may see' })
  @ApiOkResponse({ type: RunPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: RunQueryDto): Promise<Page<CourseRun>> {
    return this.runs.list(actor, query);
  }

  @Get('runs/:id')
  @RequirePermission('run.read')
  @ApiOkResponse({ type: RunResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CourseRun> {
    return this.runs.get(actor, id);
  }

  @Patch('runs/:id')
  @RequirePermission('run.update')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' })
  @ApiOkResponse({ type: RunResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateRunDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<CourseRun> {
    return this.runs.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }
}
