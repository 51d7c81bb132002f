import { DateTime, IANAZone } from 'luxon';

/** The zone people of the platform enter and see times in. */
export const RIGA_ZONE = 'Europe/Riga';

const zone = IANAZone.create(RIGA_ZONE);
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The outcome of reading a Riga wall-clock time. */
export type LocalTimeReading = { instant: Date } | { problem: 'invalid' | 'nonexistent' };

/**
 * The instant of a Riga wall-clock time `YYYY-MM-DDTHH:mm`.
 *
 * A time in the spring-forward gap (03:00–03:59 on the last Sunday of March) does not exist:
 * `nonexistent`. A time in the autumn's repeated hour (03:00–03:59 on the last Sunday of
 * October) happens twice; it means its FIRST occurrence, still in summer time (+03:00), as a
 * person reading a timetable before the clocks go back would mean it.
 */
export function readRigaLocal(local: string): LocalTimeReading {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return { problem: 'invalid' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return { problem: 'invalid' };
  // Every offset Riga has around that day; the candidates whose own offset agrees are the real instants.
  const offsets = new Set([zone.offset(asUtc - DAY_MS), zone.offset(asUtc), zone.offset(asUtc + DAY_MS)]);
  const instants = [...offsets].map((offset) => asUtc - offset * 60_000).filter((instant) => zone.offset(instant) * 60_000 === asUtc - instant);
  if (instants.length === 0) return { problem: 'nonexistent' };
  return { instant: new Date(Math.min(...instants)) };
}

/** `dd.MM.yyyy HH:mm` on the clock in Riga, summer time included, whatever the server's time zone. */
export function formatRigaTime(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone }).toFormat('dd.MM.yyyy HH:mm');
}

/** The Riga wall-clock time of an instant, `YYYY-MM-DDTHH:mm`. */
export function toRigaLocal(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The Riga calendar date of an instant, `YYYY-MM-DD`. */
export function rigaDateOf(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd');
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** A calendar date `days` later (or earlier), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday of a calendar date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Minutes from midnight of a wall-clock `YYYY-MM-DDTHH:mm` (date ignored). */
export function minutesOfDay(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

/** A wall-clock `YYYY-MM-DDTHH:mm` moved by whole days and minutes, as on a calendar (no zone). */
export function shiftLocal(local: string, days: number, minutes = 0): string {
  const base = Date.parse(`${local}:00Z`) + days * DAY_MS + minutes * 60_000;
  return new Date(base).toISOString().slice(0, 16);
}

/** Wall-clock minutes from one local time to another, as on a calendar (no zone). */
export function localMinutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000);
}
