import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  viewChild,
} from '@angular/core';

export interface ErrorSummaryItem {
  text: string;
  /** The id of the field to go to; items without one are not about a single field. */
  targetId?: string;
}

/**
 * The list of what is wrong after a failed submit, at the top of a long form. The page moves focus
 * here (`focus()`); each entry links to its field.
 */
@Component({
  selector: 'app-error-summary',
  template: `
    <div class="error-summary" tabindex="-1" #box>
      <div role="alert">
        <h2 class="error-summary__heading">{{ shownHeading() }}</h2>
        <ul class="error-summary__list">
          @for (item of items(); track $index) {
            <li>
              @if (item.targetId; as targetId) {
                <a [href]="'#' + targetId" (click)="goTo($event, targetId)">{{
                  item.text
                }}</a>
              } @else {
                {{ item.text }}
              }
            </li>
          }
        </ul>
      </div>
    </div>
  `,
  styles: `
    .error-summary {
      margin: 0 0 1.5rem;
      padding: 1rem 1.25rem;
      border: 3px solid var(--app-error);
      border-radius: 8px;
      &:focus {
        outline: 3px solid var(--app-focus);
        outline-offset: 2px;
      }
    }
    .error-summary__heading {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .error-summary__list {
      margin: 0;
      padding-left: 1.25rem;
    }
    a {
      color: var(--app-error);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorSummary {
  readonly items = input.required<readonly ErrorSummaryItem[]>();
  /** By default: "please correct the errors" when some are the person's to fix, else "it did not work". */
  readonly heading = input<string>();
  protected readonly shownHeading = computed(
    () =>
      this.heading() ??
      (this.items().some((item) => item.targetId)
        ? $localize`:@@form.errorSummary.heading:Lūdzu, izlabojiet kļūdas`
        : // Nothing to correct in the form (no connection, a server error): not the person's mistake.
          $localize`:@@form.errorSummary.notDone:Neizdevās to izdarīt`),
  );
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  focus(): void {
    this.box().nativeElement.focus();
  }

  /** With `<base href="/lv/">` a bare `#id` link would leave the page, so focus the field here. */
  protected goTo(event: Event, targetId: string): void {
    event.preventDefault();
    const target =
      this.box().nativeElement.ownerDocument.getElementById(targetId);
    const focusable = target?.matches('input, select, textarea, button')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea, button');
    (focusable ?? target)?.focus();
  }
}
