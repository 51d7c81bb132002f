import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type CourseSummary, type Page, type Project } from '@di/contracts';
import { catchError, type Observable } from 'rxjs';
import { rethrowAsApiError } from '../api/http-params';

/** The DI projects and the courses, as choices for filters (a few dozen of each, at most a page of 200). */
@Injectable({ providedIn: 'root' })
export class ChoicesApi {
  private readonly http = inject(HttpClient);

  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>(API_PATHS.projects, { params: { pageSize: 200 } }).pipe(catchError(rethrowAsApiError));
  }

  courses(): Observable<Page<CourseSummary>> {
    return this.http.get<Page<CourseSummary>>(API_PATHS.courses, { params: { pageSize: 200 } }).pipe(catchError(rethrowAsApiError));
  }
}
