import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PATHS, type GeneratedFile } from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** Files a background job makes for the caller: their progress, and the file once made. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class GeneratedFilesApi {
  private readonly http = inject(HttpClient);

  file(id: string): Observable<GeneratedFile> {
    return this.http.get<GeneratedFile>(API_PATHS.generatedFile(id)).pipe(catchError(rethrowAsApiError));
  }

  /** The file itself (with the token, which a plain link could not send). */
  content(id: string): Observable<Blob> {
    return this.http.get(API_PATHS.generatedFileContent(id), { responseType: 'blob' }).pipe(catchError(rethrowAsApiError));
  }
}
