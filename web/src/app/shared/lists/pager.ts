import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, type Params } from '@angular/router';

/**
 * The links to a list's previous and next pages, with "page n of m" between them; nothing when
 * there is one page. Content (e.g. "showing 1–25 of 60") goes before the links.
 */
@Component({
  selector: 'app-pager',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './pager.scss',
  template: `
    @if (pageCount() > 1) {
      <nav class="pager" i18n-aria-label="@@pager.label" aria-label="Lapas">
        <ng-content />
        <ul class="pager__links">
          @if (page() > 1) {
            <li>
              <a [routerLink]="[]" [queryParams]="params()(page() - 1)" rel="prev" i18n="@@pager.previous">Iepriekšējā lapa</a>
            </li>
          }
          <li class="pager__current" i18n="@@pager.current">Lapa {{ page() }} no {{ pageCount() }}</li>
          @if (page() < pageCount()) {
            <li>
              <a [routerLink]="[]" [queryParams]="params()(page() + 1)" rel="next" i18n="@@pager.next">Nākamā lapa</a>
            </li>
          }
        </ul>
      </nav>
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();
  /** The query parameters of the link to another page. */
  readonly params = input.required<(page: number) => Params>();
}
