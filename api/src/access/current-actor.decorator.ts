import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor';

/** The authenticated actor of a signed-in route (set by AccessGuard). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
  if (!actor) throw new Error('CurrentActor used on a route without a signed-in rule');
  return actor;
});
