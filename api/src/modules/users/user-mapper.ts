import type { Me, RoleGrant, User } from '@di/contracts';
import type { Actor } from '../../access/actor';
import type { UserRoleEntity } from './user-role.entity';
import type { UserEntity } from './user.entity';

export function toRoleGrant(role: UserRoleEntity): RoleGrant {
  if (role.scopeRegionCode) return { role: role.role, scope: { regionCode: role.scopeRegionCode } };
  if (role.scopeOrganisationId) return { role: role.role, scope: { organisationId: role.scopeOrganisationId } };
  return { role: role.role };
}

/** Needs `roles` loaded and `passwordHash` selected (to tell invited from active). */
export function toUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    organisationId: user.organisationId,
    participantKind: user.participantKind,
    roles: sortedGrants(user.roles),
    active: user.active,
    status: !user.active ? 'inactive' : user.passwordHash ? 'active' : 'invited',
    language: user.language,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toActor(user: UserEntity): Actor {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    organisationId: user.organisationId,
    roles: sortedGrants(user.roles),
    language: user.language,
  };
}

export function toMe(actor: Actor): Me {
  const { id, email, fullName, organisationId, roles, language } = actor;
  return { id, email, fullName, organisationId, roles, language };
}

const ROLE_ORDER = ['admin', 'coordinator', 'trainer', 'participant'];

function sortedGrants(roles: UserRoleEntity[]): RoleGrant[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)).map(toRoleGrant);
}
