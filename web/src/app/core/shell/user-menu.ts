import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AuthSession } from '../auth/auth-session';

/** The signed-in person's name (to their profile) and the sign-out button, in the header. */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, RouterLinkActive],
  template: `
    @if (session.me(); as me) {
      <div class="user-menu">
        <a
          class="user-menu__profile"
          routerLink="/profile"
          routerLinkActive="user-menu__profile--active"
          ariaCurrentWhenActive="page"
        >
          <span class="visually-hidden" i18n="@@userMenu.profilePrefix"
            >Mans profils:
          </span>
          {{ me.fullName }}
        </a>
        <button
          type="button"
          class="user-menu__sign-out"
          [attr.aria-disabled]="signingOut() ? 'true' : null"
          (click)="signOut()"
          i18n="@@userMenu.signOut"
        >
          Iziet
        </button>
      </div>
    }
  `,
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  protected readonly session = inject(AuthSession);
  protected readonly signingOut = signal(false);

  protected async signOut(): Promise<void> {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    try {
      await this.session.signOut();
    } finally {
      this.signingOut.set(false);
    }
  }
}
