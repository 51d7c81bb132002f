import type { CalendarSession, IsoWeekday } from '@di/contracts';
import {
  addDays,
  isoWeekday,
  mondayOf,
  rigaMidnight,
  rigaParts,
  rigaToday,
} from '../../shared/riga-calendar';

export type CalendarView = 'agenda' | 'week';

/** How far ahead the agenda looks. */
export const AGENDA_DAYS = 90;

export interface CalendarDay {
  /** `YYYY-MM-DD`, a Riga date. */
  date: string;
  weekday: IsoWeekday;
  today: boolean;
  sessions: CalendarSession[];
}

export function parseView(value: string | undefined): CalendarView {
  return value === 'week' ? 'week' : 'agenda';
}

/** The Monday of the week asked for in the URL (`?week=2026-12-07`, any day of it), else this week's. */
export function parseWeek(value: string | undefined, today = rigaToday()): string {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const check = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === value) {
      return mondayOf(value);
    }
  }
  return mondayOf(today);
}

/** The instants a view asks the API for: the week (Monday 00:00 to the next Monday, Riga), or the agenda from today. */
export function viewRange(view: CalendarView, week: string, today = rigaToday()): { from: string; to: string } {
  return view === 'week'
    ? { from: rigaMidnight(week), to: rigaMidnight(addDays(week, 7)) }
    : { from: rigaMidnight(today), to: rigaMidnight(addDays(today, AGENDA_DAYS)) };
}

function byStart(a: CalendarSession, b: CalendarSession): number {
  return a.startsAt.localeCompare(b.startsAt);
}

/** The agenda: only the days that have sessions, in order, each with its sessions in order. */
export function agendaDays(sessions: readonly CalendarSession[], today = rigaToday()): CalendarDay[] {
  const days = new Map<string, CalendarSession[]>();
  for (const session of [...sessions].sort(byStart)) {
    const date = rigaParts(session.startsAt).date;
    days.set(date, [...(days.get(date) ?? []), session]);
  }
  return [...days].map(([date, list]) => ({
    date,
    weekday: isoWeekday(date),
    today: date === today,
    sessions: list,
  }));
}

/** The week: all seven days from Monday, each with its sessions (maybe none). */
export function weekDays(monday: string, sessions: readonly CalendarSession[], today = rigaToday()): CalendarDay[] {
  const sorted = [...sessions].sort(byStart);
  return Array.from({ length: 7 }, (_, index) => {
    const date = addDays(monday, index);
    return {
      date,
      weekday: (index + 1) as IsoWeekday,
      today: date === today,
      sessions: sorted.filter((session) => rigaParts(session.startsAt).date === date),
    };
  });
}
