import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  MAX_PAGE_SIZE,
  type Organisation,
  type OrganisationQuery,
  type Page,
  type Region,
} from '@di/contracts';
import { Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../api/http-params';

/**
 * Reads regions and organisations from the API. Errors arrive as `ApiError`. Pages that need the
 * whole lists (for choices and names) take them from `ReferenceData`, which asks here once.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  regions(): Observable<Region[]> {
    return this.http
      .get<Region[]>(API_PATHS.regions)
      .pipe(catchError(rethrowAsApiError));
  }

  page(query: OrganisationQuery): Observable<Page<Organisation>> {
    return this.http
      .get<
        Page<Organisation>
      >(API_PATHS.organisations, { params: toHttpParams(query) })
      .pipe(catchError(rethrowAsApiError));
  }

  /** Every organisation matching the query, reading page after page as the total requires. */
  all(
    query: Omit<OrganisationQuery, 'page' | 'pageSize'>,
  ): Observable<Organisation[]> {
    // The first request leaves `page` to the server's default, so later pages count on from
    // whatever page numbering the server uses.
    return this.page({ ...query, pageSize: MAX_PAGE_SIZE }).pipe(
      switchMap((first) => {
        const pageCount =
          first.pageSize > 0 ? Math.ceil(first.total / first.pageSize) : 1;
        if (first.items.length >= first.total || pageCount <= 1) {
          return of(first.items);
        }
        const rest = Array.from({ length: pageCount - 1 }, (_, index) =>
          this.page({
            ...query,
            pageSize: first.pageSize,
            page: first.page + index + 1,
          }),
        );
        return forkJoin(rest).pipe(
          map((pages) => [first, ...pages].flatMap((page) => page.items)),
        );
      }),
    );
  }
}
