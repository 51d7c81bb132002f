import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { BulkEnrolmentResponse, Enrolment, HistoryEntry, MyEnrolment, Page } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { PageQueryDto } from '../../http/page-query.dto';
import { HistoryPageResponse } from '../audit/history-entry.response';
import { EnrolmentDecisionDto, UpdateEnrolmentDto } from './dto/enrolment.dto';
import { EnrolmentQueryDto } from './dto/enrolment-query.dto';
import { EnrolmentChangesService } from './enrolment-changes.service';
import { EnrolmentReader } from './enrolment-reader';
import { BulkEnrolmentResponseDto, EnrolmentPageResponse, EnrolmentResponse, MyEnrolmentPageResponse } from './enrolment.response';


@ApiTags('enrolments')
@Controller()
export class EnrolmentsController {
  constructor(
    private readonly changes: EnrolmentChangesService,
    private readonly reader: EnrolmentReader,
  ) {}

  @Get('enrolments')
  @RequirePermission('enrolment.read')
  @ApiOperation({ summary: 'Enrolments the caller may read', description: '`status=requested`: the requests waiting for a decision.' })
  @ApiOkResponse({ type: EnrolmentPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: EnrolmentQueryDto): Promise<Page<Enrolment>> {
    return this.reader.list(actor, query);
  }

  @Post('enrolments/decisions')
  @HttpCode(200)
  @RequirePermission('enrolment.approve')
  @ApiOperation({ summary: 'Approve or reject several requests at once' })
  @ApiOkResponse({ type: BulkEnrolmentResponseDto })
  async decide(@CurrentActor() actor: Actor, @Body() body: EnrolmentDecisionDto, @Req() request: FastifyRequest): Promise<BulkEnrolmentResponse> {
    return { results: await this.changes.decide(actor, body.enrolmentIds, body.status, body.reason, request.ip) };
  }

  @Get('enrolments/:id')
  @RequirePermission('enrolment.read')
  @ApiOkResponse({ type: EnrolmentResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<Enrolment> {
    return this.reader.read(actor, id);
  }

  @Patch('enrolments/:id')
  @RequirePermission('enrolment.update')
  @ApiOperation({
    summary: 'Approve, reject, promote, accept an offered seat, or withdraw',
    description: 'A seat freed goes to the first on the waiting list in the same transaction (before the run starts).',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' })
  @ApiOkResponse({ type: EnrolmentResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, RUN_FULL, INVALID_TRANSITION' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateEnrolmentDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Enrolment> {
    return this.changes.update(actor, id, body.status, body.reason, expectedVersion(body.version, ifMatch), request.ip);
  }

  @Get('enrolments/:id/history')
  @RequirePermission('enrolment.read')
  @ApiOperation({ summary: "The enrolment's changes: who, when, before and after" })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  history(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQueryDto): Promise<Page<HistoryEntry>> {
    return this.reader.historyOf(actor, id, page);
  }

  @Get('me/enrolments')
  @RequirePermission('enrolment.read')
  @ApiOperation({ summary: "The caller's enrolments, with their runs" })
  @ApiOkResponse({ type: MyEnrolmentPageResponse })
  mine(@CurrentActor() actor: Actor, @Query() page: PageQueryDto): Promise<Page<MyEnrolment>> {
    return this.reader.mine(actor, page);
  }
}
