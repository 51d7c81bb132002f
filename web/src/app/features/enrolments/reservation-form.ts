import { FormArray, FormControl, FormGroup, Validators, type ValidatorFn } from '@angular/forms';
import type { SeatReservation, SeatReservationInput } from '@di/contracts';
import { formatDate, parseDisplayDate, parseTime, rigaInstant, rigaParts } from '../../shared/riga-calendar';

export const MAX_RESERVED_SEATS = 10_000;

const dateValidator: ValidatorFn = (control) => (!control.value || parseDisplayDate(String(control.value)) ? null : { date: true });
const timeValidator: ValidatorFn = (control) => (!control.value || parseTime(String(control.value)) ? null : { time: true });
const wholeNumber: ValidatorFn = (control) => (control.value === null || Number.isInteger(control.value) ? null : { wholeNumber: true });

export function createReservationRow() {
  return new FormGroup({
    organisationId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    seats: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(1), Validators.max(MAX_RESERVED_SEATS), wholeNumber] }),
    releaseDate: new FormControl('', { nonNullable: true, validators: [Validators.required, dateValidator] }),
    releaseTime: new FormControl('', { nonNullable: true, validators: [Validators.required, timeValidator] }),
  });
}

export type ReservationRow = ReturnType<typeof createReservationRow>;
export type ReservationRowValue = ReturnType<ReservationRow['getRawValue']>;

/** Marks `key` on a control (or clears it), keeping its other errors. */
function mark(control: FormControl, key: string, on: boolean): void {
  const { [key]: _previous, ...rest } = control.errors ?? {};
  const next = on ? { ...rest, [key]: true } : rest;
  control.setErrors(Object.keys(next).length > 0 ? next : null);
}

/** Across rows: one row per organisation, and release times that exist in Riga (not the spring gap). */
const acrossRows: ValidatorFn = (array) => {
  const rows = (array as FormArray<ReservationRow>).controls;
  const seen = new Set<string>();
  for (const row of rows) {
    const { organisationId, releaseDate, releaseTime } = row.controls;
    mark(organisationId, 'duplicate', !!organisationId.value && seen.has(organisationId.value));
    seen.add(organisationId.value);
    const date = parseDisplayDate(releaseDate.value);
    const time = parseTime(releaseTime.value);
    mark(releaseTime, 'rigaGap', !!date && !!time && rigaInstant(date, time) === null);
  }
  return null;
};

export function createReservationsForm() {
  return new FormGroup({ rows: new FormArray<ReservationRow>([], { validators: acrossRows }) });
}

/** A stored reservation as its row shows it: the release in Riga date and time. */
export function reservationRowValue(reservation: SeatReservation): ReservationRowValue {
  const { date, time } = rigaParts(reservation.releaseAt);
  return { organisationId: reservation.organisationId, seats: reservation.seats, releaseDate: formatDate(date), releaseTime: time };
}

/** What the PUT sends for the (valid) rows. */
export function toReservationInputs(rows: readonly ReservationRowValue[]): SeatReservationInput[] {
  return rows.map((row) => ({
    organisationId: row.organisationId,
    seats: row.seats ?? 0,
    releaseAt: rigaInstant(parseDisplayDate(row.releaseDate) ?? '', parseTime(row.releaseTime) ?? '') ?? '',
  }));
}
