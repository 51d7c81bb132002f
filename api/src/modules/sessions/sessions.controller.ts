import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { SessionBatch, TrainingSession } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CancelSessionDto, CreateSessionsDto, UpdateSessionDto } from './dto/session.dto';
import { SessionBatchResponse, SessionListResponse, SessionResponse } from './session.response';
import { SessionsService } from './sessions.service';

const CONFLICTS = 'TRAINER_CONFLICT (names `otherSession`), VENUE_CLASH (unless allowVenueClash), STALE_UPDATE, SESSION_CANCELLED';

@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get('runs/:id/sessions')
  @RequirePermission('run.read')
  @ApiOkResponse({ type: SessionListResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  list(@CurrentActor() actor: Actor, @IdParam() runId: string): Promise<{ items: TrainingSession[] }> {
    return this.sessions.listOfRun(actor, runId);
  }

  @Post('runs/:id/sessions')
  @RequirePermission('session.create')
  @ApiOperation({
    summary: 'Schedule a session, or a series of them',
    description:
      'Times as instants or as Riga wall-clock times (`startsAtLocal`). A series keeps the first session’s Riga time across changes of the clocks; ' +
      'it is created whole or not at all. A time in the spring-forward hour is 400; one in the autumn’s repeated hour means its first occurrence (+03:00).',
  })
  @ApiCreatedResponse({ type: SessionBatchResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: CONFLICTS })
  create(@CurrentActor() actor: Actor, @IdParam() runId: string, @Body() body: CreateSessionsDto, @Req() request: FastifyRequest): Promise<SessionBatch> {
    return this.sessions.create(actor, runId, body, request.ip);
  }

  @Get('sessions/:id')
  @RequirePermission('session.read')
  @ApiOkResponse({ type: SessionResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TrainingSession> {
    return this.sessions.get(actor, id);
  }

  @Patch('sessions/:id')
  @RequirePermission('session.update')
  @ApiOperation({ summary: 'Reschedule or change a session, or it and the following of its series (`scope: following`); the people enrolled are told' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on (or send `version`)' })
  @ApiOkResponse({ type: SessionBatchResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: CONFLICTS })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateSessionDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<SessionBatch> {
    return this.sessions.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @RequirePermission('session.update')
  @ApiOperation({ summary: 'Cancel a session (or it and the following of its series); the people enrolled are told, with the reason' })
  @ApiOkResponse({ type: SessionBatchResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, SESSION_CANCELLED' })
  cancel(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: CancelSessionDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<SessionBatch> {
    return this.sessions.cancel(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }
}
