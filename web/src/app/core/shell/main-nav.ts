import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Role } from '@di/contracts';
import { ACCESS } from '../auth/access';
import { AuthSession } from '../auth/auth-session';

export interface NavItem {
  path: string;
  label: string;
  /** Shown only to people with one of these roles; to everyone signed in when absent. */
  roles?: readonly Role[];
}

/**
 * The main navigation for signed-in people; later features (courses, calendar, reports) add an
 * entry here, with the same `ACCESS` roles as their route.
 */
export const MAIN_NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/organisations',
    label: $localize`:@@nav.organisations:Organizācijas`,
  },
  {
    path: '/users',
    label: $localize`:@@nav.users:Lietotāji`,
    roles: ACCESS.users,
  },
];

/** Signed out, the only way on is to sign in. */
export const SIGNED_OUT_NAV_ITEMS: readonly NavItem[] = [
  { path: '/sign-in', label: $localize`:@@nav.signIn:Pieslēgties` },
];

export function visibleNavItems(
  items: readonly NavItem[],
  signedIn: boolean,
  hasAnyRole: (roles: readonly Role[]) => boolean,
): readonly NavItem[] {
  if (!signedIn) {
    return SIGNED_OUT_NAV_ITEMS;
  }
  return items.filter((item) => !item.roles || hasAnyRole(item.roles));
}

@Component({
  selector: 'app-main-nav',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './main-nav.html',
  styleUrl: './main-nav.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MainNav {
  private readonly session = inject(AuthSession);

  protected readonly items = computed(() =>
    visibleNavItems(MAIN_NAV_ITEMS, this.session.signedIn(), (roles) =>
      this.session.hasAnyRole(roles),
    ),
  );
}
