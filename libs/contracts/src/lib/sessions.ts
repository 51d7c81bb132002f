import type { LocalisedText, Versioned } from './common';

export const SESSION_MODES = ['online', 'in_person'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** ISO weekday numbers, Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The most occurrences one series may have. */
export const MAX_SERIES_OCCURRENCES = 200;

/**
 * A repeating session: every `interval` days or weeks (on `weekdays` for weekly; the first
 * session's weekday when left out), `count` times or `until` a date (inclusive, Riga date).
 * Every occurrence keeps the first session's Europe/Riga wall-clock time.
 */
export interface Recurrence {
  frequency: RecurrenceFrequency;
  interval: number;
  weekdays?: IsoWeekday[];
  count?: number;
  until?: string;
}

export interface TrainingSession extends Versioned {
  id: string;
  runId: string;
  /** The series this session belongs to, if it was created as one. */
  seriesId: string | null;
  title: LocalisedText | null;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  meetingUrl: string | null;
  venue: string | null;
  address: string | null;
  trainerIds: string[];
  capacity: number | null;
  moduleId: string | null;
  status: SessionStatus;
  cancellationReason: string | null;
  /** Moves on with every change of time, place or status (iCalendar SEQUENCE). */
  sequence: number;
}

/**
 * `POST /api/runs/:id/sessions`. Times may be given as instants (`startsAt`/`endsAt`, UTC) or as
 * Riga wall-clock times (`startsAtLocal`/`endsAtLocal`, `2026-12-04T10:00`). A local time in the
 * spring-forward gap is refused; one in the autumn's repeated hour means its first occurrence
 * (summer time, +03:00).
 */
export interface CreateSessionsRequest {
  startsAt?: string;
  endsAt?: string;
  startsAtLocal?: string;
  endsAtLocal?: string;
  title?: LocalisedText | null;
  mode: SessionMode;
  meetingUrl?: string | null;
  venue?: string | null;
  address?: string | null;
  trainerIds: string[];
  capacity?: number | null;
  moduleId?: string | null;
  recurrence?: Recurrence;
  /** Book even when the venue is taken at that time (a trainer's double booking is never allowed). */
  allowVenueClash?: boolean;
}

export const SESSION_EDIT_SCOPES = ['this', 'following'] as const;
/** `this`: only this occurrence; `following`: this and the later sessions of its series. */
export type SessionEditScope = (typeof SESSION_EDIT_SCOPES)[number];

/**
 * `PATCH /api/sessions/:id`. With `scope: following`, a change of time moves each later
 * occurrence by the same wall-clock shift and the other fields are set on all of them.
 */
export interface UpdateSessionRequest {
  startsAt?: string;
  endsAt?: string;
  startsAtLocal?: string;
  endsAtLocal?: string;
  title?: LocalisedText | null;
  mode?: SessionMode;
  meetingUrl?: string | null;
  venue?: string | null;
  address?: string | null;
  trainerIds?: string[];
  capacity?: number | null;
  moduleId?: string | null;
  scope?: SessionEditScope;
  allowVenueClash?: boolean;
  version?: number;
}

export interface CancelSessionRequest {
  reason: string;
  scope?: SessionEditScope;
  version?: number;
}

/** 201 of `POST /api/runs/:id/sessions` and the answer of a series edit. */
export interface SessionBatch {
  items: TrainingSession[];
  /** Sessions at the same venue and time that were booked anyway (`allowVenueClash`). */
  venueClashes?: { sessionId: string; otherSessionId: string }[];
}

/** A session as a person's calendar shows it: with its run and course named. */
export interface CalendarSession extends TrainingSession {
  runTitle: LocalisedText;
  courseId: string;
  courseTitle: LocalisedText;
  /** Why it is in the calendar: the person is enrolled, or trains it. */
  relation: 'participant' | 'trainer';
}

export interface CalendarQuery {
  /** Instants (UTC); by default from now for 90 days. */
  from?: string;
  to?: string;
}

export interface CalendarFeed {
  /** The subscription address; it contains the secret, so it is shown only to its owner. */
  url: string;
  createdAt: string;
}
