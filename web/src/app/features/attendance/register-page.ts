import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { AttendanceEntry, AttendanceStatus } from '@di/contracts';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { pageTitleFrom } from '../../core/title/page-title';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { RigaDatePipe, formatRigaDateTime } from '../../shared/riga-date.pipe';
import { MARK_KEYS, attendanceStatusLabel, sourceLabel, standingLabel, statusForKey } from './attendance-labels';
import { NetworkStatus } from './network-status';
import { RegisterConflicts } from './register-conflicts';
import { isMarkable, isTypingTarget, registerOpensAt, shownMark } from './register-rows';
import { RegisterSync } from './register-sync';
import { sessionModeText, sessionWhenText } from './session-text';
import { ReportImportSection, type ManualMark } from './report-import-section';

/**
 * A session's register for its trainer: the roster as one keyboard stop (arrows move between
 * people, one key per state), marks saved shortly after each change and queued in the browser
 * while offline, conflicts with someone else's marks shown side by side.
 */
@Component({
  selector: 'app-register-page',
  imports: [RouterLink, MatButtonModule, LocalisedPipe, RigaDatePipe, LoadError, LoadingIndicator, RegisterConflicts, ReportImportSection],
  providers: [NetworkStatus, RegisterSync],
  templateUrl: './register-page.html',
  styleUrl: './register-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RegisterPage {
  protected readonly sync = inject(RegisterSync);
  private readonly auth = inject(AuthSession);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  protected readonly keys = MARK_KEYS;
  protected readonly backspaceKey = 'Backspace';
  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly register = this.sync.register;
  protected readonly online = this.sync.network.online;
  private readonly now = signal(Date.now());
  protected readonly activeIndex = signal(0);

  protected readonly opensAt = computed(() => {
    const register = this.register();
    return register ? registerOpensAt(register.session.startsAt) : 0;
  });
  protected readonly open = computed(() => this.now() >= this.opensAt());
  protected readonly canMark = computed(() => (this.register()?.markable ?? false) && this.open());
  protected readonly mayShowCode = computed(() => (this.register()?.markable ?? false) && this.auth.can('attendance.mark'));
  protected readonly sessionText = computed(() => {
    const session = this.register()?.session;
    if (!session) return '';
    const place = session.mode === 'in_person' && session.venue ? `: ${session.venue}` : '';
    return `${sessionWhenText(session.startsAt, session.endsAt)}, ${sessionModeText(session.mode)}${place}`;
  });
  protected readonly rows = computed(() =>
    this.sync.rows().map(({ entry, queued }, index) => {
      const mark = shownMark(entry, queued);
      return {
        index,
        entry,
        queued,
        mark,
        markable: isMarkable(entry),
        standing: standingLabel(entry.standing),
        source: sourceLabel(entry.source),
        label: `${entry.fullName}: ${attendanceStatusLabel(mark.status)}`,
      };
    }),
  );
  protected readonly enrolledEntries = computed(() => (this.register()?.entries ?? []).filter(isMarkable));
  protected readonly unmarkedCount = computed(() => this.rows().filter((row) => row.markable && row.mark.status === 'unmarked').length);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.sync.load(id));
    });
    const clock = setInterval(() => this.now.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));
    pageTitleFrom(() => {
      const register = this.register();
      if (!register) return undefined;
      const title = localised(register.session.runTitle, this.locale);
      const when = formatRigaDateTime(register.session.startsAt);
      return $localize`:@@register.pageTitle:Apmeklējums: ${title}:title:, ${when}:when:`;
    });
  }

  protected setStatus(entry: AttendanceEntry, status: AttendanceStatus): void {
    if (!this.canMark() || !isMarkable(entry)) return;
    const row = this.sync.rows().find((candidate) => candidate.entry.enrolmentId === entry.enrolmentId);
    const mark = shownMark(entry, row?.queued);
    if (mark.status === status) return;
    this.sync.change(entry, { ...mark, status });
    this.sync.announcement.set(`${entry.fullName}: ${attendanceStatusLabel(status)}`);
  }

  protected setMinutes(entry: AttendanceEntry, event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    const minutes = value === '' ? null : Number(value);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)) return;
    this.changeField(entry, { minutesAttended: minutes });
  }

  protected setNote(entry: AttendanceEntry, event: Event): void {
    const note = (event.target as HTMLInputElement).value;
    this.changeField(entry, { note: note.trim() === '' ? null : note });
  }

  /** Everyone still unmarked becomes present; the exceptions are marked after. */
  protected allPresent(): void {
    if (!this.canMark()) return;
    const unmarked = this.rows().filter((row) => row.markable && row.mark.status === 'unmarked');
    for (const row of unmarked) this.sync.change(row.entry, { ...row.mark, status: 'present' });
    this.sync.announcement.set($localize`:@@register.allPresent.done:Atzīmēti kā klātesoši: ${unmarked.length}:count:`);
  }

  protected onKeydown(event: KeyboardEvent, index: number, entry: AttendanceEntry): void {
    if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    const last = this.rows().length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(index + 1, last), ArrowUp: Math.max(index - 1, 0), Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      this.focusRow(moves[event.key]);
      return;
    }
    const status = statusForKey(event.key);
    if (status && !event.shiftKey) {
      event.preventDefault();
      this.setStatus(entry, status);
    }
  }

  protected onFocusIn(index: number): void {
    this.activeIndex.set(index);
  }

  protected importedMarks(marks: readonly ManualMark[]): void {
    for (const { entry, status, minutes } of marks) {
      const row = this.sync.rows().find((candidate) => candidate.entry.enrolmentId === entry.enrolmentId);
      this.sync.change(entry, { ...shownMark(entry, row?.queued), status, minutesAttended: minutes });
    }
    this.sync.load(this.id());
  }

  protected retry(): void {
    this.sync.flush(true);
  }

  protected reload(): void {
    this.sync.load(this.id());
  }

  protected discardWaiting(): void {
    this.sync.discardWaiting();
  }

  private changeField(entry: AttendanceEntry, change: Partial<{ minutesAttended: number | null; note: string | null }>): void {
    if (!this.canMark() || !isMarkable(entry)) return;
    const row = this.sync.rows().find((candidate) => candidate.entry.enrolmentId === entry.enrolmentId);
    this.sync.change(entry, { ...shownMark(entry, row?.queued), ...change });
  }

  private focusRow(index: number): void {
    this.activeIndex.set(index);
    this.host.nativeElement.querySelector<HTMLElement>(`li[data-index="${index}"]`)?.focus();
  }
}
