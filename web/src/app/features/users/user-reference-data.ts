import { computed, inject } from '@angular/core';
import {
  COORDINATOR_GRANTABLE_ROLES,
  ROLES,
  type RegionCode,
  type Role,
  type RoleGrant,
} from '@di/contracts';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE } from '../../core/i18n/active-locale';
import { ReferenceData } from '../../core/reference/reference-data';
import { grantLabel } from '../../shared/people/grant-label';
import {
  groupOrganisations,
  organisationsInScope,
} from '../../shared/organisation-options';

/**
 * The regions and organisations of the shared `ReferenceData`, limited to what the signed-in
 * person may assign, and the roles they may grant: for the users list and forms. Call in an
 * injection context (a page's field initialiser).
 */
export function userReferenceData() {
  const reference = inject(ReferenceData);
  const session = inject(AuthSession);
  const locale = inject(ACTIVE_LOCALE);

  return {
    regions: reference.regions,
    /** Regions the person may make someone coordinator of. */
    grantableRegions: computed(() => {
      if (session.isAdmin()) return reference.regions();
      const mine = session
        .coordinatorScopes()
        .flatMap((scope) => ('regionCode' in scope ? [scope.regionCode] : []));
      return reference.regions().filter((region) => mine.includes(region.code));
    }),
    /** The organisations in the person's reach, by region, for `<select>`s. */
    organisationGroups: computed(() =>
      groupOrganisations(
        organisationsInScope(
          reference.organisations(),
          session.isAdmin() ? 'all' : session.coordinatorScopes(),
        ),
        reference.regions(),
        locale,
      ),
    ),
    loading: reference.loading,
    error: reference.error,
    shownRoles: computed<readonly Role[]>(() =>
      // In the one order of ROLES, whoever looks.
      ROLES.filter(
        (role) =>
          session.isAdmin() || COORDINATOR_GRANTABLE_ROLES.includes(role),
      ),
    ),
    grantLabel: (grant: RoleGrant) => grantLabel(grant, reference),
    regionName: (code: RegionCode) => reference.regionName(code),
    organisationName: (id: string) => reference.organisationName(id),
    reload: () => reference.reload(),
  };
}
