import { MAX_SERIES_OCCURRENCES, type Recurrence } from '@di/contracts';
import { addDays, isoWeekday } from './riga-time';

/**
 * The Riga dates a series falls on, from the first session's date `start`: every `interval`
 * days, or every `interval` weeks (counted from the Monday of the first session's week) on the
 * chosen weekdays (by default the first session's), on or after `start`; `count` of them or
 * up to `until` inclusive. Stops one past `MAX_SERIES_OCCURRENCES`, so the caller can tell
 * "too many". (The web's series preview computes the same dates.)
 */
export function seriesDates(start: string, recurrence: Recurrence): string[] {
  const limit = Math.min(recurrence.count ?? MAX_SERIES_OCCURRENCES + 1, MAX_SERIES_OCCURRENCES + 1);
  const until = recurrence.until;
  const interval = Math.max(1, recurrence.interval);
  const dates: string[] = [];
  if (until !== undefined && until < start) return dates;
  if (recurrence.frequency === 'daily') {
    for (let date = start; dates.length < limit && (until === undefined || date <= until); date = addDays(date, interval)) dates.push(date);
    return dates;
  }
  const weekdays = [...new Set(recurrence.weekdays?.length ? recurrence.weekdays : [isoWeekday(start)])].sort((a, b) => a - b);
  for (let monday = addDays(start, 1 - isoWeekday(start)); dates.length < limit; monday = addDays(monday, 7 * interval)) {
    if (until !== undefined && monday > until) break;
    for (const weekday of weekdays) {
      const date = addDays(monday, weekday - 1);
      if (date < start) continue;
      if ((until !== undefined && date > until) || dates.length >= limit) break;
      dates.push(date);
    }
  }
  return dates;
}
