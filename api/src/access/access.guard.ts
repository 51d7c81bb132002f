import { ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorators';
import type { Actor } from './actor';

/** Global guard: applies each route's access rule, authenticating the bearer token with passport-jwt. */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule; refusing`);
      throw new ForbiddenException('This endpoint is not open to anyone');
    }
    if (rule.kind === 'public') return true;
    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (rule.kind === 'roles' && !actor.roles.some((grant) => rule.roles.includes(grant.role))) {
      throw new ForbiddenException('Your role does not allow this');
    }
    return true;
  }

  /** A bad or missing token is a 401; any other failure (e.g. the database is away) goes on as it is. */
  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error) throw error;
    if (!user) throw new UnauthorizedException('Sign in to continue');
    return user;
  }
}
