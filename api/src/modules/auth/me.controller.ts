import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Me } from '@di/contracts';
import { SignedIn } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { toMe } from '../users/user-mapper';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeResponse } from './me.response';

@ApiTags('auth')
@ApiBearerAuth()
@SignedIn()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in person with their roles' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): Me {
    return toMe(actor);
  }

  @Patch()
  @ApiOperation({ summary: 'Change one’s own name or language' })
  @ApiOkResponse({ type: MeResponse })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto, @Req() request: FastifyRequest): Promise<Me> {
    return this.users.updateOwnProfile(actor, body, request.ip);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change one’s own password' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ProblemResponse })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Req() request: FastifyRequest): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword, request.ip);
  }
}
