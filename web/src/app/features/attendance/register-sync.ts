import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { AttendanceConflict, AttendanceEntry, SessionRegister } from '@di/contracts';
import { ApiError, errorMessage, toApiError } from '../../core/api/api-error';
import { AttendanceApi } from './attendance-api';
import { MarkQueue, type MarkChange, type QueuedMark } from './mark-queue';
import { NetworkStatus } from './network-status';
import { RegisterCache } from './register-cache';

/** How long after the last change the marks go to the server, so that a run of key presses is one request. */
export const SAVE_DELAY_MS = 500;
/** While marks wait for a connection, how often to try again (the browser may not notice it is back). */
export const RETRY_INTERVAL_MS = 20_000;

/** One person on the register as the page shows them: the server's mark, and the trainer's waiting one. */
export interface RegisterRow {
  entry: AttendanceEntry;
  queued: QueuedMark | undefined;
}

export type LoadState = 'loading' | 'ready' | 'failed';

/**
 * A register and the marks on their way to it. Every change goes into the `MarkQueue` first
 * (localStorage), then to the server shortly after, when it can be reached; an answer without a
 * connection leaves it queued until the connection is back. Provided per page.
 */
@Injectable()
export class RegisterSync {
  private readonly api = inject(AttendanceApi);
  private readonly queue = inject(MarkQueue);
  private readonly cache = inject(RegisterCache);
  readonly network = inject(NetworkStatus);

  private readonly session = signal('');
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private destroyed = false;

  private get sessionId(): string {
    return this.session();
  }

  readonly register = signal<SessionRegister | null>(null);
  readonly loadState = signal<LoadState>('loading');
  readonly loadFailure = signal('');
  /** Shown from the browser's copy: the server could not be reached. */
  readonly fromCache = signal(false);
  readonly saving = signal(false);
  /** Why the last attempt to save failed (other than a lost connection or a conflict). */
  readonly saveFailure = signal<string | null>(null);
  /** The last word for the live region: "Saved", a conflict. */
  readonly announcement = signal('');

  readonly queued = computed(() => {
    const sessionId = this.session();
    return sessionId ? this.queue.marks(sessionId) : [];
  });
  readonly waiting = computed(() => this.queued().filter((mark) => !mark.conflict).length);
  readonly conflicts = computed(() => this.queued().filter((mark) => mark.conflict));
  readonly rows = computed<RegisterRow[]>(() => {
    const queued = new Map(this.queued().map((mark) => [mark.enrolmentId, mark]));
    return (this.register()?.entries ?? []).map((entry) => ({ entry, queued: queued.get(entry.enrolmentId) }));
  });

  constructor() {
    this.network.whenBack(() => this.flush(true));
    const retries = setInterval(() => {
      if (!this.network.online() && this.waiting() > 0) this.flush(true);
    }, RETRY_INTERVAL_MS);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
      clearInterval(retries);
    });
  }

  load(sessionId: string): void {
    this.session.set(sessionId);
    this.loadState.set(this.register() ? 'ready' : 'loading');
    this.api.register(sessionId).subscribe({
      next: (register) => {
        this.network.reached();
        this.show(register);
        this.fromCache.set(false);
        this.loadState.set('ready');
        this.flush(true);
      },
      error: (error: unknown) => {
        const cached = this.cache.load(sessionId);
        if (toApiError(error).status === 0) this.network.lost();
        if (toApiError(error).status === 0 && cached) {
          this.register.set(cached);
          this.fromCache.set(true);
          this.loadState.set('ready');
        } else if (!this.register()) {
          this.loadFailure.set(errorMessage(error));
          this.loadState.set('failed');
        }
      },
    });
  }

  /** The trainer's change of one person's mark, based on the entry as shown. */
  change(entry: AttendanceEntry, change: Omit<MarkChange, 'enrolmentId' | 'version'>): void {
    this.queue.put(this.sessionId, { enrolmentId: entry.enrolmentId, version: entry.version, ...change });
    this.saveFailure.set(null);
    this.later();
  }

  keepMine(enrolmentId: string): void {
    this.queue.keepMine(this.sessionId, enrolmentId);
    this.later();
  }

  /** The server's mark stays; it is shown from now on. */
  takeTheirs(enrolmentId: string): void {
    const conflict = this.queued().find((mark) => mark.enrolmentId === enrolmentId)?.conflict;
    this.queue.discard(this.sessionId, [enrolmentId]);
    if (conflict) this.replaceEntries([conflict]);
  }

  /** Drops the marks the server refused (after the trainer was told why). */
  discardWaiting(): void {
    this.queue.discard(this.sessionId, this.queue.sendable(this.sessionId).map((mark) => mark.enrolmentId));
    this.saveFailure.set(null);
  }

  /** Sends what waits; while offline only when `force`d (the retry button, the connection back). */
  flush(force = false): void {
    clearTimeout(this.timer);
    if (this.sending || this.destroyed || !this.sessionId || (!force && !this.network.online())) return;
    const marks = this.queue.sendable(this.sessionId);
    if (marks.length === 0) return;
    this.sending = true;
    this.saving.set(true);
    this.api.mark(this.sessionId, marks).subscribe({
      next: (register) => {
        this.network.reached();
        this.queue.stored(this.sessionId, marks, register.entries);
        this.show(register);
        this.fromCache.set(false);
        this.saveFailure.set(null);
        this.announcement.set($localize`:@@attendance.saved:Saglabāts`);
        this.sent();
      },
      error: (error: unknown) => {
        const problem = toApiError(error);
        if (problem.status === 0) {
          this.network.lost();
        } else if (problem.code === 'STALE_UPDATE') {
          const conflicts = conflictsOf(problem);
          this.queue.conflicted(this.sessionId, conflicts);
          this.replaceEntries(conflicts.map((conflict) => conflict.current));
          this.announcement.set(
            $localize`:@@attendance.conflict.announced:Kāds cits pa to laiku mainīja dažas atzīmes. Salīdziniet tās un izvēlieties, kuru paturēt.`,
          );
          // Nothing was written: the marks that were not in conflict go again at once.
          this.sent(conflicts.length > 0);
          return;
        } else {
          this.saveFailure.set(errorMessage(error));
        }
        this.sent(false);
      },
    });
  }

  private sent(again = true): void {
    this.sending = false;
    this.saving.set(false);
    if (again && this.network.online()) this.flush();
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  private show(register: SessionRegister): void {
    this.register.set(register);
    this.cache.save(register);
  }

  private replaceEntries(entries: readonly AttendanceEntry[]): void {
    const register = this.register();
    if (!register) return;
    const byId = new Map(entries.map((entry) => [entry.enrolmentId, entry]));
    this.show({ ...register, entries: register.entries.map((entry) => byId.get(entry.enrolmentId) ?? entry) });
  }
}

function conflictsOf(error: ApiError): AttendanceConflict[] {
  const value: unknown = (error.problem as { conflicts?: unknown }).conflicts;
  return Array.isArray(value)
    ? value.filter((item): item is AttendanceConflict => typeof item === 'object' && item !== null && typeof (item as AttendanceConflict).enrolmentId === 'string' && typeof (item as AttendanceConflict).current === 'object')
    : [];
}

