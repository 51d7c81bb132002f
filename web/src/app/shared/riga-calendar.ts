import type { IsoWeekday } from '@di/contracts';

// The Riga calendar for every page that plans or shows sessions: dates, weeks (Monday first) and
// 24-hour wall-clock times in Europe/Riga, whatever the browser's own time zone.

const RIGA_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface RigaParts {
  /** `YYYY-MM-DD`, the Riga calendar date. */
  date: string;
  /** `HH:mm`, 24-hour Riga wall-clock time. */
  time: string;
}

/** An instant's Riga date and time, whatever the browser's time zone. */
export function rigaParts(instant: string | Date): RigaParts {
  const date = instant instanceof Date ? instant : new Date(instant);
  const parts = Object.fromEntries(
    RIGA_PARTS.formatToParts(date).map((part) => [part.type, part.value]),
  ) as Partial<Record<Intl.DateTimeFormatPartTypes, string>>;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar date `days` later (or earlier); no time zone is involved. */
export function addDays(date: string, days: number): string {
  const next = utcDate(date);
  next.setUTCDate(next.getUTCDate() + days);
  return isoDate(next);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): IsoWeekday {
  const day = utcDate(date).getUTCDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** The Monday of the week the date is in (weeks start on Monday). */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** `2026-12-04` → `04.12.2026`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** The instant of 00:00 Riga time on a date (midnight is never skipped in Riga). */
export function rigaMidnight(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const local = rigaParts(noon);
  const [hours, minutes] = local.time.split(':').map(Number);
  const offsetMinutes = hours * 60 + minutes - 12 * 60;
  return new Date(utcDate(date).getTime() - offsetMinutes * 60_000).toISOString();
}

/** Today's date in Riga. */
export function rigaToday(now = new Date()): string {
  return rigaParts(now).date;
}

/** `04.12.2026` (or `4.12.2026`) → `2026-12-04`; null when it is not a real date. */
export function parseDisplayDate(value: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(value);
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return isoDate(date);
}

/** `9:05` or `09:05` → `09:05`; null when it is not a 24-hour time. */
export function parseTime(value: string): string | null {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  if (!match) return null;
  const [hours, minutes] = match.slice(1).map(Number);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * Whether a Riga wall-clock time exists: the hour the clocks skip in spring (03:00–03:59 on the
 * last Sunday of March) does not, and the API refuses it.
 */
export function rigaLocalExists(date: string, time: string): boolean {
  const [hours, minutes] = time.split(':').map(Number);
  const asUtc = utcDate(date).getTime() + (hours * 60 + minutes) * 60_000;
  // Riga is UTC+2 or UTC+3: the wall-clock time exists if one of those offsets maps back to it.
  return [2, 3].some((offset) => {
    const local = rigaParts(new Date(asUtc - offset * 3_600_000));
    return local.date === date && local.time === time;
  });
}

/**
 * The instant of a Riga wall-clock date and time (`YYYY-MM-DD`, `HH:mm`), as an ISO string; null
 * for the hour skipped in spring. In the autumn hour that happens twice, the first (summer time).
 */
export function rigaInstant(date: string, time: string): string | null {
  const [hours, minutes] = time.split(':').map(Number);
  const asUtc = utcDate(date).getTime() + (hours * 60 + minutes) * 60_000;
  for (const offset of [3, 2]) {
    const instant = new Date(asUtc - offset * 3_600_000);
    const local = rigaParts(instant);
    if (local.date === date && local.time === time) return instant.toISOString();
  }
  return null;
}

/** Short weekday names, Monday first, for the checkboxes and the week grid. */
export function weekdayName(weekday: IsoWeekday): string {
  switch (weekday) {
    case 1:
      return $localize`:@@weekday.mon:pirmdiena`;
    case 2:
      return $localize`:@@weekday.tue:otrdiena`;
    case 3:
      return $localize`:@@weekday.wed:trešdiena`;
    case 4:
      return $localize`:@@weekday.thu:ceturtdiena`;
    case 5:
      return $localize`:@@weekday.fri:piektdiena`;
    case 6:
      return $localize`:@@weekday.sat:sestdiena`;
    default:
      return $localize`:@@weekday.sun:svētdiena`;
  }
}

export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
