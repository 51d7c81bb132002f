import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { Pager } from '../../shared/lists/pager';
import type { OutboxMessage, OutboxStatus } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { MailDeliveryInfo } from '../../core/mail/mail-delivery';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { linkedText } from './linked-text';
import { MailApi } from './mail-api';
import { LoadError } from '../../shared/lists/load-error';

export const MAILBOX_PAGE_SIZE = 20;

function statusLabel(status: OutboxStatus): string {
  const labels: Record<OutboxStatus, string> = {
    pending: $localize`:@@mailbox.status.pending:Gaida nosūtīšanu`,
    sent: $localize`:@@mailbox.status.sent:Nosūtīta`,
    failed: $localize`:@@mailbox.status.failed:Neizdevās nosūtīt`,
    not_sent: $localize`:@@mailbox.status.notSent:Nav nosūtīta`,
  };
  return labels[status];
}

/**
 * The messages of a demo run, newest first, with their links: they were never sent, and are
 * shown only because the people are invented. Admins only.
 */
@Component({
  selector: 'app-demo-mailbox-page',
  imports: [MatButtonModule, LoadingIndicator, RigaDatePipe, Pager, LoadError],
  templateUrl: './demo-mailbox-page.html',
  styleUrl: './demo-mailbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DemoMailboxPage {
  private readonly api = inject(MailApi);
  protected readonly delivery = inject(MailDeliveryInfo);

  /** Query param, bound by the router. */
  readonly page = input<string>();

  private readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });

  private readonly result = rxResource({
    params: () => ({ page: this.pageNumber(), pageSize: MAILBOX_PAGE_SIZE }),
    stream: ({ params }) => this.api.outbox(params),
  });

  protected readonly loadingLabel = $localize`:@@mailbox.loading:Ielādē vēstules…`;
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly messages = computed(() => {
    const items: readonly OutboxMessage[] = this.result.hasValue()
      ? this.result.value().items
      : [];
    // Newest first, as the API sends them.
    return items.map((message) => ({
      message,
      status: statusLabel(message.status),
      parts: linkedText(message.text),
    }));
  });
  protected readonly total = computed(() =>
    this.result.hasValue() ? this.result.value().total : 0,
  );
  protected readonly currentPage = this.pageNumber;
  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil(this.total() / MAILBOX_PAGE_SIZE)),
  );
  protected readonly pageParams = (page: number) => ({
    page: page > 1 ? page : null,
  });

  constructor() {
    this.delivery.load();
  }

  protected retry(): void {
    this.result.reload();
  }
}
