import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type ChangePasswordRequest,
  type Me,
  type UpdateMeRequest,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError } from '../../core/api/http-params';

/** The signed-in person's own details. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  update(request: UpdateMeRequest): Observable<Me> {
    return this.http
      .patch<Me>(API_PATHS.me, request)
      .pipe(catchError(rethrowAsApiError));
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http
      .post<void>(API_PATHS.mePassword, request)
      .pipe(catchError(rethrowAsApiError));
  }
}
