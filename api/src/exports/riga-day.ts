import { DateTime } from 'luxon';

/** A day in exported files: `dd.MM.yyyy` in Riga; null stays empty. */
export function rigaDay(value: Date | null): string | null {
  return value ? DateTime.fromJSDate(value, { zone: 'Europe/Riga' }).toFormat('dd.MM.yyyy') : null;
}
