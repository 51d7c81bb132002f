import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type OutboxMessage,
  type Page,
  type PageQuery,
} from '@di/contracts';
import { Observable, catchError } from 'rxjs';
import { rethrowAsApiError, toHttpParams } from '../../core/api/http-params';

/** The outbox (admins). Errors arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class MailApi {
  private readonly http = inject(HttpClient);

  outbox(query: PageQuery): Observable<Page<OutboxMessage>> {
    return this.http
      .get<
        Page<OutboxMessage>
      >(API_PATHS.mailOutbox, { params: toHttpParams(query) })
      .pipe(catchError(rethrowAsApiError));
  }
}
