import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Permission } from '@di/contracts';

export const ACCESS_RULE = 'access:rule';

/**
 * Who may call a route. Every route carries exactly one rule; a route without one is refused
 * (and a test lists it), so a new endpoint cannot forget it. The permission is checked against
 * the caller's roles here; which objects they may touch is the policy's job, in the service.
 */
export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: Permission };

/** Anyone, signed in or not. */
export const Public = () => applyDecorators(SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule), ApiExtension('x-access', 'public'));

/** Signed-in people holding `permission` (see PERMISSION_HOLDERS); others get 403, no token 401. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule),
    ApiExtension('x-permission', permission),
    ApiBearerAuth(),
  );
