import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import type { AttendanceConflict, AttendanceEntry, AttendanceMark, AttendanceStatus } from '@di/contracts';

/** A trainer's mark not yet stored by the server: the whole new state of one person's mark. */
export interface QueuedMark {
  enrolmentId: string;
  status: AttendanceStatus;
  minutesAttended: number | null;
  note: string | null;
  /** The version of the entry the trainer saw when making the change; the server refuses it if that moved on. */
  version: number;
  /** The server's mark, when someone changed it meanwhile: held back until the trainer decides. */
  conflict?: AttendanceEntry;
}

export type MarkChange = Omit<QueuedMark, 'conflict'>;

const KEY_PREFIX = 'di-training-attendance-queue:';

/**
 * The marks of each session's register that the server has not stored yet, kept in localStorage
 * so that none is lost to a dropped connection, a closed tab or a reload. A mark changed again
 * before it is sent keeps the version it was first based on: that is what the server last showed.
 */
@Injectable({ providedIn: 'root' })
export class MarkQueue {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;
  private readonly queues = new Map<string, QueuedMark[]>();
  /** Bumped on every change, so that signals reading the queue follow it. */
  private readonly revision = signal(0);

  marks(sessionId: string): readonly QueuedMark[] {
    this.revision();
    return this.queueOf(sessionId);
  }

  put(sessionId: string, change: MarkChange): void {
    const queue = this.queueOf(sessionId);
    const earlier = queue.find((mark) => mark.enrolmentId === change.enrolmentId);
    const next: QueuedMark = earlier ? { ...change, version: earlier.version, conflict: earlier.conflict } : { ...change };
    if (!next.conflict) delete next.conflict;
    this.store(sessionId, [...queue.filter((mark) => mark !== earlier), next]);
  }

  /** What may be sent now: every mark not waiting for the trainer's decision on a conflict. */
  sendable(sessionId: string): AttendanceMark[] {
    return this.queueOf(sessionId)
      .filter((mark) => !mark.conflict)
      .map(({ enrolmentId, status, minutesAttended, note, version }) => ({ enrolmentId, status, minutesAttended, note, version }));
  }

  /**
   * The server stored `sent`; `entries` is the register it answered with. A mark sent unchanged
   * leaves the queue; one changed again while on its way stays, based now on the stored version.
   */
  stored(sessionId: string, sent: readonly AttendanceMark[], entries: readonly AttendanceEntry[]): void {
    const versions = new Map(entries.map((entry) => [entry.enrolmentId, entry.version]));
    const bySent = new Map(sent.map((mark) => [mark.enrolmentId, mark]));
    const next = this.queueOf(sessionId).flatMap((mark) => {
      const sentMark = bySent.get(mark.enrolmentId);
      if (!sentMark || mark.conflict) return [mark];
      if (sameState(mark, sentMark)) return [];
      return [{ ...mark, version: versions.get(mark.enrolmentId) ?? mark.version }];
    });
    this.store(sessionId, next);
  }

  /** Someone else changed these marks meanwhile: each is held with the server's mark beside it. */
  conflicted(sessionId: string, conflicts: readonly AttendanceConflict[]): void {
    const byId = new Map(conflicts.map((conflict) => [conflict.enrolmentId, conflict.current]));
    this.store(
      sessionId,
      this.queueOf(sessionId).map((mark) => {
        const current = byId.get(mark.enrolmentId);
        return current ? { ...mark, conflict: current } : mark;
      }),
    );
  }

  /** The trainer's mark wins: sent again, based on the server's version. */
  keepMine(sessionId: string, enrolmentId: string): void {
    this.store(
      sessionId,
      this.queueOf(sessionId).map((mark) => {
        if (mark.enrolmentId !== enrolmentId || !mark.conflict) return mark;
        const { conflict, ...rest } = mark;
        return { ...rest, version: conflict.version };
      }),
    );
  }

  /** The server's mark wins (or the trainer drops the change): the queued mark goes. */
  discard(sessionId: string, enrolmentIds?: readonly string[]): void {
    this.store(
      sessionId,
      enrolmentIds ? this.queueOf(sessionId).filter((mark) => !enrolmentIds.includes(mark.enrolmentId)) : [],
    );
  }

  private queueOf(sessionId: string): QueuedMark[] {
    let queue = this.queues.get(sessionId);
    if (!queue) {
      queue = this.read(sessionId);
      this.queues.set(sessionId, queue);
    }
    return queue;
  }

  private read(sessionId: string): QueuedMark[] {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(KEY_PREFIX + sessionId) ?? '[]');
      return Array.isArray(value) ? value.filter(isQueuedMark) : [];
    } catch {
      return [];
    }
  }

  private store(sessionId: string, queue: QueuedMark[]): void {
    this.queues.set(sessionId, queue);
    try {
      if (queue.length === 0) this.storage?.removeItem(KEY_PREFIX + sessionId);
      else this.storage?.setItem(KEY_PREFIX + sessionId, JSON.stringify(queue));
    } catch {
      // Storage full or refused: the queue still lives in memory for as long as the page does.
    }
    this.revision.update((value) => value + 1);
  }
}

function sameState(a: AttendanceMark, b: AttendanceMark): boolean {
  return a.status === b.status && (a.minutesAttended ?? null) === (b.minutesAttended ?? null) && (a.note ?? null) === (b.note ?? null);
}

function isQueuedMark(value: unknown): value is QueuedMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Partial<QueuedMark>;
  return typeof mark.enrolmentId === 'string' && typeof mark.status === 'string' && typeof mark.version === 'number';
}
