import type { CalendarSession } from '@di/contracts';
import { rigaParts } from '../../shared/riga-calendar';

/** A check-in code works from a quarter of an hour before an in-person session until it ends. */
export const CHECK_IN_EARLY_MS = 15 * 60 * 1000;
/** How far ahead "my courses" looks for each run's next session. */
export const NEXT_SESSIONS_DAYS = 28;
/** Looking back this far finds a session that began earlier and is still on. */
export const SESSION_ON_LOOKBACK_MS = 12 * 60 * 60 * 1000;

export interface NextSession {
  session: CalendarSession;
  /** `HH:mm` in Riga, when it ends. */
  endTime: string;
  /** In person and on now (or about to begin): the participant may check in. */
  checkInOpen: boolean;
}

/** The first session of each run that has not ended (cancelled ones skipped), by run id. */
export function nextSessionByRun(sessions: readonly CalendarSession[], now: number): Map<string, NextSession> {
  const next = new Map<string, NextSession>();
  const ordered = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const session of ordered) {
    const ends = Date.parse(session.endsAt);
    if (session.status !== 'scheduled' || ends <= now || next.has(session.runId)) continue;
    next.set(session.runId, {
      session,
      endTime: rigaParts(session.endsAt).time,
      checkInOpen: session.mode === 'in_person' && Date.parse(session.startsAt) - CHECK_IN_EARLY_MS <= now,
    });
  }
  return next;
}
