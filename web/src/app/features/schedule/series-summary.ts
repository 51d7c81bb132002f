import {
  MAX_SERIES_OCCURRENCES,
  type IsoWeekday,
  type Recurrence,
} from '@di/contracts';
import { addDays, isoWeekday, mondayOf } from '../../shared/riga-calendar';

/**
 * The Riga dates a series falls on, as the API will create them: every `interval` days, or every
 * `interval` weeks on the chosen weekdays (counted from the first session's week), `count` times or
 * up to `until`. Stops one past the limit, so a caller can tell "too many". Must agree with the
 * API's `seriesDates` (api/src/time/recurrence.ts); series-summary.spec.ts checks the same cases.
 */
export function seriesDates(start: string, recurrence?: Recurrence): string[] {
  if (!recurrence) {
    return [start];
  }
  const limit = MAX_SERIES_OCCURRENCES + 1;
  const wanted = recurrence.count ?? limit;
  const until = recurrence.until;
  const interval = Math.max(1, recurrence.interval || 1);
  const dates: string[] = [];
  const fits = (date: string) => !until || date <= until;
  if (recurrence.frequency === 'daily') {
    for (let date = start; dates.length < Math.min(wanted, limit) && fits(date); date = addDays(date, interval)) {
      dates.push(date);
    }
    return dates;
  }
  const weekdays = seriesWeekdays(start, recurrence);
  for (let week = mondayOf(start); dates.length < Math.min(wanted, limit); week = addDays(week, 7 * interval)) {
    if (until && week > until) break;
    for (const weekday of weekdays) {
      const date = addDays(week, weekday - 1);
      if (date < start) continue;
      if (!fits(date) || dates.length >= Math.min(wanted, limit)) break;
      dates.push(date);
    }
  }
  return dates;
}

/** "every Friday" / "katru piektdienu": the accusative a weekday takes after "katru". */
export function everyWeekdayName(weekday: IsoWeekday): string {
  switch (weekday) {
    case 1:
      return $localize`:@@schedule.every.mon:pirmdienu`;
    case 2:
      return $localize`:@@schedule.every.tue:otrdienu`;
    case 3:
      return $localize`:@@schedule.every.wed:trešdienu`;
    case 4:
      return $localize`:@@schedule.every.thu:ceturtdienu`;
    case 5:
      return $localize`:@@schedule.every.fri:piektdienu`;
    case 6:
      return $localize`:@@schedule.every.sat:sestdienu`;
    default:
      return $localize`:@@schedule.every.sun:svētdienu`;
  }
}

/** "pirmdienu un piektdienu" / "Monday and Friday". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const and = $localize`:@@schedule.list.and:un`;
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The weekdays a weekly series falls on: the chosen ones, else the first session's. */
export function seriesWeekdays(start: string, recurrence: Recurrence): IsoWeekday[] {
  return [
    ...new Set(
      recurrence.weekdays?.length ? recurrence.weekdays : [isoWeekday(start)],
    ),
  ].sort((a, b) => a - b);
}

/** "piektdienu" / "pirmdienu un piektdienu", for "katru …" / "every …". */
export function everyWeekdaysText(start: string, recurrence: Recurrence): string {
  return joinList(seriesWeekdays(start, recurrence).map(everyWeekdayName));
}
