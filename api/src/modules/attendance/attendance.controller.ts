import { Body, Controller, Get, HttpCode, ParseArrayPipe, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AttendanceEntry, AttendanceImportResult, CheckInCode, SessionRegister } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { InvalidInputError } from '../../errors/domain-error';
import { ATTENDANCE_IMPORT_FILE_ROUTE, uploadOf } from '../../http/file-body';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { toFieldErrors } from '../../http/validation';
import { AttendanceImportService } from './attendance-import.service';
import { AttendanceEntryResponse, AttendanceImportResponse, CheckInCodeResponse, SessionRegisterResponse } from './attendance.response';
import { CheckInService } from './check-in.service';
import { AttendanceImportQueryDto, AttendanceMarkDto, CheckInDto, MAX_MARKS } from './dto/attendance.dto';
import { RegisterService } from './register.service';

const markList = new ParseArrayPipe({
  items: AttendanceMarkDto,
  whitelist: true,
  forbidNonWhitelisted: true,
  exceptionFactory: (errors) => new InvalidInputError(Array.isArray(errors) ? toFieldErrors(errors) : [{ field: 'body', message: String(errors) }]),
});

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly register: RegisterService,
    private readonly imports: AttendanceImportService,
    private readonly checkIns: CheckInService,
  ) {}

  @Get('sessions/:id/attendance')
  @RequirePermission('attendance.read')
  @ApiOperation({ summary: "A session's register: everyone who held a seat when it took place, and their marks" })
  @ApiOkResponse({ type: SessionRegisterResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  read(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<SessionRegister> {
    return this.register.read(actor, id);
  }

  @Put('sessions/:id/attendance')
  @RequirePermission('attendance.mark')
  @ApiOperation({
    summary: 'Mark the register (many people at once)',
    description: `At most ${MAX_MARKS} marks. Send each entry's \`version\`: a mark someone changed meanwhile is 409 STALE_UPDATE with \`conflicts\`, and nothing is written.`,
  })
  @ApiBody({ type: [AttendanceMarkDto] })
  @ApiOkResponse({ type: SessionRegisterResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, SESSION_CANCELLED, NOT_ENROLLED, REGISTER_NOT_OPEN' })
  mark(@CurrentActor() actor: Actor, @IdParam() id: string, @Body(markList) body: AttendanceMarkDto[], @Req() request: FastifyRequest): Promise<SessionRegister> {
    return this.register.mark(actor, id, body, request.ip);
  }

  @Post('sessions/:id/attendance/import')
  @HttpCode(200)
  @RequirePermission('attendance.mark')
  @ApiOperation({
    summary: "Mark the register from an online meeting's attendance report (the body, or multipart field `file`)",
    description:
      'Microsoft Teams (the current report, the 2021 meeting summary, the 2020–21 attendance list), Zoom participants and Google Meet attendance exports, ' +
      'in UTF-8 or UTF-16. People are matched by email, then by exact name; rejoins add up; `present` from `minMinutes` on. `dryRun=true` only shows the matching.',
  })
  @ApiConsumes(...ATTENDANCE_IMPORT_FILE_ROUTE.types)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: AttendanceImportResponse })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'UNREADABLE_FILE: not a report of a known format' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  importReport(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AttendanceImportQueryDto, @Req() request: FastifyRequest): Promise<AttendanceImportResult> {
    return this.imports.import(actor, id, uploadOf(request), { dryRun: query.dryRun === 'true', minMinutes: query.minMinutes }, request.ip);
  }

  @Get('sessions/:id/check-in-code')
  @RequirePermission('attendance.mark')
  @ApiOperation({ summary: 'The check-in code in force, for the trainer to show' })
  @ApiOkResponse({ type: CheckInCodeResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  checkInCode(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CheckInCode> {
    return this.checkIns.current(actor, id);
  }

  @Post('sessions/:id/check-in-code')
  @HttpCode(200)
  @RequirePermission('attendance.mark')
  @ApiOperation({ summary: 'A new check-in code, valid from 15 minutes before the session until it ends' })
  @ApiOkResponse({ type: CheckInCodeResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'SESSION_CANCELLED, INVALID_CHECK_IN_CODE (the session is over)' })
  newCheckInCode(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<CheckInCode> {
    return this.checkIns.create(actor, id);
  }

  @Post('sessions/:id/check-in')
  @HttpCode(200)
  @RequirePermission('attendance.check_in')
  @ApiOperation({ summary: 'Check oneself in with the code shown in the room: marks the caller present' })
  @ApiOkResponse({ type: AttendanceEntryResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'INVALID_CHECK_IN_CODE, NOT_ENROLLED' })
  @ApiTooManyRequestsResponse({ type: ProblemResponse })
  checkIn(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: CheckInDto, @Req() request: FastifyRequest): Promise<AttendanceEntry> {
    return this.checkIns.checkIn(actor, id, body.code, request.ip);
  }
}
