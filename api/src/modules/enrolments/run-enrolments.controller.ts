import { Body, Controller, Get, HttpCode, ParseArrayPipe, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiUnsupportedMediaTypeResponse,
  ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { BulkEnrolmentResponse, Enrolment, EnrolmentImportResponse, EnrolmentOptions, Page, RunSeats, SeatReservation } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { ENROLMENT_IMPORT_FILE_ROUTE, uploadOf } from '../../http/file-body';
import { IdParam } from '../../http/id-param';
import { IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { toFieldErrors } from '../../http/validation';
import { InvalidInputError } from '../../errors/domain-error';
import { BulkEnrolmentDto, CreateEnrolmentDto, SeatReservationInputDto } from './dto/enrolment.dto';
import { RunEnrolmentQueryDto } from './dto/enrolment-query.dto';
import { EnrolmentImportQueryDto } from './dto/import-query.dto';
import { EnrolmentImportService } from './import/enrolment-import.service';
import { EnrolmentReader } from './enrolment-reader';
import {
  BulkEnrolmentResponseDto,
  EnrolmentOptionsResponse,
  EnrolmentPageResponse,
  EnrolmentImportResponseDto,
  EnrolmentResponse,
  RunSeatsResponse,
  SeatReservationResponse,
} from './enrolment.response';
import { EnrolmentsService } from './enrolments.service';
import { ReservationsService } from './reservations.service';

/** The file of the request: the body itself, or the multipart part (file-body.ts). */
const reservationList = new ParseArrayPipe({
  items: SeatReservationInputDto,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => new InvalidInputError(Array.isArray(errors) ? toFieldErrors(errors) : [{ field: 'body', message: String(errors) }]),
});

@ApiTags('enrolments')
@Controller()
export class RunEnrolmentsController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly reader: EnrolmentReader,
    private readonly reservations: ReservationsService,
    private readonly imports: EnrolmentImportService,
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

  @Post('runs/:id/enrolments/import')
  @HttpCode(200)
  @RequirePermission('enrolment.manage')
  @ApiOperation({
    summary: 'Enrol people from a CSV or XLSX file (the body, or multipart field `file`)',
    description:
      'Columns for email, first and last name (or full name), organisation (name or id) and participant kind, headed in Latvian or English; ' +
      'CSV separated by `;`, `,` or tab, in UTF-8 (with or without BOM), Windows-1257 or UTF-16. People without an account are created and invited. ' +
      'Nothing is written when any row has an error, unless `partial=true`; `dryRun=true` only shows what would happen.',
  })
  @ApiConsumes(...ENROLMENT_IMPORT_FILE_ROUTE.types)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: EnrolmentImportResponseDto })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'UNREADABLE_FILE: not a table of people in a known encoding' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponse })
  importFile(@CurrentActor() actor: Actor, @IdParam() runId: string, @Query() query: EnrolmentImportQueryDto, @Req() request: FastifyRequest): Promise<EnrolmentImportResponse> {
    return this.imports.import(actor, runId, uploadOf(request), { dryRun: query.dryRun === 'true', partial: query.partial === 'true' }, request.ip);
  }
}
