import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Permission, Role } from '@di/contracts';
import { AuthSession } from '../auth/auth-session';
import { MailDeliveryInfo } from '../mail/mail-delivery';

export interface NavItem {
  path: string;
  label: string;
  /** Shown only to people who hold it: the permission the page's route asks for. */
  permission?: Permission;
  /** Shown only in a demo run (the demo mailbox): elsewhere there is nothing there to read. */
  demoOnly?: boolean;
  /** Shown only to holders of this role, where the role itself is the point (a trainer's schedule). */
  role?: Role;
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
  {
    path: '/courses',
    label: $localize`:@@nav.courses:Kursi`,
    permission: 'course.read',
  },
  {
    path: '/my-enrolments',
    label: $localize`:@@nav.myEnrolments:Mani kursi`,
    permission: 'enrolment.create',
  },
  {
    path: '/my-sessions',
    label: $localize`:@@nav.mySessions:Manas nodarbības`,
    permission: 'calendar.read',
  },
  {
    path: '/my-schedule',
    label: $localize`:@@nav.mySchedule:Mans grafiks`,
    permission: 'calendar.read',
    role: 'trainer',
  },
  {
    path: '/enrolment-requests',
    label: $localize`:@@nav.pendingRequests:Pieteikumi`,
    permission: 'enrolment.approve',
  },
  {
    path: '/reports',
    label: $localize`:@@nav.reports:Pārskati`,
    permission: 'report.read',
  },
  {
    path: '/reports/runs',
    label: $localize`:@@nav.runOverview:Ciklu apmeklējums`,
    permission: 'report.runs.read',
    role: 'trainer',
  },
  {
    path: '/demo-mailbox',
    label: $localize`:@@nav.demoMailbox:Demo pastkastīte`,
    permission: 'mail.outbox.read',
    demoOnly: true,
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
  demo = false,
  roles: readonly Role[] = [],
): readonly NavItem[] {
  if (!signedIn) {
    return SIGNED_OUT_NAV_ITEMS;
  }
  return items.filter(
    (item) =>
      (!item.permission || can(item.permission)) &&
      (!item.demoOnly || demo) &&
      (!item.role || roles.includes(item.role)),
  );
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
  private readonly delivery = inject(MailDeliveryInfo);

  protected readonly items = computed(() =>
    visibleNavItems(
      MAIN_NAV_ITEMS,
      this.session.signedIn(),
      (permission) => this.session.can(permission),
      this.delivery.isDemo(),
      this.session.roles(),
    ),
  );

  constructor() {
    // Only those who may read the outbox need to know whether this is a demo run.
    effect(() => {
      if (this.session.can('mail.outbox.read')) {
        untracked(() => this.delivery.load());
      }
    });
  }
}
