import type { Params } from '@angular/router';
import { ENROLMENT_STATUSES, REGION_CODES, type CompletionReportQuery, type EnrolmentStatus, type RegionCode, type ReportFilters, type ReportGrouping } from '@di/contracts';

/** The report's filters as kept in the URL (`?group=organisation&region=LPR&from=2026-12-01`), so a view can be shared. */
export interface ReportFilter {
  group?: ReportGrouping;
  region?: RegionCode;
  organisation?: string;
  project?: string;
  course?: string;
  run?: string;
  from?: string;
  to?: string;
  /** The people list only: people with this status. */
  status?: EnrolmentStatus;
  page?: number;
}

export type RawReportFilterParams = { [K in keyof ReportFilter]?: string };

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const id = (value: string | undefined) => (value && ID.test(value) ? value : undefined);
const date = (value: string | undefined) => (value && DATE.test(value) ? value : undefined);

/** Reads the filters from query params, leaving out what the API would refuse. */
export function parseReportFilter(params: RawReportFilterParams): ReportFilter {
  const page = Number(params.page);
  return {
    group: params.group === 'organisation' || params.group === 'region' ? params.group : undefined,
    region: REGION_CODES.find((code) => code === params.region),
    organisation: id(params.organisation),
    project: id(params.project),
    course: id(params.course),
    run: id(params.run),
    from: date(params.from),
    to: date(params.to),
    status: ENROLMENT_STATUSES.find((status) => status === params.status),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function reportFilterToQueryParams(filter: ReportFilter): Params {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([key, value]) => value !== undefined && !(key === 'page' && value === 1))
      .map(([key, value]) => [key, String(value)]),
  );
}

/**
 * By region until one region or organisation is chosen, then by organisation: the overview
 * first, the facilities of a region when one drills into it.
 */
export function groupingOf(filter: ReportFilter): ReportGrouping {
  return filter.group ?? (filter.region || filter.organisation ? 'organisation' : 'region');
}

export function reportFilterToQuery(filter: ReportFilter): CompletionReportQuery {
  return {
    groupBy: groupingOf(filter),
    regionCode: filter.region,
    organisationId: filter.organisation,
    projectId: filter.project,
    courseId: filter.course,
    runId: filter.run,
    from: filter.from,
    to: filter.to,
  };
}

/** The people list's query: the report's filters and a status. */
export function peopleQuery(filter: ReportFilter): ReportFilters & { status?: EnrolmentStatus } {
  const { groupBy: _grouping, ...filters } = reportFilterToQuery(filter);
  return { ...filters, status: filter.status };
}

export function sameReportFilter(a: ReportFilter, b: ReportFilter): boolean {
  return JSON.stringify(reportFilterToQueryParams(a)) === JSON.stringify(reportFilterToQueryParams(b));
}

export function isReportFilterActive(filter: ReportFilter): boolean {
  return Object.entries(filter).some(([key, value]) => key !== 'page' && key !== 'group' && key !== 'status' && value !== undefined);
}
