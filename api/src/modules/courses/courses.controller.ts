import { Body, Controller, Get, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Course, CourseModule, CourseSummary, Page } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CourseModuleResponse, CourseResponse, CourseSummaryPageResponse } from './course.response';
import { CoursesService } from './courses.service';
import { CourseQueryDto } from './dto/course-query.dto';
import { CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import { CreateModuleDto, ReorderModulesDto } from './dto/module.dto';
import { ModulesService } from './modules.service';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' };

@ApiTags('courses')
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly modules: ModulesService,
  ) {}

  @Get()
  @RequirePermission('course.read')
  @ApiOperation({ summary: 'The catalogue: participants see published courses, authors every status' })
  @ApiOkResponse({ type: CourseSummaryPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: CourseQueryDto): Promise<Page<CourseSummary>> {
    return this.courses.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('course.read')
  @ApiOperation({ summary: 'A course with its modules in order (retired modules left out)' })
  @ApiOkResponse({ type: CourseResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<Course> {
    return this.courses.get(actor, id);
  }

  @Post()
  @RequirePermission('course.write')
  @ApiCreatedResponse({ type: CourseResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'ALREADY_EXISTS (the code)' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCourseDto, @Req() request: FastifyRequest): Promise<Course> {
    return this.courses.create(actor, body, request.ip);
  }

  @Patch(':id')
  @RequirePermission('course.write')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CourseResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, ALREADY_EXISTS (the code)' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateCourseDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Course> {
    return this.courses.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }

  @Post(':id/modules')
  @RequirePermission('course.write')
  @ApiOperation({ summary: 'Add a module (at `position`, moving the others down, or at the end); moves the course version on' })
  @ApiCreatedResponse({ type: CourseModuleResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  addModule(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CreateModuleDto, @Req() request: FastifyRequest): Promise<CourseModule> {
    return this.modules.create(actor, id, body, request.ip);
  }

  @Put(':id/modules/order')
  @RequirePermission('course.write')
  @ApiOperation({ summary: 'Put the modules in a new order in one step: every current module id exactly once' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CourseResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE (the course version)' })
  reorder(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: ReorderModulesDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Course> {
    return this.modules.reorder(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }
}
