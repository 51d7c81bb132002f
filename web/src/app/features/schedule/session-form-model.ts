import {
  FormControl,
  FormGroup,
  FormRecord,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  MAX_SERIES_OCCURRENCES,
  type CreateSessionsRequest,
  type IsoWeekday,
  type Recurrence,
  type SessionMode,
} from '@di/contracts';
import { parseDisplayDate, parseTime, rigaLocalExists } from '../../shared/riga-calendar';
import { ISO_WEEKDAYS } from '../../shared/riga-calendar';

export type RepeatKind = 'none' | 'daily' | 'weekly';
export type SeriesEnd = 'count' | 'until';

export const MAX_URL_LENGTH = 2000;
export const MAX_VENUE_LENGTH = 200;
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_INTERVAL = 12;

export type SessionForm = ReturnType<typeof createSessionForm>;

const dateValidator: ValidatorFn = (control) =>
  !control.value || parseDisplayDate(String(control.value)) ? null : { date: true };

const timeValidator: ValidatorFn = (control) =>
  !control.value || parseTime(String(control.value)) ? null : { time: true };

const httpUrl: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? null : { httpUrl: true };
  } catch {
    return { httpUrl: true };
  }
};

/** At least one box of a checkbox group ticked. */
const someChecked: ValidatorFn = (control) =>
  Object.values((control as FormRecord<FormControl<boolean>>).controls).some((box) => box.value)
    ? null
    : { noneChecked: true };

function setError(control: AbstractControl, key: string, on: boolean): void {
  const { [key]: _previous, ...rest } = control.errors ?? {};
  const next: ValidationErrors = on ? { ...rest, [key]: true } : rest;
  control.setErrors(Object.keys(next).length > 0 ? next : null);
}

/**
 * Rules across fields: the end after the start, times that exist in Riga (not the spring
 * gap), the place for the mode, the weekdays and the end of a series. Errors sit on the field to fix.
 */
const crossFieldRules: ValidatorFn = (group) => {
  const form = group as SessionForm;
  const { date, startTime, endTime } = form.controls;
  const day = parseDisplayDate(date.value);
  const start = parseTime(startTime.value);
  const end = parseTime(endTime.value);
  setError(endTime, 'endBeforeStart', !!start && !!end && end <= start);
  setError(startTime, 'rigaGap', !!day && !!start && !rigaLocalExists(day, start));
  setError(endTime, 'rigaGap', !!day && !!end && !rigaLocalExists(day, end));
  const online = form.controls.mode.value === 'online';
  const blank = (control: AbstractControl) => String(control.value ?? '').trim() === '';
  setError(form.controls.meetingUrl, 'required', online && blank(form.controls.meetingUrl));
  setError(form.controls.venue, 'required', !online && blank(form.controls.venue));
  const repeat = form.controls.repeat.value;
  const byCount = form.controls.end.value === 'count';
  setError(form.controls.count, 'required', repeat !== 'none' && byCount && form.controls.count.value === null);
  setError(form.controls.until, 'required', repeat !== 'none' && !byCount && blank(form.controls.until));
  const untilDate = parseDisplayDate(form.controls.until.value);
  setError(form.controls.until, 'untilBeforeStart', repeat !== 'none' && !byCount && !!day && !!untilDate && untilDate < day);
  return null;
};

export function createSessionForm(trainerIds: readonly string[] = []) {
  const trainers = new FormRecord<FormControl<boolean>>({}, { validators: someChecked });
  for (const id of trainerIds) {
    trainers.addControl(id, new FormControl(true, { nonNullable: true }));
  }
  const weekdays = new FormRecord<FormControl<boolean>>({});
  for (const weekday of ISO_WEEKDAYS) {
    weekdays.addControl(String(weekday), new FormControl(false, { nonNullable: true }));
  }
  return new FormGroup(
    {
      date: new FormControl('', { nonNullable: true, validators: [Validators.required, dateValidator] }),
      startTime: new FormControl('', { nonNullable: true, validators: [Validators.required, timeValidator] }),
      endTime: new FormControl('', { nonNullable: true, validators: [Validators.required, timeValidator] }),
      mode: new FormControl<SessionMode>('online', { nonNullable: true }),
      meetingUrl: new FormControl('', { nonNullable: true, validators: [httpUrl, Validators.maxLength(MAX_URL_LENGTH)] }),
      venue: new FormControl('', { nonNullable: true, validators: Validators.maxLength(MAX_VENUE_LENGTH) }),
      address: new FormControl('', { nonNullable: true, validators: Validators.maxLength(MAX_ADDRESS_LENGTH) }),
      trainers,
      moduleId: new FormControl('', { nonNullable: true }),
      repeat: new FormControl<RepeatKind>('none', { nonNullable: true }),
      interval: new FormControl<number | null>(1, {
        validators: [Validators.required, Validators.min(1), Validators.max(MAX_INTERVAL)],
      }),
      weekdays,
      end: new FormControl<SeriesEnd>('count', { nonNullable: true }),
      count: new FormControl<number | null>(8, {
        validators: [Validators.min(1), Validators.max(MAX_SERIES_OCCURRENCES)],
      }),
      until: new FormControl('', { nonNullable: true, validators: dateValidator }),
    },
    { validators: crossFieldRules },
  );
}

export type SessionFormValue = ReturnType<SessionForm['getRawValue']>;

/** The ticked boxes of a group, as the ids (or weekday numbers) they stand for. */
export function checked(group: Record<string, boolean>): string[] {
  return Object.entries(group)
    .filter(([, on]) => on)
    .map(([key]) => key);
}

/** The series the form describes, or undefined for a single session. */
export function recurrenceOf(value: SessionFormValue): Recurrence | undefined {
  if (value.repeat === 'none') return undefined;
  const recurrence: Recurrence = {
    frequency: value.repeat,
    interval: Math.max(1, Math.trunc(Number(value.interval) || 1)),
  };
  if (value.repeat === 'weekly') {
    const weekdays = checked(value.weekdays).map(Number) as IsoWeekday[];
    if (weekdays.length > 0) recurrence.weekdays = weekdays;
  }
  if (value.end === 'count') {
    recurrence.count = Math.trunc(Number(value.count) || 0);
  } else {
    recurrence.until = parseDisplayDate(value.until) ?? undefined;
  }
  return recurrence;
}

/** The request for `POST /api/runs/:id/sessions`: Riga wall-clock times, as entered. */
export function toCreateRequest(value: SessionFormValue, allowVenueClash = false): CreateSessionsRequest {
  const date = parseDisplayDate(value.date) ?? '';
  const online = value.mode === 'online';
  const request: CreateSessionsRequest = {
    startsAtLocal: `${date}T${parseTime(value.startTime) ?? ''}`,
    endsAtLocal: `${date}T${parseTime(value.endTime) ?? ''}`,
    mode: value.mode,
    meetingUrl: online ? value.meetingUrl.trim() : null,
    venue: online ? null : value.venue.trim(),
    address: online ? null : value.address.trim() || null,
    trainerIds: checked(value.trainers),
    moduleId: value.moduleId || null,
  };
  const recurrence = recurrenceOf(value);
  if (recurrence) request.recurrence = recurrence;
  if (allowVenueClash) request.allowVenueClash = true;
  return request;
}
