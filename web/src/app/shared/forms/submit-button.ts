import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/**
 * A form's submit button that shows progress. While `busy` it stays focusable but is marked
 * `aria-disabled`; the form's submit handler must ignore submits meanwhile (`if (busy()) return`).
 */
@Component({
  selector: 'app-submit-button',
  imports: [MatButtonModule, MatProgressSpinnerModule],
  template: `
    <button
      mat-flat-button
      type="submit"
      class="submit"
      [class.submit--busy]="busy()"
      [attr.aria-disabled]="busy() || blocked() ? 'true' : null"
    >
      @if (busy()) {
        <mat-progress-spinner
          class="submit__spinner"
          mode="indeterminate"
          diameter="18"
          aria-hidden="true"
        />
      }
      <ng-content />
    </button>
    <span class="visually-hidden" role="status">
      @if (busy()) {
        <span i18n="@@form.busy">Lūdzu, uzgaidiet…</span>
      }
    </span>
  `,
  styles: `
    .submit {
      min-height: 2.75rem;
    }
    .submit__spinner {
      display: inline-block;
      margin-right: 0.5rem;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
    .submit[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.8;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitButton {
  /** The request is under way. */
  readonly busy = input(false);
  /** Submitting is not possible now for another reason (e.g. waiting after too many attempts). */
  readonly blocked = input(false);
}
