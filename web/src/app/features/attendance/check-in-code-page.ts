import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { WEB_PATHS, type CheckInCode, type SessionRegister } from '@di/contracts';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { ACTIVE_LOCALE, LOCALE_BASE_PATHS, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { pageTitleFrom } from '../../core/title/page-title';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { AttendanceApi } from './attendance-api';
import { QrCode } from './qr-code';
import { sessionWhenText } from './session-text';

/** "123 456": two groups of three, easier to read from the back of a room. */
export function groupedDigits(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * The code participants check themselves in with, large enough for a room, and a QR code of the
 * check-in page with the code in its fragment; a new code on request.
 */
@Component({
  selector: 'app-check-in-code-page',
  imports: [RouterLink, MatButtonModule, LocalisedPipe, RigaDatePipe, LoadingIndicator, QrCode],
  templateUrl: './check-in-code-page.html',
  styleUrl: './check-in-code-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CheckInCodePage {
  private readonly api = inject(AttendanceApi);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly origin = inject(DOCUMENT).location.origin;

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  protected readonly register = signal<SessionRegister | null>(null);
  protected readonly code = signal<CheckInCode | null>(null);
  /** `none`: no code made yet (404). */
  protected readonly state = signal<'loading' | 'none' | 'shown'>('loading');
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected readonly digits = computed(() => groupedDigits(this.code()?.code ?? ''));
  /** The digits one by one, so a screen reader does not read "one hundred twenty-three thousand…". */
  protected readonly spokenDigits = computed(() => [...(this.code()?.code ?? '')].join(' '));
  protected readonly checkInUrl = computed(() => {
    const code = this.code();
    return code ? `${this.origin}${LOCALE_BASE_PATHS[this.locale]}${WEB_PATHS.checkIn(this.id(), code.code)}` : '';
  });
  protected readonly sessionText = computed(() => {
    const session = this.register()?.session;
    return session ? sessionWhenText(session.startsAt, session.endsAt) : '';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
    pageTitleFrom(() => {
      const register = this.register();
      return register ? $localize`:@@checkInCode.pageTitle:Reģistrācijas kods: ${localised(register.session.runTitle, this.locale)}:title:` : undefined;
    });
  }

  protected renew(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api.newCheckInCode(this.id()).subscribe({
      next: (code) => {
        this.busy.set(false);
        this.code.set(code);
        this.state.set('shown');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorMessage(error));
      },
    });
  }

  private load(id: string): void {
    this.api.register(id).subscribe({ next: (register) => this.register.set(register), error: () => this.register.set(null) });
    this.api.checkInCode(id).subscribe({
      next: (code) => {
        this.code.set(code);
        this.state.set('shown');
      },
      error: (error: unknown) => {
        this.state.set('none');
        if (toApiError(error).status !== 404) this.failure.set(errorMessage(error));
      },
    });
  }
}
