import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission } from '@di/contracts';
import { AuthSession } from '../auth/auth-session';

export interface NavItem {
  path: string;
  label: string;
  /** Shown only to people who hold it: the permission the page's route asks for. */
  permission?: Permission;
}

/**
 * The main navigation for signed-in people; later features (courses, calendar, reports) add an
 * entry here, with the same permission as their route.
 */
export const MAIN_NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/organisations',
    label: $localize`:@@nav.organisations:Organizācijas`,
    permission: 'organisation.read',
  },
  {
    path: '/users',
    label: $localize`:@@nav.users:Lietotāji`,
    permission: 'user.read',
  },
];

/** Signed out, the only way on is to sign in. */
export const SIGNED_OUT_NAV_ITEMS: readonly NavItem[] = [
  { path: '/sign-in', label: $localize`:@@nav.signIn:Pieslēgties` },
];

export function visibleNavItems(
  items: readonly NavItem[],
  signedIn: boolean,
  can: (permission: Permission) => boolean,
): readonly NavItem[] {
  if (!signedIn) {
    return SIGNED_OUT_NAV_ITEMS;
  }
  return items.filter((item) => !item.permission || can(item.permission));
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
    visibleNavItems(MAIN_NAV_ITEMS, this.session.signedIn(), (permission) =>
      this.session.can(permission),
    ),
  );
}
