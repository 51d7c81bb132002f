import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type Course,
  type CourseModule,
  type CreateCourseRequest,
  type CreateModuleRequest,
  type MarkdownPreview,
  type MarkdownPreviewRequest,
  type ModuleAttachment,
  type ReorderModulesRequest,
  type UpdateCourseRequest,
  type UpdateModuleRequest,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** What `DELETE /api/modules/:id` did: deleted it, or (with `retire`) retired it. */
export interface ModuleRemoval {
  outcome: 'deleted' | 'retired';
}

/** Writing courses, their modules and attachments (admins). Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class CourseEditorApi {
  private readonly http = inject(HttpClient);

  course(id: string): Observable<Course> {
    return this.http
      .get<Course>(API_PATHS.course(id))
      .pipe(catchError(rethrowAsApiError));
  }

  createCourse(request: CreateCourseRequest): Observable<Course> {
    return this.http
      .post<Course>(API_PATHS.courses, request)
      .pipe(catchError(rethrowAsApiError));
  }

  updateCourse(id: string, request: UpdateCourseRequest): Observable<Course> {
    return this.http
      .patch<Course>(API_PATHS.course(id), request)
      .pipe(catchError(rethrowAsApiError));
  }

  addModule(
    courseId: string,
    request: CreateModuleRequest,
  ): Observable<CourseModule> {
    return this.http
      .post<CourseModule>(API_PATHS.courseModules(courseId), request)
      .pipe(catchError(rethrowAsApiError));
  }

  /** The whole new order in one request, based on the course's `version`. */
  reorderModules(
    courseId: string,
    request: ReorderModulesRequest,
  ): Observable<Course> {
    return this.http
      .put<Course>(API_PATHS.courseModuleOrder(courseId), request)
      .pipe(catchError(rethrowAsApiError));
  }

  module(id: string): Observable<CourseModule> {
    return this.http
      .get<CourseModule>(API_PATHS.module(id))
      .pipe(catchError(rethrowAsApiError));
  }

  updateModule(
    id: string,
    request: UpdateModuleRequest,
  ): Observable<CourseModule> {
    return this.http
      .patch<CourseModule>(API_PATHS.module(id), request)
      .pipe(catchError(rethrowAsApiError));
  }

  /** `retire`: for a module the API would not delete (409 IN_USE). */
  removeModule(id: string, retire = false): Observable<ModuleRemoval> {
    return this.http
      .delete<ModuleRemoval>(API_PATHS.module(id), {
        params: retire ? { retire: 'true' } : {},
      })
      .pipe(catchError(rethrowAsApiError));
  }

  preview(markdown: string): Observable<MarkdownPreview> {
    const request: MarkdownPreviewRequest = { markdown };
    return this.http
      .post<MarkdownPreview>(API_PATHS.markdownPreview, request)
      .pipe(catchError(rethrowAsApiError));
  }

  /** The file itself is the body, with its own type; its name goes in `?fileName=`. */
  uploadAttachment(moduleId: string, file: File): Observable<ModuleAttachment> {
    return this.http
      .post<ModuleAttachment>(API_PATHS.moduleAttachments(moduleId), file, {
        params: { fileName: file.name },
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      })
      .pipe(catchError(rethrowAsApiError));
  }

  removeAttachment(id: string): Observable<void> {
    return this.http
      .delete<void>(API_PATHS.attachment(id))
      .pipe(catchError(rethrowAsApiError));
  }
}
