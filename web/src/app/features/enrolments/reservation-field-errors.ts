import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { dateTimeErrorText } from '../../shared/forms/date-time-errors';
import { fieldErrorText } from '../../shared/forms/form-errors';

export function reservationFieldErrorText(errors: ValidationErrors | null): string {
  if (!errors) return '';
  if (typeof errors['server'] === 'string' || errors['required']) return fieldErrorText(errors);
  if (errors['duplicate']) {
    return $localize`:@@reservations.error.duplicate:Šai iestādei jau ir rinda. Mainiet vietu skaitu tajā.`;
  }
  if (errors['wholeNumber']) {
    return $localize`:@@reservations.error.wholeNumber:Ievadiet veselu skaitli.`;
  }
  return dateTimeErrorText(errors) ?? fieldErrorText(errors);
}

/** `<mat-error>{{ control.errors | reservationFieldError }}</mat-error>` */
@Pipe({ name: 'reservationFieldError' })
export class ReservationFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null): string {
    return reservationFieldErrorText(errors);
  }
}
