import { Pipe, PipeTransform } from '@angular/core';

const RIGA_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The house date format, `dd.MM.yyyy HH:mm` in Europe/Riga whatever the browser's time zone.
 * Assembled from parts so neither the locale's separators nor its order leak in.
 */
export function formatRigaDateTime(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  const parts = Object.fromEntries(
    RIGA_PARTS.formatToParts(date).map((part) => [part.type, part.value]),
  ) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
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
