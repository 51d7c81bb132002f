import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  API_PATHS,
  type MailDelivery,
  type MailDeliveryMode,
} from '@di/contracts';
import { catchError, of } from 'rxjs';

/**
 * How the platform delivers mail (`GET /api/mail/delivery`), so that no notice claims a message
 * was sent when it was not. Asked once, when a page first needs it (`load()`), and kept.
 */
@Injectable({ providedIn: 'root' })
export class MailDeliveryInfo {
  private readonly http = inject(HttpClient);
  private readonly wanted = signal(false);

  private readonly resource = rxResource({
    params: () => (this.wanted() ? true : undefined),
    stream: () =>
      this.http
        .get<MailDelivery>(API_PATHS.mailDelivery)
        // Unknown (an older API, no network): notices keep their ordinary wording.
        .pipe(catchError(() => of(null))),
  });

  /** Undefined until known (or when the API does not say). */
  readonly mode = computed<MailDeliveryMode | undefined>(() =>
    this.resource.hasValue() ? (this.resource.value()?.mode ?? undefined) : undefined,
  );
  readonly isDemo = computed(() => this.mode() === 'demo');

  /** Starts asking, if nobody has yet. Call where a notice or link depends on the mode. */
  load(): void {
    this.wanted.set(true);
  }
}
