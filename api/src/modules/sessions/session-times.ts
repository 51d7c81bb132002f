import { MAX_SERIES_OCCURRENCES, type FieldError, type Recurrence } from '@di/contracts';
import { InvalidInputError } from '../../errors/domain-error';
import { seriesDates } from '../../time/recurrence';
import { localMinutesBetween, readRigaLocal, rigaDateOf, shiftLocal, toRigaLocal } from '../../time/riga-time';

/** A session's time as a request gives it: instants, or Riga wall-clock times. */
export interface TimeFields {
  startsAt?: string;
  endsAt?: string;
  startsAtLocal?: string;
  endsAtLocal?: string;
}

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

const MAX_MINUTES = 24 * 60;
const dmy = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** A start and end on the Riga clock, and which fields of the request they came from. */
interface LocalPeriod {
  start: string;
  end: string;
  startField: 'startsAt' | 'startsAtLocal';
  endField: 'endsAt' | 'endsAtLocal';
}

function fail(field: string, message: string): never {
  throw new InvalidInputError([{ field, message }]);
}

/** The start and end a request gives, on the Riga clock; 400 naming the field when they are missing or mixed. */
export function localPeriodOf(input: TimeFields): LocalPeriod {
  if (input.startsAt !== undefined && input.startsAtLocal !== undefined) fail('startsAtLocal', 'Give startsAt or startsAtLocal, not both');
  if (input.endsAt !== undefined && input.endsAtLocal !== undefined) fail('endsAtLocal', 'Give endsAt or endsAtLocal, not both');
  const startField = input.startsAtLocal !== undefined ? 'startsAtLocal' : 'startsAt';
  const endField = input.endsAtLocal !== undefined ? 'endsAtLocal' : 'endsAt';
  const start = input.startsAtLocal ?? (input.startsAt !== undefined ? toRigaLocal(new Date(input.startsAt)) : undefined);
  const end = input.endsAtLocal ?? (input.endsAt !== undefined ? toRigaLocal(new Date(input.endsAt)) : undefined);
  if (start === undefined) fail('startsAtLocal', 'The start is required (startsAtLocal, or startsAt as an instant)');
  if (end === undefined) fail('endsAtLocal', 'The end is required (endsAtLocal, or endsAt as an instant)');
  return { start, end, startField, endField };
}

/** The instant of a Riga wall-clock time, or a 400 naming `field` (the spring-forward hour does not exist). */
export function instantOf(local: string, field: string): Date {
  const reading = readRigaLocal(local);
  if ('instant' in reading) return reading.instant;
  if (reading.problem === 'nonexistent') {
    fail(field, `${dmy(local.slice(0, 10))} ${local.slice(11)} does not exist in Riga: the clocks go forward from 03:00 to 04:00 that night`);
  }
  fail(field, `${field} must be a real date and time, YYYY-MM-DDTHH:mm`);
}

function assertLength(startsAt: Date, endsAt: Date, endField: string): void {
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60_000;
  if (minutes <= 0) fail(endField, 'The session must end after it starts');
  if (minutes > MAX_MINUTES) fail(endField, 'A session may last at most 24 hours');
}

/**
 * The periods of the sessions a creation asks for: one, or a series on the dates the recurrence
 * gives, each at the first session's Riga wall-clock start and length (so 10:00 stays 10:00
 * across a change of the clocks). Instants given for a single session are taken as they are.
 */
export function plannedPeriods(input: TimeFields, recurrence?: Recurrence): Period[] {
  const local = localPeriodOf(input);
  const single = recurrence === undefined;
  if (single && input.startsAt !== undefined && input.endsAt !== undefined) {
    const period = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
    assertLength(period.startsAt, period.endsAt, 'endsAt');
    return [period];
  }
  const first = { startsAt: instantOf(local.start, local.startField), endsAt: instantOf(local.end, local.endField) };
  assertLength(first.startsAt, first.endsAt, local.endField);
  if (single) return [first];
  const dates = seriesDates(local.start.slice(0, 10), recurrence);
  if (dates.length === 0) fail('recurrence.until', 'The series has no sessions: until is before the first session');
  if (dates.length > MAX_SERIES_OCCURRENCES) fail('recurrence', `A series may have at most ${MAX_SERIES_OCCURRENCES} sessions`);
  const length = localMinutesBetween(local.start, local.end);
  return dates.map((date) => {
    const start = `${date}${local.start.slice(10)}`;
    const end = shiftLocal(start, 0, length);
    const period = { startsAt: instantOf(start, local.startField), endsAt: instantOf(end, local.endField) };
    assertLength(period.startsAt, period.endsAt, local.endField);
    return period;
  });
}

/** One session's new period: the start or end given replaces the current one. */
export function changedPeriod(current: Period, input: TimeFields): Period {
  if (input.startsAt !== undefined && input.startsAtLocal !== undefined) fail('startsAtLocal', 'Give startsAt or startsAtLocal, not both');
  if (input.endsAt !== undefined && input.endsAtLocal !== undefined) fail('endsAtLocal', 'Give endsAt or endsAtLocal, not both');
  const startsAt = input.startsAtLocal !== undefined ? instantOf(input.startsAtLocal, 'startsAtLocal') : input.startsAt !== undefined ? new Date(input.startsAt) : current.startsAt;
  const endsAt = input.endsAtLocal !== undefined ? instantOf(input.endsAtLocal, 'endsAtLocal') : input.endsAt !== undefined ? new Date(input.endsAt) : current.endsAt;
  assertLength(startsAt, endsAt, input.endsAtLocal !== undefined ? 'endsAtLocal' : 'endsAt');
  return { startsAt, endsAt };
}

/**
 * New periods for sessions of a series edited "this and following": each moves by the same
 * wall-clock shift as the edited one (`from` → `to`), and takes its new length.
 */
export function shiftedPeriods(sessions: readonly Period[], from: Period, input: TimeFields): Period[] {
  const start = input.startsAtLocal ?? (input.startsAt !== undefined ? toRigaLocal(new Date(input.startsAt)) : toRigaLocal(from.startsAt));
  const end = input.endsAtLocal ?? (input.endsAt !== undefined ? toRigaLocal(new Date(input.endsAt)) : undefined);
  const startField = input.startsAtLocal !== undefined ? 'startsAtLocal' : 'startsAt';
  const endField = input.endsAtLocal !== undefined ? 'endsAtLocal' : 'endsAt';
  const shift = localMinutesBetween(toRigaLocal(from.startsAt), start);
  const length = end !== undefined ? localMinutesBetween(start, end) : localMinutesBetween(toRigaLocal(from.startsAt), toRigaLocal(from.endsAt));
  return sessions.map((session) => {
    const newStart = shiftLocal(toRigaLocal(session.startsAt), 0, shift);
    const period = { startsAt: instantOf(newStart, startField), endsAt: instantOf(shiftLocal(newStart, 0, length), endField) };
    assertLength(period.startsAt, period.endsAt, endField);
    return period;
  });
}

/** 400 when a session starts on a Riga date outside the run's. */
export function assertWithinRun(periods: readonly Period[], run: { startsOn: string; endsOn: string }, field: string): void {
  const errors: FieldError[] = [];
  const outside = periods.find((period) => {
    const date = rigaDateOf(period.startsAt);
    return date < run.startsOn || date > run.endsOn;
  });
  if (outside) {
    errors.push({
      field,
      message: `A session on ${dmy(rigaDateOf(outside.startsAt))} falls outside the run's dates (${dmy(run.startsOn)}–${dmy(run.endsOn)})`,
    });
    throw new InvalidInputError(errors);
  }
}
