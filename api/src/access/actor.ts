import type { Locale, Role, RoleGrant } from '@di/contracts';

/** The signed-in person a request acts for, as the access policy sees them. */
export interface Actor {
  id: string;
  email: string;
  fullName: string;
  organisationId: string | null;
  roles: RoleGrant[];
  language: Locale;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((grant) => grant.role === role);
}

export function roleNames(actor: Actor): Role[] {
  return actor.roles.map((grant) => grant.role);
}
