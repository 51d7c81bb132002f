import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { PERMISSIONS, permissionsOf, type Me, type Permission } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import { type Actor, roleNames } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { toMe } from '../users/user-mapper';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeResponse } from './me.response';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @RequirePermission('profile.read')
  @ApiOperation({ summary: 'The signed-in person with their roles and permissions' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): Me {
    return toMe(actor);
  }

  @Get('permissions')
  @RequirePermission('profile.read')
  @ApiOperation({ summary: 'The caller’s named permissions, for showing or hiding actions' })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'string', enum: [...PERMISSIONS] } } })
  permissions(@CurrentActor() actor: Actor): Permission[] {
    return permissionsOf(roleNames(actor));
  }

  @Patch()
  @RequirePermission('profile.update')
  @ApiOperation({ summary: 'Change one’s own name or language' })
  @ApiOkResponse({ type: MeResponse })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateMeDto, @Req() request: FastifyRequest): Promise<Me> {
    return this.users.updateOwnProfile(actor, body, request.ip);
  }

  @Post('password')
  @RequirePermission('profile.update')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change one’s own password; the person’s other sessions end, this one stays' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'Field codes PASSWORD_WRONG (currentPassword), PASSWORD_UNCHANGED and the password rules (newPassword)' })
  @ApiTooManyRequestsResponse({ type: ProblemResponse, description: 'Too many wrong current passwords; see Retry-After' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Req() request: FastifyRequest): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword, request.ip);
  }
}
