import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import {
  API_PATHS,
  type Organisation,
  type OrganisationType,
  type Page,
  type Region,
  type RegionCode,
} from '@di/contracts';

/** Test data modelled on the real set: Latgale's VSAC with its branches, Rīga's members. */
export const TEST_REGIONS: Region[] = [
  {
    code: 'LPR',
    name: { lv: 'Latgales plānošanas reģions', en: 'Latgale Planning Region' },
  },
  { code: 'RPR', name: { lv: 'Rīgas plānošanas reģions' } },
];

export function organisation(
  id: string,
  name: string,
  type: OrganisationType,
  regionCode: RegionCode,
  parentId: string | null = null,
): Organisation {
  return { id, name, type, regionCode, parentId };
}

export const LATGALE = organisation('vsac-latgale', 'Latgale', 'vsac', 'LPR');
export const KALKUNI = organisation(
  'branch-kalkuni',
  'Kalkūni',
  'vsac_branch',
  'LPR',
  LATGALE.id,
);
export const KALUPE = organisation(
  'branch-kalupe',
  'Kalupe',
  'vsac_branch',
  'LPR',
  LATGALE.id,
);
export const KRASTINI = organisation(
  'branch-krastini',
  'Krastiņi',
  'vsac_branch',
  'LPR',
  LATGALE.id,
);
export const DAUGAVPILS = organisation(
  'mun-daugavpils',
  'Daugavpils valstspilsēta',
  'municipality',
  'LPR',
);
export const RIGA = organisation(
  'mun-riga',
  'Rīgas valstspilsēta',
  'municipality',
  'RPR',
);
export const PROVIDER = organisation(
  'ngo-provider',
  'Biedrība "Apmācību centrs"',
  'provider',
  'RPR',
);

export const ALL_ORGANISATIONS = [
  DAUGAVPILS,
  KALKUNI,
  KALUPE,
  KRASTINI,
  LATGALE,
  PROVIDER,
  RIGA,
];

export function pageOf<T>(
  items: T[],
  total = items.length,
  page = 1,
  pageSize = 200,
): Page<T> {
  return { items, total, page, pageSize };
}

/** The request for the whole organisations list (`ReferenceData`), not for a filtered one. */
export function isWholeOrganisationsList(req: HttpRequest<unknown>): boolean {
  return (
    req.url === API_PATHS.organisations &&
    !['q', 'regionCode', 'type'].some((filter) => req.params.has(filter))
  );
}

/** Answers the regions and organisations requests that `ReferenceData` makes, once per app. */
export function flushReferenceData(http: HttpTestingController): void {
  http.expectOne(API_PATHS.regions).flush(TEST_REGIONS);
  http.expectOne(isWholeOrganisationsList).flush(pageOf(ALL_ORGANISATIONS));
}
