import type { ConflictingSession, Problem } from '@di/contracts';
import type { ApiError } from '../../core/api/api-error';

/** The other session a conflict names. */
export type OtherSession = ConflictingSession;

/** What a refused save of a session means for the page. */
export type SessionSaveProblem =
  | { kind: 'trainerConflict'; other: OtherSession | null }
  | { kind: 'venueClash'; other: OtherSession | null };

/** The session a 409 names (`otherSession`), if it names one. */
export function otherSessionOf(problem: Problem): OtherSession | null {
  return problem.otherSession ?? null;
}

/** A trainer booked twice, or a venue taken at that time; else null (shown as a general error). */
export function sessionSaveProblem(error: ApiError): SessionSaveProblem | null {
  if (error.status !== 409) return null;
  const code: unknown = error.problem.code;
  if (code === 'TRAINER_CONFLICT') {
    return { kind: 'trainerConflict', other: otherSessionOf(error.problem) };
  }
  if (code === 'VENUE_CLASH') {
    return { kind: 'venueClash', other: otherSessionOf(error.problem) };
  }
  return null;
}

/** API field names of a session request → the form's controls. */
export const SESSION_FIELD_MAP: Readonly<Record<string, string>> = {
  startsAtLocal: 'startTime',
  startsAt: 'startTime',
  endsAtLocal: 'endTime',
  endsAt: 'endTime',
  meetingUrl: 'meetingUrl',
  venue: 'venue',
  address: 'address',
  trainerIds: 'trainers',
  moduleId: 'moduleId',
  capacity: 'capacity',
  mode: 'mode',
  'recurrence.interval': 'interval',
  'recurrence.weekdays': 'weekdays',
  'recurrence.count': 'count',
  'recurrence.until': 'until',
  'recurrence.frequency': 'repeat',
  recurrence: 'repeat',
};
