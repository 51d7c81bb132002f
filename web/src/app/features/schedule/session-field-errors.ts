import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { MAX_SERIES_OCCURRENCES } from '@di/contracts';
import { dateTimeErrorText } from '../../shared/forms/date-time-errors';
import { fieldErrorText } from '../../shared/forms/form-errors';

/** The message for a session form field's first error: the schedule's own rules, then the common ones. */
export function sessionFieldErrorText(errors: ValidationErrors | null): string {
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return fieldErrorText(errors);
  const dateTime = dateTimeErrorText(errors);
  if (dateTime) return dateTime;
  if (errors['endBeforeStart']) {
    return $localize`:@@schedule.error.endBeforeStart:Beigu laikam jābūt vēlākam par sākuma laiku.`;
  }
  if (errors['httpUrl']) {
    return $localize`:@@schedule.error.httpUrl:Ievadiet pilnu saiti, kas sākas ar https://.`;
  }
  if (errors['noneChecked']) {
    return $localize`:@@schedule.error.noTrainer:Izvēlieties vismaz vienu pasniedzēju.`;
  }
  if (errors['untilBeforeStart']) {
    return $localize`:@@schedule.error.untilBeforeStart:Beigu datums nevar būt agrāks par pirmās nodarbības datumu.`;
  }
  if (errors['tooMany']) {
    return $localize`:@@schedule.error.tooMany:Sērijā var būt ne vairāk kā ${MAX_SERIES_OCCURRENCES}:max: nodarbības.`;
  }
  return fieldErrorText(errors);
}

/** `<mat-error>{{ control.errors | sessionFieldError }}</mat-error>` */
@Pipe({ name: 'sessionFieldError' })
export class SessionFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null): string {
    return sessionFieldErrorText(errors);
  }
}
