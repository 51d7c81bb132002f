import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/** Quick loads show nothing, so the page does not flicker; slower ones say they are loading. */
export const LOADING_DELAY_MS = 300;

/**
 * "Loading…" with a spinner, for a page or a part of one that is waiting for data. Its live region
 * is always there, so screen readers announce the text (politely) when it appears. A plain
 * `aria-live` region rather than `role="status"`, so a page's own status (a result count) stays
 * the one status there is.
 */
@Component({
  selector: 'app-loading-indicator',
  imports: [MatProgressSpinnerModule],
  template: `
    <div class="loading" aria-live="polite" aria-atomic="true">
      @if (shown()) {
        <mat-progress-spinner
          class="loading__spinner"
          mode="indeterminate"
          diameter="24"
          aria-hidden="true"
        />
        <span class="loading__text">
          @if (label(); as label) {
            {{ label }}
          } @else {
            <ng-container i18n="@@loading.text">Ielādē…</ng-container>
          }
        </span>
      }
    </div>
  `,
  styles: `
    .loading {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    .loading:has(.loading__text) {
      margin: 0.75rem 0 1rem;
    }
    .loading__text {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingIndicator {
  /** Something is loading now. */
  readonly active = input(false);
  /** What is loading, e.g. "Loading the person's details…"; "Loading…" by default. */
  readonly label = input<string>();
  /** Show at once rather than after `LOADING_DELAY_MS`. */
  readonly immediate = input(false);

  protected readonly shown = signal(false);

  constructor() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
    effect(() => {
      const active = this.active();
      clearTimeout(timer);
      if (!active) {
        this.shown.set(false);
      } else if (this.immediate()) {
        this.shown.set(true);
      } else {
        timer = setTimeout(() => this.shown.set(true), LOADING_DELAY_MS);
      }
    });
  }
}
