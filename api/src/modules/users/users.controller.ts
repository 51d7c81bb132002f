import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Page, User } from '@di/contracts';
import { RequireRole } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserQueryDto } from './dto/user-query.dto';
import { UserPageResponse, UserResponse } from './user.response';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@RequireRole('admin', 'coordinator')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'People within the caller’s reach (a coordinator: their region or organisation)' })
  @ApiOkResponse({ type: UserPageResponse })
  list(@CurrentActor() actor: Actor, @Query() query: UserQueryDto): Promise<Page<User>> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<User> {
    return this.users.get(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Invite a person by email, or (admin, with password) create an active account' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'EMAIL_TAKEN' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto, @Req() request: FastifyRequest): Promise<User> {
    return this.users.create(actor, body, request.ip);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateUserDto, @Req() request: FastifyRequest): Promise<User> {
    return this.users.update(actor, id, body, request.ip);
  }

  @Post(':id/invitation')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the invitation again with a new link' })
  @ApiAcceptedResponse()
  resendInvitation(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest): Promise<void> {
    return this.users.resendInvitation(actor, id, request.ip);
  }
}
