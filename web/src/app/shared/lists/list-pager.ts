import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * Previous and next page of a list that is one of several on a page (so the page is not in the
 * URL), with "page n of m" between them; nothing when there is one page.
 */
@Component({
  selector: 'app-list-pager',
  imports: [MatButtonModule],
  template: `
    @if (pageCount() > 1) {
      <nav class="list-pager" [attr.aria-label]="label()">
        @if (page() > 1) {
          <button mat-button type="button" (click)="pageChange.emit(page() - 1)" i18n="@@pager.previous">Iepriekšējā lapa</button>
        }
        <span class="list-pager__current" i18n="@@pager.current">Lapa {{ page() }} no {{ pageCount() }}</span>
        @if (page() < pageCount()) {
          <button mat-button type="button" (click)="pageChange.emit(page() + 1)" i18n="@@pager.next">Nākamā lapa</button>
        }
      </nav>
    }
  `,
  styles: `
    .list-pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: 0.75rem;
    }
    .list-pager__current {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListPager {
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();
  /** Names the navigation, e.g. "Pages of the waiting list". */
  readonly label = input.required<string>();
  readonly pageChange = output<number>();
}
