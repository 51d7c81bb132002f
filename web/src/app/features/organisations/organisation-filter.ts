import type { Params } from '@angular/router';
import {
  ORGANISATION_TYPES,
  REGION_CODES,
  type OrganisationQuery,
  type OrganisationType,
  type RegionCode,
} from '@di/contracts';

/** The filters of the organisations page, as kept in the URL: `?region=LPR&type=vsac_branch&q=kal`. */
export interface OrganisationFilter {
  region?: RegionCode;
  type?: OrganisationType;
  q?: string;
}

export interface RawFilterParams {
  region?: string;
  type?: string;
  q?: string;
}

/** Reads filters from query params, dropping values the API would reject. */
export function parseFilter(params: RawFilterParams): OrganisationFilter {
  const q = params.q?.trim();
  return {
    region: REGION_CODES.find((code) => code === params.region),
    type: ORGANISATION_TYPES.find((type) => type === params.type),
    q: q ? q : undefined,
  };
}

export function filterToQueryParams(filter: OrganisationFilter): Params {
  const params: Params = {};
  if (filter.region) params['region'] = filter.region;
  if (filter.type) params['type'] = filter.type;
  if (filter.q) params['q'] = filter.q;
  return params;
}

export function filterToQuery(filter: OrganisationFilter): OrganisationQuery {
  return { regionCode: filter.region, type: filter.type, q: filter.q };
}

export function isFiltered(filter: OrganisationFilter): boolean {
  return Boolean(filter.region || filter.type || filter.q);
}

export function sameFilter(
  a: OrganisationFilter,
  b: OrganisationFilter,
): boolean {
  return a.region === b.region && a.type === b.type && a.q === b.q;
}
