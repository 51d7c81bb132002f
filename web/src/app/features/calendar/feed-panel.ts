import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { CalendarFeed } from '@di/contracts';
import type { Observable } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { CalendarApi } from './calendar-api';

type FeedState =
  | { kind: 'hidden' }
  | { kind: 'shown'; url: string; renewed: boolean }
  | { kind: 'revoked' };

/**
 * The personal calendar feed: its address is a secret, so it is shown only when asked for, with
 * a warning, and can be renewed (the old one stops working) or revoked.
 */
@Component({
  selector: 'app-feed-panel',
  imports: [MatButtonModule],
  templateUrl: './feed-panel.html',
  styleUrl: './feed-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedPanel {
  private readonly api = inject(CalendarApi);
  private readonly clipboard = inject(DOCUMENT).defaultView?.navigator.clipboard;
  private readonly focus = focusAfterRender();

  protected readonly state = signal<FeedState>({ kind: 'hidden' });
  protected readonly shownFeed = computed(() => {
    const state = this.state();
    return state.kind === 'shown' ? state : null;
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly copied = signal<'yes' | 'no' | null>(null);
  private readonly address = viewChild<ElementRef<HTMLInputElement>>('address');
  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  protected show(): void {
    this.run(this.api.feed(), (feed) => this.state.set({ kind: 'shown', url: feed.url, renewed: false }));
  }

  protected hide(): void {
    this.state.set({ kind: 'hidden' });
    this.copied.set(null);
  }

  protected renew(): void {
    this.run(this.api.renewFeed(), (feed) => this.state.set({ kind: 'shown', url: feed.url, renewed: true }));
  }

  protected revoke(): void {
    this.run(this.api.revokeFeed(), () => this.state.set({ kind: 'revoked' }));
  }

  protected async copy(url: string): Promise<void> {
    try {
      if (!this.clipboard) throw new Error('no clipboard');
      await this.clipboard.writeText(url);
      this.copied.set('yes');
    } catch {
      // Without clipboard access the address is selected, for the person to copy themselves.
      this.address()?.nativeElement.select();
      this.copied.set('no');
    }
  }

  private run<T>(request: Observable<T | CalendarFeed | void>, done: (value: T) => void): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.copied.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value as T);
        this.focus.element(this.state().kind === 'shown' ? this.address : this.outcome);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorMessage(error));
        this.focus.element(this.outcome);
      },
    });
  }
}
