import type { RegionCode, RoleGrant } from '@di/contracts';
import { roleLabel } from './people-labels';

/** Where names come from (`ReferenceData` in the app). */
export interface PlaceNames {
  regionName(code: RegionCode): string;
  organisationName(id: string): string;
}

/** "Koordinators (Latgales plānošanas reģions)", "Pasniedzējs". */
export function grantLabel(grant: RoleGrant, names: PlaceNames): string {
  const role = roleLabel(grant.role);
  if (!grant.scope) {
    return role;
  }
  const where =
    'regionCode' in grant.scope
      ? names.regionName(grant.scope.regionCode)
      : names.organisationName(grant.scope.organisationId);
  return `${role} (${where})`;
}
