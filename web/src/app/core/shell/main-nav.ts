import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

export interface NavItem {
  path: string;
  label: string;
}

/** The main navigation; later features (courses, calendar, reports) add an entry here. */
export const MAIN_NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/organisations',
    label: $localize`:@@nav.organisations:Organizācijas`,
  },
];

@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './main-nav.html',
  styleUrl: './main-nav.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNav {
  protected readonly items = MAIN_NAV_ITEMS;
}
