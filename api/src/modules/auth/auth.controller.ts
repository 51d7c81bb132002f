import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, SetPasswordResponse } from '@di/contracts';
import { Public } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { Authenticator } from '../../access/authenticator';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { PasswordResetDto } from './dto/password-reset.dto';
import { SetPasswordDto } from './dto/set-password.dto';
import { LoginGuard } from './login.guard';
import { LoginResponseDto } from './login.response';
import { SetPasswordResponseDto } from './set-password.response';
import { clearRefreshCookie, refreshCookie, secureCookie, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly authenticator: Authenticator,
    private readonly config: ConfigService,
  ) {}

  private secure(request: FastifyRequest): boolean {
    return secureCookie(request, this.config.get<string>('PUBLIC_URL'));
  }

  /**
   * The person of a valid access token on a public route (the access guard does not look at it
   * there), or undefined: an invalid or expired one is treated as none.
   */
  private async optionalActor(request: FastifyRequest): Promise<Actor | undefined> {
    const authorization = request.headers.authorization;
    return authorization ? this.authenticator.authenticate(authorization) : undefined;
  }

  @Post('login')
  @Public()
  @UseGuards(LoginGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; the refresh token comes back as an httpOnly cookie' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemResponse })
  @ApiTooManyRequestsResponse({ type: ProblemResponse, description: 'Too many failures; see Retry-After' })
  async login(@Req() request: FastifyRequest & { user: Actor }, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const session = await this.auth.startSession(request.user);
    setRefreshCookie(reply, session.refreshToken, this.secure(request));
    return session.response;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'A new access token for the refresh cookie, which is replaced' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemResponse })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    try {
      const session = await this.auth.refresh(refreshCookie(request), request.ip);
      setRefreshCookie(reply, session.refreshToken, this.secure(request));
      return session.response;
    } catch (error) {
      clearRefreshCookie(reply, this.secure(request));
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session of the refresh cookie (or else of the access token) ends, its tokens stop working at once' })
  @ApiNoContentResponse()
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const cookie = refreshCookie(request);
    await this.auth.logout(cookie, cookie ? undefined : await this.optionalActor(request), request.ip);
    clearRefreshCookie(reply, this.secure(request));
  }

  @Post('password')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password with the token of an invitation or password-reset link; every session of the person ends' })
  @ApiOkResponse({ type: SetPasswordResponseDto, description: 'Whose password it was, for the sign-in page to offer' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'Weak password, or code TOKEN_INVALID' })
  setPassword(@Body() body: SetPasswordDto, @Req() request: FastifyRequest): Promise<SetPasswordResponse> {
    return this.auth.setPassword(body.token, body.password, request.ip);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Email a password-reset link, if the address belongs to an active account (at most 3 an hour; the answer is the same either way)',
  })
  @ApiAcceptedResponse()
  @ApiTooManyRequestsResponse({ type: ProblemResponse, description: 'Too many requests from this client address; see Retry-After' })
  async requestPasswordReset(@Body() body: PasswordResetDto, @Req() request: FastifyRequest): Promise<void> {
    const actor = await this.optionalActor(request);
    await this.auth.requestPasswordReset(body.email, request.ip, actor?.id ?? null);
  }
}
