import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type AtRiskPerson,
  type CompletionPerson,
  type CompletionReport,
  type CompletionReportQuery,
  type EnrolmentStatus,
  type Page,
  type ReportFilters,
  type RunOverview,
} from '@di/contracts';
import { catchError, type Observable } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

export type ReportFile = 'completion.xlsx' | 'completion.csv' | 'people.xlsx' | 'people.csv';

/** The reports of the caller's scope, and their files. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  completion(query: CompletionReportQuery): Observable<CompletionReport> {
    return this.http.get<CompletionReport>(API_PATHS.reportCompletion, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  people(query: ReportFilters & { status?: EnrolmentStatus; page?: number; pageSize?: number }): Observable<Page<CompletionPerson>> {
    return this.http.get<Page<CompletionPerson>>(API_PATHS.reportPeople, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  atRisk(query: ReportFilters & { page?: number; pageSize?: number }): Observable<Page<AtRiskPerson>> {
    return this.http.get<Page<AtRiskPerson>>(API_PATHS.reportAtRisk, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  runs(query: ReportFilters & { page?: number; pageSize?: number }): Observable<Page<RunOverview>> {
    return this.http.get<Page<RunOverview>>(API_PATHS.reportRuns, { params: toHttpParams(query) }).pipe(catchError(rethrowAsApiError));
  }

  file(file: ReportFile, query: CompletionReportQuery & { status?: EnrolmentStatus }): Observable<Blob> {
    return this.http.get(API_PATHS.reportFile(file), { params: toHttpParams(query), responseType: 'blob' }).pipe(catchError(rethrowAsApiError));
  }
}
