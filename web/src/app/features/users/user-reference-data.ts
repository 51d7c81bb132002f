import { computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  COORDINATOR_GRANTABLE_ROLES,
  ROLES,
  type RegionCode,
  type Role,
  type RoleGrant,
} from '@di/contracts';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { OrganisationsApi } from '../organisations/organisations-api';
import {
  grantLabel,
  groupOrganisations,
  organisationsInScope,
} from './organisation-options';

/**
 * Regions and organisations for the user forms, limited to what the signed-in person may assign,
 * and the roles they may grant. Call in an injection context (a page's field initialiser).
 */
export function userReferenceData() {
  const api = inject(OrganisationsApi);
  const session = inject(AuthSession);
  const locale = inject(ACTIVE_LOCALE);

  const regionsResource = rxResource({ stream: () => api.regions() });
  const organisationsResource = rxResource({ stream: () => api.all({}) });

  const regions = computed(() =>
    regionsResource.hasValue() ? regionsResource.value() : [],
  );
  const organisations = computed(() =>
    organisationsResource.hasValue() ? organisationsResource.value() : [],
  );
  const regionName = (code: RegionCode) => {
    const region = regions().find((candidate) => candidate.code === code);
    return region ? localised(region.name, locale) : code;
  };
  const organisationName = (id: string) =>
    organisations().find((o) => o.id === id)?.name ?? '…';

  return {
    regions,
    /** Regions the person may make someone coordinator of. */
    grantableRegions: computed(() => {
      if (session.isAdmin()) return regions();
      const mine = session
        .coordinatorScopes()
        .flatMap((scope) => ('regionCode' in scope ? [scope.regionCode] : []));
      return regions().filter((region) => mine.includes(region.code));
    }),
    organisationGroups: computed(() =>
      groupOrganisations(
        organisationsInScope(
          organisations(),
          session.isAdmin() ? 'all' : session.coordinatorScopes(),
        ),
        regions(),
        locale,
      ),
    ),
    /** Everything is still loading, or failed. */
    loading: computed(
      () => regionsResource.isLoading() || organisationsResource.isLoading(),
    ),
    error: computed(
      () => regionsResource.error() ?? organisationsResource.error(),
    ),
    shownRoles: computed<readonly Role[]>(() =>
      // In the one order of ROLES, whoever looks.
      ROLES.filter(
        (role) =>
          session.isAdmin() || COORDINATOR_GRANTABLE_ROLES.includes(role),
      ),
    ),
    grantLabel: (grant: RoleGrant) =>
      grantLabel(grant, regionName, organisationName),
    organisationName,
    reload: () => {
      if (regionsResource.error()) regionsResource.reload();
      if (organisationsResource.error()) organisationsResource.reload();
    },
  };
}
