import type {
  Locale,
  Organisation,
  Region,
  RegionCode,
  RoleScope,
} from '@di/contracts';
import { localised } from '../core/i18n/active-locale';
import { byLatvianName } from '../core/i18n/latvian-order';

/** Organisations for a `<select>`, in `<optgroup>`s by planning region. */
export interface OrganisationOptionGroup {
  code: RegionCode;
  label: string;
  organisations: Organisation[];
}

/**
 * The organisations a person acting within `scopes` may work with: everything for an admin
 * (`'all'`), else those of the coordinator's regions and each scoped organisation with everything
 * under it.
 */
export function organisationsInScope(
  organisations: readonly Organisation[],
  scopes: readonly RoleScope[] | 'all',
): Organisation[] {
  if (scopes === 'all') {
    return [...organisations];
  }
  const regions = new Set<RegionCode>();
  const roots = new Set<string>();
  for (const scope of scopes) {
    if ('regionCode' in scope) regions.add(scope.regionCode);
    else roots.add(scope.organisationId);
  }
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const underRoot = (organisation: Organisation): boolean => {
    const seen = new Set<string>();
    for (
      let current: Organisation | undefined = organisation;
      current && !seen.has(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined
    ) {
      if (roots.has(current.id)) return true;
      seen.add(current.id);
    }
    return false;
  };
  return organisations.filter(
    (organisation) =>
      regions.has(organisation.regionCode) || underRoot(organisation),
  );
}

/** Groups by region in the order of `regions`, names sorted in Latvian order within each. */
export function groupOrganisations(
  organisations: readonly Organisation[],
  regions: readonly Region[],
  locale: Locale,
): OrganisationOptionGroup[] {
  const codes = [
    ...regions.map((region) => region.code),
    ...new Set(
      organisations
        .map((o) => o.regionCode)
        .filter((code) => !regions.some((region) => region.code === code)),
    ),
  ];
  return codes
    .map((code) => {
      const region = regions.find((candidate) => candidate.code === code);
      return {
        code,
        label: region ? localised(region.name, locale) : code,
        organisations: organisations
          .filter((o) => o.regionCode === code)
          .sort(byLatvianName),
      };
    })
    .filter((group) => group.organisations.length > 0);
}
