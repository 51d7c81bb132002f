import { permissionsOf, type Me, type RegionCode, type Role, type RoleGrant, type User } from '@di/contracts';
import type { Actor } from '../../access/actor';
import { roleNames } from '../../access/actor';
import type { UserEntity } from './user.entity';

/** A role grant as stored: a coordinator's scope is a region or an organisation. */
export interface GrantRow {
  role: Role;
  scopeRegionCode: string | null;
  scopeOrganisationId: string | null;
}

export function toRoleGrant(row: GrantRow): RoleGrant {
  if (row.scopeRegionCode) return { role: row.role, scope: { regionCode: row.scopeRegionCode as RegionCode } };
  if (row.scopeOrganisationId) return { role: row.role, scope: { organisationId: row.scopeOrganisationId } };
  return { role: row.role };
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
    version: user.version,
  };
}

export function toActor(user: Pick<UserEntity, 'id' | 'email' | 'fullName' | 'organisationId' | 'language'> & { roles: GrantRow[] }): Actor {
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
  return { id, email, fullName, organisationId, roles, language, permissions: permissionsOf(roleNames(actor)) };
}

const ROLE_ORDER = ['admin', 'coordinator', 'trainer', 'participant'];

function sortedGrants(roles: GrantRow[]): RoleGrant[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)).map(toRoleGrant);
}
