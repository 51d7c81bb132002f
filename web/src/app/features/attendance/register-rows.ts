import type { AttendanceEntry, AttendanceStatus } from '@di/contracts';
import type { QueuedMark } from './mark-queue';

/** A person's mark as the trainer last set it: the waiting change if there is one, else the server's. */
export interface ShownMark {
  status: AttendanceStatus;
  minutesAttended: number | null;
  note: string | null;
}

export function shownMark(entry: AttendanceEntry, queued: QueuedMark | undefined): ShownMark {
  const source = queued ?? entry;
  return { status: source.status, minutesAttended: source.minutesAttended, note: source.note };
}

/** Only people who held a seat when the session took place can be marked. */
export function isMarkable(entry: AttendanceEntry): boolean {
  return entry.standing === 'enrolled';
}

/** A register is taken from an hour before the session begins (as the API allows). */
export const REGISTER_OPENS_BEFORE_MS = 60 * 60 * 1000;

export function registerOpensAt(startsAt: string): number {
  return new Date(startsAt).getTime() - REGISTER_OPENS_BEFORE_MS;
}

/** Typing in a field: the register's keys leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type);
}
