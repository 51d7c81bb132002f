import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { HistoryEntry, Page, User } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { expectedVersion, IfMatchVersion } from '../../http/if-match-version';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { PageQueryDto } from '../../http/page-query.dto';
import { HistoryPageResponse } from '../audit/history-entry.response';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UserPageResponse, UserResponse } from './user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('user.read')
  @ApiOperation({ summary: 'People within the caller’s reach (a coordinator: their region or organisation)' })
  @ApiOkResponse({ type: UserPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: UserQueryDto): Promise<Page<User>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('user.read')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<User> {
    return this.users.get(actor, id);
  }

  @Get(':id/history')
  @RequirePermission('user.history.read')
  @ApiOperation({ summary: 'Changes to the person and their roles: who, when, before and after' })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  history(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: PageQueryDto): Promise<Page<HistoryEntry>> {
    return this.users.historyOf(actor, id, query);
  }

  @Post()
  @RequirePermission('user.create')
  @ApiOperation({ summary: 'Invite a person by email, or (admin, with password) create an active account' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'EMAIL_TAKEN' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto, @Req() request: FastifyRequest): Promise<User> {
    return this.users.create(actor, body, request.ip);
  }

  @Patch(':id')
  @RequirePermission('user.update')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the change is based on, e.g. "3" (or send `version`)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE, LAST_ADMIN' })
  update(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() body: UpdateUserDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @Req() request: FastifyRequest,
  ): Promise<User> {
    return this.users.update(actor, id, body, expectedVersion(body.version, ifMatch), request.ip);
  }

  @Post(':id/invitation')
  @RequirePermission('user.invite')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the invitation again with a new link' })
  @ApiAcceptedResponse()
  resendInvitation(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest): Promise<void> {
    return this.users.resendInvitation(actor, id, request.ip);
  }
}
