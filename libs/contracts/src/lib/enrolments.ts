import type { EnrolmentProgress } from './attendance';
import type { LocalisedText, PageQuery, Versioned } from './common';
import type { ParticipantKind } from './users';

export const ENROLMENT_STATUSES = ['requested', 'enrolled', 'waitlisted', 'rejected', 'withdrawn', 'completed', 'not_completed'] as const;
/**
 * `requested` waits for approval; `enrolled` holds a seat; `waitlisted` waits for one in order of
 * `position`; `rejected` and `withdrawn` end it (the person may enrol again, as a new enrolment);
 * `completed` and `not_completed` are the outcome.
 */
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that hold a seat of the run (and count as enrolled in reports). */
export const SEAT_HOLDING_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'completed', 'not_completed'];
/** Statuses of a live enrolment: a person has at most one of these per run. */
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['requested', 'enrolled', 'waitlisted', 'completed', 'not_completed'];

export interface Enrolment extends Versioned {
  id: string;
  runId: string;
  userId: string;
  /** The person's name and email, for those who may read the enrolment. */
  fullName: string;
  email: string;
  /** The person's home organisation when they enrolled (reports count them there). */
  organisationId: string | null;
  organisationName: string | null;
  status: EnrolmentStatus;
  /** For `waitlisted`: the place on the waiting list, 1 first. */
  position: number | null;
  /** For `waitlisted` with a seat offered: until when the person may accept it. */
  offerExpiresAt: string | null;
  /** Why it was rejected or withdrawn. */
  reason: string | null;
  /** When it was withdrawn (also after the run started). */
  withdrawnAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Who made the enrolment: the person themselves, a coordinator or an admin (null if gone). */
  enrolledBy: string | null;
}

/** An enrolment of the caller, with the run it is in and the progress towards completing it. */
export interface MyEnrolment extends Enrolment {
  run: { id: string; courseId: string; title: LocalisedText; startsOn: string; endsOn: string };
  progress: EnrolmentProgress;
}

export interface EnrolmentQuery extends PageQuery {
  status?: EnrolmentStatus;
  runId?: string;
  organisationId?: string;
  /** Part of the person's name or email. */
  q?: string;
}

/** `POST /api/runs/:id/enrolments`: without `userId`, the caller enrols themselves. */
export interface CreateEnrolmentRequest {
  userId?: string;
}

export interface BulkEnrolmentRequest {
  userIds: string[];
}

/** One person's outcome of a bulk enrolment or decision. */
export interface EnrolmentResult {
  userId?: string;
  enrolmentId?: string;
  /** The status reached, or `error`. */
  status: EnrolmentStatus | 'error';
  /** For `error`: the problem code (`ALREADY_ENROLLED`, `NOT_FOUND`, …). */
  code?: string;
  message?: string;
}

export interface BulkEnrolmentResponse {
  results: EnrolmentResult[];
}

/**
 * `PATCH /api/enrolments/:id`: `enrolled` approves a request (or promotes from the waiting list,
 * or accepts an offered seat), `rejected` rejects a request, `withdrawn` withdraws. A reason is
 * required to reject or withdraw.
 */
export interface UpdateEnrolmentRequest {
  status: 'enrolled' | 'rejected' | 'withdrawn';
  reason?: string;
  version?: number;
}

/** `POST /api/enrolments/decisions`: approve or reject several requests at once. */
export interface EnrolmentDecisionRequest {
  enrolmentIds: string[];
  status: 'enrolled' | 'rejected';
  reason?: string;
}

/** Seats held for a facility until `releaseAt`, after which they go back to the open pool. */
export interface SeatReservation {
  organisationId: string;
  organisationName: string;
  seats: number;
  /** People of that organisation (or its units) holding a seat. */
  taken: number;
  releaseAt: string;
  /** Set once the release has happened (seats not taken returned to the pool). */
  releasedAt: string | null;
}

export interface SeatReservationInput {
  organisationId: string;
  seats: number;
  releaseAt: string;
}

/** The run's seats at a glance: what the run page shows. */
export interface RunSeats {
  capacity: number;
  /** People holding a seat. */
  taken: number;
  /** Seats still held for facilities (reserved and not yet taken, before their release). */
  held: number;
  /** Seats anyone may take. */
  free: number;
  /** Seats offered to someone on the waiting list who has not answered yet. */
  offered: number;
  waitlisted: number;
  requested: number;
  waitlistAllowed: boolean;
  /** Hours a promoted person has to accept an offered seat; null promotes at once. */
  promotionOfferHours: number | null;
  reservations: SeatReservation[];
  version: number;
}

/** What the caller may do about a run, and why not. */
export interface EnrolmentOptions {
  /** The caller's live enrolment in the run, if any. */
  enrolment: Enrolment | null;
  /** What enrolling now would give: a seat, a request, a waiting-list place, or nothing (with why). */
  outcome: 'enrolled' | 'requested' | 'waitlisted' | 'not_possible';
  reason?: 'ENROLMENT_CLOSED' | 'AUDIENCE_MISMATCH' | 'RUN_FULL' | 'ALREADY_ENROLLED' | 'RUN_NOT_OPEN';
}

export const IMPORT_ROW_STATUSES = ['created', 'enrolled', 'waitlisted', 'requested', 'error'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One row of an enrolment import: the person as read (or as they will be created) and what happened. */
export interface ImportRowResult {
  /** The line in the file (1 is the header). */
  row: number;
  /** `created`: a new account was (or would be) created and enrolled. */
  status: ImportRowStatus;
  message: string;
  email?: string;
  fullName?: string;
  organisationId?: string;
  organisationName?: string;
  participantKind?: ParticipantKind;
  /** For `created`: the enrolment's status. */
  enrolmentStatus?: EnrolmentStatus;
}

export interface EnrolmentImportResponse {
  dryRun: boolean;
  /** What was read: `csv` or `xlsx`, with the encoding and separator found. */
  format: string;
  encoding?: string;
  delimiter?: string;
  /** False when nothing was written (a dry run, or errors without `partial`). */
  written: boolean;
  rows: ImportRowResult[];
}
