import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type CreateUserRequest,
  type Page,
  type UpdateUserRequest,
  type User,
  type UserQuery,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

/** People and their roles. Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<User>> {
    return this.http
      .get<Page<User>>(API_PATHS.users, { params: toHttpParams(query) })
      .pipe(catchError(rethrowAsApiError));
  }

  get(id: string): Observable<User> {
    return this.http
      .get<User>(API_PATHS.user(id))
      .pipe(catchError(rethrowAsApiError));
  }

  create(request: CreateUserRequest): Observable<User> {
    return this.http
      .post<User>(API_PATHS.users, request)
      .pipe(catchError(rethrowAsApiError));
  }

  update(id: string, request: UpdateUserRequest): Observable<User> {
    return this.http
      .patch<User>(API_PATHS.user(id), request)
      .pipe(catchError(rethrowAsApiError));
  }

  resendInvitation(id: string): Observable<void> {
    return this.http
      .post<void>(API_PATHS.userInvitation(id), null)
      .pipe(catchError(rethrowAsApiError));
  }
}
