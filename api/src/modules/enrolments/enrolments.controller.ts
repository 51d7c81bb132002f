import { Body, Controller, Get, HttpCode, ParseArrayPipe, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { BulkEnrolmentResponse, Enrolment, EnrolmentOptions, HistoryEntry, MyEnrolment, Page, RunSeats, SeatReservation } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { PageQueryDto } from '../../http/page-query.dto';
import { toFieldErrors } from '../../http/validation';
import { InvalidInputError } from '../../errors/domain-error';
import { HistoryPageResponse } from '../audit/history-entry.response';
import { BulkEnrolmentDto, CreateEnrolmentDto, EnrolmentDecisionDto, SeatReservationInputDto, UpdateEnrolmentDto } from './dto/enrolment.dto';
import { EnrolmentQueryDto, RunEnrolmentQueryDto } from './dto/enrolment-query.dto';
import { EnrolmentChangesService } from './enrolment-changes.service';
import { EnrolmentReader } from './enrolment-reader';
import {
  BulkEnrolmentResponseDto,
  EnrolmentOptionsResponse,
  EnrolmentPageResponse,
  EnrolmentResponse,
  MyEnrolmentPageResponse,
  RunSeatsResponse,
  SeatReservationResponse,
} from './enrolment.response';
import { EnrolmentsService } from './enrolments.service';
import { ReservationsService } from './reservations.service';

const reservationList = new ParseArrayPipe({
  items: SeatReservationInputDto,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => new InvalidInputError(Array.isArray(errors) ? toFieldErrors(errors) : [{ field: 'body', message: String(errors) }]),
});

@ApiTags('enrolments')
@Controller()
export class EnrolmentsController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly changes: EnrolmentChangesService,
    private readonly reader: EnrolmentReader,
    private readonly reservations: ReservationsService,
  ) {}

  @Get('runs/:id/enrolments')
  @RequirePermission('run.read')
  @ApiOperation({ summary: "A run's enrolments the caller may read", description: '`status=waitlisted` lists the waiting list in order, with `position`.' })
  @ApiOkResponse({ type: EnrolmentPageResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  listOfRun(@CurrentActor() actor: Actor, @IdParam() runId: string, @Query() query: RunEnrolmentQueryDto): Promise<Page<Enrolment>> {
    return this.reader.listOfRun(actor, runId, query);
  }

  @Post('runs/:id/enrolments')
  @RequirePermission('enrolment.create')
  @ApiOperation({
    summary: 'Enrol the caller, or (coordinator in scope, admin) someone else',
    description: 'A seat when one is free, a request when the run needs approval, else the waiting list. 409 ALREADY_ENROLLED, ENROLMENT_CLOSED, RUN_FULL, AUDIENCE_MISMATCH.',
  })
  @ApiCreatedResponse({ type: EnrolmentResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse })
  enrol(@CurrentActor() actor: Actor, @IdParam() runId: string, @Body() body: CreateEnrolmentDto, @Req() request: FastifyRequest): Promise<Enrolment> {
    return this.enrolments.enrol(actor, runId, body.userId, request.ip);
  }

  @Post('runs/:id/enrolments/bulk')
  @HttpCode(200)
  @RequirePermission('enrolment.manage')
  @ApiOperation({ summary: 'Enrol many people at once (each with their own result)' })
  @ApiOkResponse({ type: BulkEnrolmentResponseDto })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async bulk(@CurrentActor() actor: Actor, @IdParam() runId: string, @Body() body: BulkEnrolmentDto, @Req() request: FastifyRequest): Promise<BulkEnrolmentResponse> {
    return { results: await this.enrolments.bulk(actor, runId, body.userIds, request.ip) };
  }

  @Get('runs/:id/enrolment-options')
  @RequirePermission('enrolment.create')
  @ApiOperation({ summary: 'What enrolling now would give the caller, or why it is not possible' })
  @ApiOkResponse({ type: EnrolmentOptionsResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  options(@CurrentActor() actor: Actor, @IdParam() runId: string): Promise<EnrolmentOptions> {
    return this.enrolments.options(actor, runId);
  }

  @Get('runs/:id/seats')
  @RequirePermission('run.read')
  @ApiOperation({ summary: 'Capacity, seats taken, held for facilities and free' })
  @ApiOkResponse({ type: RunSeatsResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  seats(@CurrentActor() actor: Actor, @IdParam() runId: string): Promise<RunSeats> {
    return this.reservations.summary(actor, runId);
  }

  @Get('runs/:id/reservations')
  @RequirePermission('run.read')
  @ApiOperation({ summary: 'Seats held for facilities' })
  @ApiOkResponse({ type: [SeatReservationResponse] })
  @ApiNotFoundResponse({ type: ProblemResponse })
  reservationsOf(@CurrentActor() actor: Actor, @IdParam() runId: string): Promise<SeatReservation[]> {
    return this.reservations.list(actor, runId);
  }

  @Put('runs/:id/reservations')
  @RequirePermission('run.update')
  @ApiOperation({ summary: "Replace the run's reserved seats", description: 'At most 100; their seats together within the capacity.' })
  @ApiHeader({ name: 'If-Match', required: false, description: "The run's version the change is based on" })
  @ApiBody({ type: [SeatReservationInputDto] })
  @ApiOkResponse({ type: [SeatReservationResponse] })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE' })
  replaceReservations(
    @CurrentActor() actor: Actor,
    @IdParam() runId: string,
    @Body(reservationList) body: SeatReservationInputDto[],
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<SeatReservation[]> {
    return this.reservations.replace(actor, runId, body, ifMatch, request.ip);
  }

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
