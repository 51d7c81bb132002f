import type { Params } from '@angular/router';
import {
  ROLES,
  USER_STATUSES,
  type Role,
  type UserQuery,
  type UserStatus,
} from '@di/contracts';

/** Rows per page of the people list. */
export const USERS_PAGE_SIZE = 25;

/** The filters of the people list, as kept in the URL: `?q=ann&organisation=…&role=trainer&status=invited&page=2`. */
export interface UserFilter {
  q?: string;
  organisation?: string;
  role?: Role;
  /** Account status, e.g. `invited`: who has not set a password yet. */
  status?: UserStatus;
  /** 1-based; absent means the first page. */
  page?: number;
}

export interface RawUserFilterParams {
  q?: string;
  organisation?: string;
  role?: string;
  status?: string;
  page?: string;
}

/** Reads filters from query params, dropping values the API would reject. */
export function parseUserFilter(params: RawUserFilterParams): UserFilter {
  const q = params.q?.trim();
  const organisation = params.organisation?.trim();
  const page = Number(params.page);
  return {
    q: q ? q : undefined,
    organisation: organisation ? organisation : undefined,
    role: ROLES.find((role) => role === params.role),
    status: USER_STATUSES.find((status) => status === params.status),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function userFilterToQueryParams(filter: UserFilter): Params {
  const params: Params = {};
  if (filter.q) params['q'] = filter.q;
  if (filter.organisation) params['organisation'] = filter.organisation;
  if (filter.role) params['role'] = filter.role;
  if (filter.status) params['status'] = filter.status;
  if (filter.page && filter.page > 1) params['page'] = String(filter.page);
  return params;
}

export function userFilterToQuery(filter: UserFilter): UserQuery {
  return {
    q: filter.q,
    organisationId: filter.organisation,
    role: filter.role,
    status: filter.status,
    page: filter.page ?? 1,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** Filtered by something other than the page. */
export function isUserFilterActive(filter: UserFilter): boolean {
  return Boolean(
    filter.q || filter.organisation || filter.role || filter.status,
  );
}

export function sameUserFilter(a: UserFilter, b: UserFilter): boolean {
  return (
    a.q === b.q &&
    a.organisation === b.organisation &&
    a.role === b.role &&
    a.status === b.status &&
    (a.page ?? 1) === (b.page ?? 1)
  );
}
