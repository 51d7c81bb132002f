import { SetMetadata } from '@nestjs/common';
import type { Role } from '@di/contracts';

export const ACCESS_RULE = 'access:rule';

/**
 * Who may call a route. Every route carries exactly one rule; a route without
 * one is refused (and a test lists it), so a new endpoint cannot forget it.
 * Object-level checks ("may this actor touch this object?") are the
 * services' job, through AccessPolicy.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person; the service decides what they may see. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in people holding at least one of these roles; others get 403. */
export const RequireRole = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);
