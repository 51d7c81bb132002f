import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type Course,
  type CourseModule,
  type CourseQuery,
  type CourseRun,
  type CourseSummary,
  type Page,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

/** Upcoming runs shown on a course's page: a course seldom has more at once. */
export const COURSE_RUNS_PAGE_SIZE = 50;

/** The course catalogue: courses, their modules and upcoming runs. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  courses(query: CourseQuery): Observable<Page<CourseSummary>> {
    return this.http
      .get<
        Page<CourseSummary>
      >(API_PATHS.courses, { params: toHttpParams(query) })
      .pipe(catchError(rethrowAsApiError));
  }

  /** A course with its modules in order. */
  course(id: string): Observable<Course> {
    return this.http
      .get<Course>(API_PATHS.course(id))
      .pipe(catchError(rethrowAsApiError));
  }

  /** The course's runs that have not ended yet. */
  upcomingRuns(courseId: string): Observable<Page<CourseRun>> {
    return this.http
      .get<Page<CourseRun>>(API_PATHS.courseRuns(courseId), {
        params: toHttpParams({
          upcoming: true,
          page: 1,
          pageSize: COURSE_RUNS_PAGE_SIZE,
        }),
      })
      .pipe(catchError(rethrowAsApiError));
  }

  /** A module with its content (HTML sanitised by the server), links and attachments. */
  module(id: string): Observable<CourseModule> {
    return this.http
      .get<CourseModule>(API_PATHS.module(id))
      .pipe(catchError(rethrowAsApiError));
  }

  /** An attachment's file (with the token, which a plain link could not send). */
  attachment(id: string): Observable<Blob> {
    return this.http
      .get(API_PATHS.attachment(id), { responseType: 'blob' })
      .pipe(catchError(rethrowAsApiError));
  }
}
