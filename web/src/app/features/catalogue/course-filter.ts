import type { Params } from '@angular/router';
import {
  COURSE_AUDIENCES,
  COURSE_STATUSES,
  REGION_CODES,
  type CourseAudience,
  type CourseQuery,
  type CourseStatus,
  type RegionCode,
} from '@di/contracts';

/** Courses per page of the catalogue. */
export const COURSES_PAGE_SIZE = 20;

/**
 * The catalogue's filters, as kept in the URL:
 * `?q=vsac&audience=vsac_staff&region=RPR&provider=…&status=draft&page=2`.
 */
export interface CourseFilter {
  q?: string;
  audience?: CourseAudience;
  /** Courses with a run organised in this planning region. */
  region?: RegionCode;
  /** The providing organisation's id. */
  provider?: string;
  /** Only for authors (`course.write`); the API shows participants published courses whatever is asked. */
  status?: CourseStatus;
  /** 1-based; absent means the first page. */
  page?: number;
}

export interface RawCourseFilterParams {
  q?: string;
  audience?: string;
  region?: string;
  provider?: string;
  status?: string;
  page?: string;
}

/** Reads filters from query params, dropping values the API would reject. */
export function parseCourseFilter(params: RawCourseFilterParams): CourseFilter {
  const q = params.q?.trim().slice(0, 100);
  const provider = params.provider?.trim();
  const page = Number(params.page);
  return {
    q: q ? q : undefined,
    audience: COURSE_AUDIENCES.find((audience) => audience === params.audience),
    region: REGION_CODES.find((code) => code === params.region),
    provider: provider ? provider : undefined,
    status: COURSE_STATUSES.find((status) => status === params.status),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function courseFilterToQueryParams(filter: CourseFilter): Params {
  const params: Params = {};
  if (filter.q) params['q'] = filter.q;
  if (filter.audience) params['audience'] = filter.audience;
  if (filter.region) params['region'] = filter.region;
  if (filter.provider) params['provider'] = filter.provider;
  if (filter.status) params['status'] = filter.status;
  if (filter.page && filter.page > 1) params['page'] = String(filter.page);
  return params;
}

/** `withStatus`: the person may filter by status (authors); others never send it. */
export function courseFilterToQuery(
  filter: CourseFilter,
  withStatus: boolean,
): CourseQuery {
  return {
    q: filter.q,
    audience: filter.audience,
    regionCode: filter.region,
    providerOrganisationId: filter.provider,
    status: withStatus ? filter.status : undefined,
    page: filter.page ?? 1,
    pageSize: COURSES_PAGE_SIZE,
  };
}

/** Filtered by something other than the page. */
export function isCourseFilterActive(filter: CourseFilter): boolean {
  return Boolean(
    filter.q ||
      filter.audience ||
      filter.region ||
      filter.provider ||
      filter.status,
  );
}

export function sameCourseFilter(a: CourseFilter, b: CourseFilter): boolean {
  return (
    a.q === b.q &&
    a.audience === b.audience &&
    a.region === b.region &&
    a.provider === b.provider &&
    a.status === b.status &&
    (a.page ?? 1) === (b.page ?? 1)
  );
}
