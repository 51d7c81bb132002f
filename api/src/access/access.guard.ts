import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { holdsPermission } from '@di/contracts';
import { ForbiddenError, NotSignedInError } from '../errors/domain-error';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorators';
import { type Actor, roleNames } from './actor';
import { Authenticator } from './authenticator';

/** Global guard: applies each route's access rule to the bearer token's person. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} has no access rule; refusing`);
      throw new ForbiddenError('This endpoint is not open to anyone');
    }
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined>; user?: Actor }>();
    const authorization = request.headers['authorization'];
    const actor = await this.authenticator.authenticate(typeof authorization === 'string' ? authorization : undefined);
    if (!actor) throw new NotSignedInError();
    request.user = actor;
    if (!holdsPermission(roleNames(actor), rule.permission)) throw new ForbiddenError(`Your roles do not include ${rule.permission}`);
    return true;
  }
}
