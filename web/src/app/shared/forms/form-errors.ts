import type {
  AbstractControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { Pipe, PipeTransform } from '@angular/core';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type FieldError,
  type Problem,
} from '@di/contracts';
import type { ApiError } from '../../core/api/api-error';
import type { ErrorSummaryItem } from './error-summary';

/**
 * The message for a control's first error, in the interface language. `server` carries a message
 * from the API (or one the page wrote for a known error code).
 */
export function fieldErrorText(errors: ValidationErrors | null): string {
  if (!errors) {
    return '';
  }
  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }
  if (errors['required']) {
    return $localize`:@@form.error.required:Aizpildiet šo lauku.`;
  }
  if (errors['email']) {
    return $localize`:@@form.error.email:Ievadiet e-pasta adresi, piemēram, vards.uzvards@iestade.lv.`;
  }
  if (errors['minlength']) {
    const min: number = errors['minlength'].requiredLength;
    return $localize`:@@form.error.minlength:Vajag vismaz ${min}:min: rakstzīmes.`;
  }
  if (errors['maxlength']) {
    const max: number = errors['maxlength'].requiredLength;
    return $localize`:@@form.error.maxlength:Atļautas ne vairāk kā ${max}:max: rakstzīmes.`;
  }
  if (errors['blank']) {
    return $localize`:@@form.error.blank:Aizpildiet šo lauku (ne tikai ar atstarpēm).`;
  }
  if (errors['noRole']) {
    return $localize`:@@form.error.noRole:Izvēlieties vismaz vienu lomu.`;
  }
  if (errors['mismatch']) {
    return $localize`:@@form.error.mismatch:Paroles nesakrīt. Ievadiet to pašu paroli vēlreiz.`;
  }
  return $localize`:@@form.error.invalid:Pārbaudiet šo lauku.`;
}

/**
 * A field error from the API in the interface language: the API's messages are English, so known
 * codes are put in our own words, and only an unknown one is shown as the API wrote it.
 */
export function serverFieldErrorText(error: FieldError): string {
  switch (error.code) {
    case 'PASSWORD_TOO_SHORT':
      return $localize`:@@form.error.passwordTooShort:Parolei vajag vismaz ${PASSWORD_MIN_LENGTH}:min: rakstzīmes.`;
    case 'PASSWORD_TOO_LONG':
      return $localize`:@@form.error.passwordTooLong:Parole var būt ne garāka par ${PASSWORD_MAX_LENGTH}:max: rakstzīmēm.`;
    case 'PASSWORD_TOO_COMMON':
      return $localize`:@@form.error.passwordTooCommon:Šī parole ir starp visbiežāk lietotajām un ir viegli uzminama. Izvēlieties citu.`;
    case 'PASSWORD_IS_EMAIL':
      return $localize`:@@form.error.passwordIsEmail:Parole nedrīkst būt jūsu e-pasta adrese.`;
    case 'PASSWORD_WRONG':
      return $localize`:@@form.error.passwordWrong:Pašreizējā parole nav pareiza.`;
    case 'ROLE_REQUIRED':
      return $localize`:@@form.error.noRole:Izvēlieties vismaz vienu lomu.`;
    case 'PASSWORD_UNCHANGED':
      return $localize`:@@form.error.passwordUnchanged:Jaunā parole ir tāda pati kā pašreizējā. Izvēlieties citu paroli.`;
    default:
      return error.message;
  }
}

/** `<mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>` */
@Pipe({ name: 'fieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null): string {
    return fieldErrorText(errors);
  }
}

/** Rejects text that is only spaces (`Validators.required` accepts it). */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' &&
  control.value.length > 0 &&
  control.value.trim().length === 0
    ? { blank: true }
    : null;

/** A group validator: `field` must equal `other` (password and its repetition). */
export function sameAs(field: string, other: string): ValidatorFn {
  return (group) => {
    const repeat = group.get(other);
    const mismatch =
      !!repeat?.value && group.get(field)?.value !== repeat.value;
    // The error sits on the repetition, where the person fixes it.
    if (repeat) {
      const { mismatch: _previous, ...rest } = repeat.errors ?? {};
      const next = mismatch ? { ...rest, mismatch: true } : rest;
      repeat.setErrors(Object.keys(next).length > 0 ? next : null);
    }
    return null;
  };
}

/**
 * Puts the field errors of a 400 problem on the matching controls (`fieldMap` maps API field names,
 * e.g. `roles[0].scope`, to control paths by prefix) and marks them touched. Returns the messages
 * that belong to no control, for the page to show in its summary.
 */
export function applyFieldErrors(
  form: FormGroup,
  problem: Problem,
  fieldMap: Readonly<Record<string, string>> = {},
): string[] {
  const unplaced: string[] = [];
  for (const error of problem.errors ?? []) {
    const message = serverFieldErrorText(error);
    const control = controlFor(form, error.field, fieldMap);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced;
}

export interface PlacedErrors {
  /** Every error of a 400 went to its field: focusing the first invalid one is all that is left. */
  fieldsOnly: boolean;
  /** The messages that belong to no control, joined; '' when there are none. */
  unplaced: string;
}

/** After a failed submit: a 400's field errors onto the controls (see `applyFieldErrors`). */
export function placeFieldErrors(
  form: FormGroup,
  apiError: ApiError,
  fieldMap: Readonly<Record<string, string>> = {},
): PlacedErrors {
  const unplaced =
    apiError.status === 400
      ? applyFieldErrors(form, apiError.problem, fieldMap)
      : [];
  return {
    fieldsOnly:
      apiError.status === 400 &&
      unplaced.length === 0 &&
      !!apiError.problem.errors?.length,
    unplaced: unplaced.join(' '),
  };
}

function controlFor(
  form: FormGroup,
  field: string,
  fieldMap: Readonly<Record<string, string>>,
): AbstractControl | null {
  const mapped = Object.entries(fieldMap).find(
    ([prefix]) =>
      field === prefix ||
      field.startsWith(`${prefix}[`) ||
      field.startsWith(`${prefix}.`),
  );
  return form.get(mapped ? mapped[1] : field);
}

/**
 * After a failed submit: focus the first invalid field of `form` (in page order). Checkbox groups
 * marked invalid as a whole (`data-invalid="true"`) get their first checkbox focused.
 */
export function focusFirstInvalid(form: HTMLElement): boolean {
  const invalid = form.querySelector<HTMLElement>(
    'input.ng-invalid, select.ng-invalid, textarea.ng-invalid, [data-invalid="true"], [aria-invalid="true"]',
  );
  if (!invalid) {
    return false;
  }
  const target = invalid.matches('input, select, textarea')
    ? invalid
    : invalid.querySelector<HTMLElement>('input, select, textarea');
  (target ?? invalid).focus();
  return true;
}

export interface SummaryField {
  control: AbstractControl;
  /** The id of the element to focus: the input, or the group's fieldset. */
  id: string;
  label: string;
}

/** The error summary's entries: each invalid (enabled) field in order, then `other` messages. */
export function summaryItems(
  fields: readonly SummaryField[],
  other: readonly string[] = [],
): ErrorSummaryItem[] {
  return [
    ...fields
      .filter((field) => field.control.enabled && field.control.invalid)
      .map((field) => ({
        text: `${field.label}: ${fieldErrorText(field.control.errors)}`,
        targetId: field.id,
      })),
    ...other.map((text) => ({ text })),
  ];
}
