import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import type { ErrorSummaryItem } from '../../shared/forms/error-summary';
import {
  type SummaryField,
  fieldErrorText,
} from '../../shared/forms/form-errors';

/** The editor's field errors: numbers out of range and the course code's form, then the shared texts. */
export function editorFieldErrorText(errors: ValidationErrors | null): string {
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['min'] || errors['max']) {
    const min: number = errors['min']?.min ?? errors['max']?.min;
    const max: number = errors['max']?.max ?? errors['min']?.max;
    if (errors['min']) {
      return $localize`:@@courseEditor.error.min:Ievadiet skaitli, kas nav mazāks par ${min}:min:.`;
    }
    return $localize`:@@courseEditor.error.max:Ievadiet skaitli, kas nav lielāks par ${max}:max:.`;
  }
  if (errors['integer']) {
    return $localize`:@@courseEditor.error.integer:Ievadiet veselu skaitli.`;
  }
  if (errors['pattern'] && !errors['required']) {
    return $localize`:@@courseEditor.error.code:Kodā var būt latīņu burti, cipari, punkts, domuzīme un pasvītra (līdz 40 rakstzīmēm); jāsākas ar burtu vai ciparu.`;
  }
  if (errors['url']) {
    return $localize`:@@courseEditor.error.url:Ievadiet pilnu adresi, kas sākas ar https:// vai http://.`;
  }
  return fieldErrorText(errors);
}

/** `<mat-error>{{ control.errors | editorFieldError }}</mat-error>` */
@Pipe({ name: 'editorFieldError' })
export class EditorFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null): string {
    return editorFieldErrorText(errors);
  }
}

/** Whole numbers only (a number input also takes 1.5). */
export function integer(control: { value: unknown }): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'number' && !Number.isInteger(value)
    ? { integer: true }
    : null;
}

/** The error summary's entries in the editor's words (see `summaryItems`). */
export function editorSummaryItems(
  fields: readonly SummaryField[],
  other: readonly string[] = [],
): ErrorSummaryItem[] {
  return [
    ...fields
      .filter((field) => field.control.enabled && field.control.invalid)
      .map((field) => ({
        text: `${field.label}: ${editorFieldErrorText(field.control.errors)}`,
        targetId: field.id,
      })),
    ...other.map((text) => ({ text })),
  ];
}
