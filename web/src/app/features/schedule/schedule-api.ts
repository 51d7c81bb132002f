import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type CancelSessionRequest,
  type Course,
  type CourseRun,
  type CreateRunRequest,
  type CreateSessionsRequest,
  type Page,
  type Project,
  type UpdateRunRequest,
  type User,
  type SessionBatch,
  type TrainingSession,
  type UpdateSessionRequest,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';
import { RunsApi } from '../../shared/runs/runs-api';

/** A run's sessions and what the schedule editor needs around them. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class ScheduleApi {
  private readonly http = inject(HttpClient);
  private readonly runs = inject(RunsApi);

  run(id: string): Observable<CourseRun> {
    return this.runs.run(id);
  }

  /** For the module choice: the run's course with its modules. */
  course(id: string): Observable<Course> {
    return this.http
      .get<Course>(API_PATHS.course(id))
      .pipe(catchError(rethrowAsApiError));
  }

  createRun(courseId: string, request: CreateRunRequest): Observable<CourseRun> {
    return this.http.post<CourseRun>(API_PATHS.courseRuns(courseId), request).pipe(catchError(rethrowAsApiError));
  }

  updateRun(id: string, request: UpdateRunRequest): Observable<CourseRun> {
    return this.http.patch<CourseRun>(API_PATHS.run(id), request).pipe(catchError(rethrowAsApiError));
  }

  /** The funding projects, for the run's choice. */
  projects(): Observable<Page<Project>> {
    return this.http.get<Page<Project>>(API_PATHS.projects, { params: { pageSize: 200 } }).pipe(catchError(rethrowAsApiError));
  }

  project(id: string): Observable<Project> {
    return this.http.get<Project>(API_PATHS.project(id)).pipe(catchError(rethrowAsApiError));
  }

  /** The trainers the caller may see (a coordinator: those in their scope). */
  trainers(): Observable<Page<User>> {
    return this.http.get<Page<User>>(API_PATHS.users, { params: { role: 'trainer', pageSize: 200 } }).pipe(catchError(rethrowAsApiError));
  }

  sessions(runId: string): Observable<{ items: TrainingSession[] }> {
    return this.http
      .get<{ items: TrainingSession[] }>(API_PATHS.runSessions(runId))
      .pipe(catchError(rethrowAsApiError));
  }

  create(runId: string, request: CreateSessionsRequest): Observable<SessionBatch> {
    return this.http
      .post<SessionBatch>(API_PATHS.runSessions(runId), request)
      .pipe(catchError(rethrowAsApiError));
  }

  update(id: string, request: UpdateSessionRequest): Observable<SessionBatch> {
    return this.http
      .patch<SessionBatch>(API_PATHS.session(id), request)
      .pipe(catchError(rethrowAsApiError));
  }

  cancel(id: string, request: CancelSessionRequest): Observable<SessionBatch> {
    return this.http
      .post<SessionBatch>(API_PATHS.sessionCancel(id), request)
      .pipe(catchError(rethrowAsApiError));
  }
}
