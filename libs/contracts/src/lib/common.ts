/** Text in Latvian (always) and English (when translated). */
export interface LocalisedText {
  lv: string;
  en?: string;
}

export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Field errors a client may put in its own words (the `message` is English). */
export const FIELD_ERROR_CODES = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_IS_EMAIL',
  'PASSWORD_WRONG',
  /** A password change to the password the person already has. */
  'PASSWORD_UNCHANGED',
  /** A new person without any role. */
  'ROLE_REQUIRED',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
  code?: FieldErrorCode;
}

/** The `code` of problems that a client may want to react to. */
export const PROBLEM_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'NOT_SIGNED_IN',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'TOKEN_INVALID',
  'ROLE_NOT_GRANTABLE',
  'EMAIL_TAKEN',
  'LAST_ADMIN',
  'NOT_INVITED',
  'STALE_UPDATE',
  'ALREADY_EXISTS',
  'REFERENCE_NOT_FOUND',
  'IN_USE',
  /** A trainer booked into two sessions at overlapping times; the problem names the other session. */
  'TRAINER_CONFLICT',
  /** The venue is taken at that time by another session (send `allowVenueClash` to book anyway). */
  'VENUE_CLASH',
  /** The session is cancelled: it cannot be changed (or marked) any more. */
  'SESSION_CANCELLED',
  /** The person already has a live enrolment (requested, enrolled, waitlisted, finished) in the run. */
  'ALREADY_ENROLLED',
  /** Outside the run's enrolment window, or the run is cancelled or over. */
  'ENROLMENT_CLOSED',
  /** No seat is free (for this person) and the run keeps no waiting list. */
  'RUN_FULL',
  /** The course is for another kind of participant than the person. */
  'AUDIENCE_MISMATCH',
  /** The enrolment cannot go from its status to the one asked for (approve a withdrawn one, say). */
  'INVALID_TRANSITION',
  /** The person has no seat in the session's run at the time of the session (or no enrolment in the module's course). */
  'NOT_ENROLLED',
  /** The check-in code is wrong, or the session is not on now. */
  'INVALID_CHECK_IN_CODE',
  /** A session's register opens an hour before it begins. */
  'REGISTER_NOT_OPEN',
  /** The file could not be read: an unknown encoding, not CSV or XLSX, or no header row. */
  'UNREADABLE_FILE',
  'INVALID_VALUE',
  'BUSY',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'DATABASE_UNAVAILABLE',
  'METHOD_NOT_ALLOWED',
  'CROSS_SITE_REQUEST',
  'INTERNAL_ERROR',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** For 400 `INVALID_INPUT` (and `REFERENCE_NOT_FOUND`): one entry per invalid field. */
  errors?: FieldError[];
  /** A stable machine-readable code; clients word it themselves (`detail` is English). */
  code?: ProblemCode;
  /** The request id, also found in the server log. */
  requestId?: string;
  /** For `TRAINER_CONFLICT` and `VENUE_CLASH`: the session already booked at that time. */
  otherSession?: ConflictingSession;
}

/** The session a booking collides with, as far as the person booking may be told of it. */
export interface ConflictingSession {
  id: string;
  startsAt: string;
  endsAt: string;
  runTitle: LocalisedText;
  venue: string | null;
}

/**
 * Editable resources carry `version`; a change sends the version it was based on (a `version`
 * field or `If-Match: "<version>"`) and gets 409 `STALE_UPDATE` if someone changed it first.
 */
export interface Versioned {
  version: number;
}
