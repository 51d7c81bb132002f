import type { PageQuery } from './common';
import type { RegionCode } from './regions';

export const ORGANISATION_TYPES = [
  'vsac',
  'vsac_branch',
  'municipality',
  'childcare_institution',
  'provider',
  'planning_region_office',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  /** The parent body, e.g. the VSAC of a branch; null for top-level organisations. */
  parentId: string | null;
  regionCode: RegionCode;
}

export interface OrganisationQuery extends PageQuery {
  regionCode?: RegionCode;
  type?: OrganisationType;
  /** Case- and accent-insensitive search in the name. */
  q?: string;
}

export interface CreateOrganisationRequest {
  name: string;
  type: OrganisationType;
  regionCode: RegionCode;
  parentId?: string | null;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;
