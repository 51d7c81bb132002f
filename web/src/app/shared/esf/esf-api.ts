import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type EsfAnswersRequest, type EsfParticipantReport, type MyEsfEntry, type Project } from '@di/contracts';
import { catchError, type Observable } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

@Injectable({ providedIn: 'root' })
export class EsfApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<MyEsfEntry[]> {
    return this.http.get<MyEsfEntry[]>(API_PATHS.meEsfEntries).pipe(catchError(rethrowAsApiError));
  }

  save(projectId: string, answers: EsfAnswersRequest): Observable<MyEsfEntry> {
    return this.http.put<MyEsfEntry>(API_PATHS.meEsfEntry(projectId), answers).pipe(catchError(rethrowAsApiError));
  }

  project(id: string): Observable<Project> {
    return this.http.get<Project>(API_PATHS.project(id)).pipe(catchError(rethrowAsApiError));
  }

  setCollecting(project: Project, collectsParticipantData: boolean): Observable<Project> {
    return this.http.patch<Project>(API_PATHS.project(project.id), { collectsParticipantData, version: project.version }).pipe(catchError(rethrowAsApiError));
  }

  report(projectId: string): Observable<EsfParticipantReport> {
    return this.http.get<EsfParticipantReport>(API_PATHS.projectParticipantReport(projectId)).pipe(catchError(rethrowAsApiError));
  }

  file(projectId: string, format: 'csv' | 'xlsx'): Observable<Blob> {
    return this.http.get(API_PATHS.projectParticipantReport(projectId, format), { responseType: 'blob' }).pipe(catchError(rethrowAsApiError));
  }
}
