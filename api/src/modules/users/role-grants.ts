import { COORDINATOR_GRANTABLE_ROLES, type RegionCode, type Role, type RoleGrant } from '@di/contracts';
import type { FieldError } from '@di/contracts';
import { InvalidInputError } from '../../errors/domain-error';

/** Identifies a grant: the same role with another scope is another grant. */
export function grantKey(grant: RoleGrant): string {
  if (!grant.scope) return grant.role;
  return 'regionCode' in grant.scope ? `${grant.role}:region:${grant.scope.regionCode}` : `${grant.role}:organisation:${grant.scope.organisationId}`;
}

/**
 * A coordinator needs exactly one scope (a region or an organisation); other roles take none.
 * Returns the grants as plain values, with no scope key that is present but undefined (as
 * validated DTO instances may have), so that `'regionCode' in scope` can be trusted after it.
 */
export function validateGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  const errors: FieldError[] = [];
  grants.forEach((grant, index) => {
    const field = `roles.${index}.scope`;
    const scope = grant.scope as { regionCode?: string; organisationId?: string } | undefined;
    const kinds = [scope?.regionCode, scope?.organisationId].filter((value) => value !== undefined).length;
    if (grant.role === 'coordinator' && kinds !== 1) {
      errors.push({ field, message: 'A coordinator needs a scope: either regionCode or organisationId' });
    }
    if (grant.role !== 'coordinator' && scope !== undefined) {
      errors.push({ field, message: `The role "${grant.role}" takes no scope` });
    }
  });
  if (errors.length > 0) throw new InvalidInputError(errors);
  return grants.map((grant) => {
    const scope = grant.scope as { regionCode?: RegionCode; organisationId?: string } | undefined;
    if (scope?.regionCode !== undefined) return { role: grant.role, scope: { regionCode: scope.regionCode } };
    if (scope?.organisationId !== undefined) return { role: grant.role, scope: { organisationId: scope.organisationId } };
    return { role: grant.role };
  });
}

export function nonGrantableRoleOf(grants: RoleGrant[]): Role | undefined {
  return grants.find((grant) => !COORDINATOR_GRANTABLE_ROLES.includes(grant.role))?.role;
}

export interface RoleRow {
  userId: string;
  role: Role;
  scopeRegionCode: string | null;
  scopeOrganisationId: string | null;
  grantedBy: string | null;
}

export function roleRows(userId: string, grants: RoleGrant[], grantedBy: string | null): RoleRow[] {
  return grants.map((grant) => ({
    userId,
    role: grant.role,
    scopeRegionCode: grant.scope && 'regionCode' in grant.scope ? grant.scope.regionCode : null,
    scopeOrganisationId: grant.scope && 'organisationId' in grant.scope ? grant.scope.organisationId : null,
    grantedBy,
  }));
}
