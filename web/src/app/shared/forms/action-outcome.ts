import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What became of an action, said in the page's words. */
export type ActionOutcome = { kind: 'done' | 'failed'; text: string };

/**
 * The announced outcome of an action: a success in a status region, a failure in an alert. The
 * box itself can take focus (query it with `read: ElementRef`), for pages where the button pressed may be gone.
 */
@Component({
  selector: 'app-action-outcome',
  host: { tabindex: '-1', class: 'outcome' },
  template: `
    <div role="status">
      @if (outcome()?.kind === 'done') {
        <div class="notice notice--success"><p>{{ outcome()?.text }}</p></div>
      }
    </div>
    <div role="alert">
      @if (outcome()?.kind === 'failed') {
        <div class="notice notice--error"><p>{{ outcome()?.text }}</p></div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    :host(:focus) {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionOutcomeBox {
  readonly outcome = input<ActionOutcome | null>(null);
}
