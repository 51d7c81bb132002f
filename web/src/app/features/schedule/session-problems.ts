import type { LocalisedText, Problem } from '@di/contracts';
import type { ApiError } from '../../core/api/api-error';

/** The other session a conflict names, as far as the problem tells it. */
export interface OtherSession {
  id: string | null;
  startsAt: string | null;
  endsAt: string | null;
  runTitle: LocalisedText | null;
  venue: string | null;
}

/** What a refused save of a session means for the page. */
export type SessionSaveProblem =
  | { kind: 'trainerConflict'; other: OtherSession | null }
  | { kind: 'venueClash'; other: OtherSession | null };

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function localisedText(value: unknown): LocalisedText | null {
  const record = asRecord(value);
  const lv = text(record?.['lv']);
  return lv ? { lv, en: text(record?.['en']) ?? undefined } : null;
}

/**
 * The other session of a 409 problem: the API names it in `otherSession` (or a list
 * `conflicts`, of which the first is shown).
 */
export function otherSessionOf(problem: Problem): OtherSession | null {
  const body = problem as unknown as Record<string, unknown>;
  const list = Array.isArray(body['conflicts']) ? body['conflicts'] : [];
  const found =
    asRecord(body['otherSession']) ??
    asRecord(body['conflictingSession']) ??
    asRecord(body['conflict']) ??
    asRecord(list[0]);
  if (!found) return null;
  const nested = asRecord(found['session']) ?? found;
  return {
    id: text(nested['id']) ?? text(found['otherSessionId']) ?? text(found['sessionId']),
    startsAt: text(nested['startsAt']),
    endsAt: text(nested['endsAt']),
    runTitle: localisedText(found['runTitle']) ?? localisedText(nested['runTitle']),
    venue: text(nested['venue']),
  };
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
