/**
 * The job queue of session changes that the people holding a seat are told of by email with an
 * updated `.ics`. The sessions service adds a job in the transaction that makes the change; the
 * session-notices worker sends the messages.
 */
export const SESSION_CHANGE_QUEUE = 'session-change';

export type SessionChange = 'rescheduled' | 'cancelled';

export interface SessionChangeJob {
  /** The sessions changed by one request (one occurrence, or this and the following of a series). */
  sessionIds: string[];
  change: SessionChange;
  /** Who made the change; null for the platform itself. */
  actorUserId: string | null;
}
