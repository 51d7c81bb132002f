import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type BulkEnrolmentResponse,
  type Enrolment,
  type EnrolmentDecisionRequest,
  type EnrolmentImportResponse,
  type EnrolmentOptions,
  type EnrolmentQuery,
  type MyEnrolment,
  type Page,
  type PageQuery,
  type RunSeats,
  type SeatReservation,
  type SeatReservationInput,
  type UpdateEnrolmentRequest,
  type User,
  type UserQuery,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

export interface ImportOptions {
  /** Only read and check the file; nothing is written. */
  dryRun: boolean;
  /** Write the valid rows even when others have errors. */
  partial?: boolean;
}

/** Enrolments: one's own, a run's, requests to decide, seats and reservations. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class EnrolmentsApi {
  private readonly http = inject(HttpClient);

  seats(runId: string): Observable<RunSeats> {
    return this.http.get<RunSeats>(API_PATHS.runSeats(runId)).pipe(catchError(rethrowAsApiError));
  }

  options(runId: string): Observable<EnrolmentOptions> {
    return this.http.get<EnrolmentOptions>(API_PATHS.runEnrolmentOptions(runId)).pipe(catchError(rethrowAsApiError));
  }

  /** Enrols the caller, or `userId` (a coordinator or admin enrolling someone). */
  enrol(runId: string, userId?: string): Observable<Enrolment> {
    return this.http.post<Enrolment>(API_PATHS.runEnrolments(runId), userId ? { userId } : {}).pipe(catchError(rethrowAsApiError));
  }

  list(runId: string, query: Omit<EnrolmentQuery, 'runId'>): Observable<Page<Enrolment>> {
    return this.http.get<Page<Enrolment>>(API_PATHS.runEnrolments(runId), { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  enrolMany(runId: string, userIds: readonly string[]): Observable<BulkEnrolmentResponse> {
    return this.http.post<BulkEnrolmentResponse>(API_PATHS.runEnrolmentsBulk(runId), { userIds }).pipe(catchError(rethrowAsApiError));
  }

  /** The file itself is the body, with its own type. */
  importFile(runId: string, file: Blob, options: ImportOptions): Observable<EnrolmentImportResponse> {
    return this.http
      .post<EnrolmentImportResponse>(API_PATHS.runEnrolmentsImport(runId), file, {
        params: toHttpParams({ dryRun: options.dryRun, partial: options.partial || undefined }),
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      })
      .pipe(catchError(rethrowAsApiError));
  }

  update(id: string, request: UpdateEnrolmentRequest): Observable<Enrolment> {
    return this.http.patch<Enrolment>(API_PATHS.enrolment(id), request).pipe(catchError(rethrowAsApiError));
  }

  decide(request: EnrolmentDecisionRequest): Observable<BulkEnrolmentResponse> {
    return this.http.post<BulkEnrolmentResponse>(API_PATHS.enrolmentDecisions, request).pipe(catchError(rethrowAsApiError));
  }

  /** Enrolments across runs that the caller may read (`status: 'requested'`: requests to decide). */
  search(query: EnrolmentQuery): Observable<Page<Enrolment>> {
    return this.http.get<Page<Enrolment>>(API_PATHS.enrolments, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  mine(query: PageQuery): Observable<Page<MyEnrolment>> {
    return this.http.get<Page<MyEnrolment>>(API_PATHS.meEnrolments, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  reservations(runId: string): Observable<SeatReservation[]> {
    return this.http.get<SeatReservation[]>(API_PATHS.runReservations(runId)).pipe(catchError(rethrowAsApiError));
  }

  /** Replaces the run's reservations; `runVersion` is the version they were based on. */
  saveReservations(runId: string, reservations: readonly SeatReservationInput[], runVersion: number): Observable<SeatReservation[]> {
    return this.http
      .put<SeatReservation[]>(API_PATHS.runReservations(runId), reservations, { headers: { 'If-Match': `"${runVersion}"` } })
      .pipe(catchError(rethrowAsApiError));
  }

  /** People the caller may enrol (a coordinator: those of their scope). */
  people(query: UserQuery): Observable<Page<User>> {
    return this.http.get<Page<User>>(API_PATHS.users, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }
}
