import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthSession } from '../../core/auth/auth-session';
import { MailDeliveryInfo } from '../../core/mail/mail-delivery';

/** What was to be mailed: an invitation (also one sent again) or a password-reset link. */
export type MailNoticeKind = 'invitation' | 'passwordReset';

/**
 * The notice after something was mailed. With mail delivered, it shows the page's own "sent"
 * text (its content); in demo mode or without mail configured it says instead that nothing was
 * sent, why, and (to those who may read it) links to the demo mailbox or says what to configure.
 */
@Component({
  selector: 'app-mail-notice',
  imports: [RouterLink],
  template: `
    @switch (mode()) {
      @case ('demo') {
        <div class="notice mail-notice" [attr.data-mail-mode]="mode()">
          @if (kind() === 'invitation') {
            <p i18n="@@mailNotice.invitation.demo">
              Uzaicinājums uz {{ to() // i18n(ph="email") }} ir sagatavots, bet
              nav nosūtīts: platforma darbojas demo režīmā, un e-pasta vēstules
              netiek sūtītas.
            </p>
          } @else {
            <p i18n="@@mailNotice.passwordReset.demo">
              Šī ir demonstrācija, kurā e-pasta vēstules netiek sūtītas, tāpēc
              uz {{ to() // i18n(ph="email") }} nekas nav nosūtīts.
            </p>
          }
          @if (canReadOutbox()) {
            <p>
              <span i18n="@@mailNotice.demo.mailboxIntro"
                >Vēstuli ar saiti var izlasīt demo pastkastītē:</span
              >
              {{ ' ' }}
              <a routerLink="/demo-mailbox" i18n="@@mailNotice.demo.mailbox"
                >Atvērt demo pastkastīti</a
              >
            </p>
          }
        </div>
      }
      @case ('not_configured') {
        <div class="notice mail-notice" [attr.data-mail-mode]="mode()">
          @if (kind() === 'invitation') {
            <p i18n="@@mailNotice.invitation.notConfigured">
              Uzaicinājums uz {{ to() // i18n(ph="email") }} ir sagatavots, bet
              nav nosūtīts: platformā nav iestatīta e-pasta sūtīšana.
            </p>
          } @else {
            <p i18n="@@mailNotice.passwordReset.notConfigured">
              Platformā nav iestatīta e-pasta sūtīšana, tāpēc uz
              {{ to() // i18n(ph="email") }} nekas nav nosūtīts. Sazinieties ar
              platformas administratoru.
            </p>
          }
          @if (canReadOutbox()) {
            <p i18n="@@mailNotice.notConfigured.admin">
              Lai vēstules tiktu sūtītas, norādiet platformai SMTP serveri (vides
              mainīgais SMTP_URL) un palaidiet to no jauna.
            </p>
          } @else if (kind() === 'invitation') {
            <p i18n="@@mailNotice.notConfigured.other">
              Lūdziet platformas administratoru iestatīt e-pasta sūtīšanu.
            </p>
          }
        </div>
      }
      @default {
        <div class="notice notice--success mail-notice">
          <ng-content />
        </div>
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailNotice {
  private readonly delivery = inject(MailDeliveryInfo);
  private readonly session = inject(AuthSession);

  readonly kind = input.required<MailNoticeKind>();
  /** The address the message was for. */
  readonly to = input.required<string>();

  protected readonly mode = this.delivery.mode;
  /** Admins: the demo mailbox is theirs, and so is the mail configuration. */
  protected readonly canReadOutbox = computed(() =>
    this.session.can('mail.outbox.read'),
  );

  constructor() {
    this.delivery.load();
  }
}
