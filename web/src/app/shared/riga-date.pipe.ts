import { Pipe, PipeTransform } from '@angular/core';
import { rigaParts } from './riga-calendar';

/**
 * The house date format, `dd.MM.yyyy HH:mm` in Europe/Riga whatever the browser's time zone.
 * Assembled from parts so neither the locale's separators nor its order leak in.
 */
export function formatRigaDateTime(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const { date: day, time } = rigaParts(date);
  const [year, month, dayOfMonth] = day.split('-');
  return `${dayOfMonth}.${month}.${year} ${time}`;
}

/** `{{ course.startsAt | rigaDate }}` → `04.12.2026 10:00`; empty for no or invalid dates. */
@Pipe({ name: 'rigaDate' })
export class RigaDatePipe implements PipeTransform {
  transform(value: Date | string | number | null | undefined): string {
    return value === null || value === undefined || value === ''
      ? ''
      : formatRigaDateTime(value);
  }
}
