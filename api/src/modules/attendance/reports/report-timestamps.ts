import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { addDays, readRigaLocal, rigaDateOf } from '../../../time/riga-time';

/** Which way a report writes its dates when the year does not come first. */
export type DateOrder = 'day-first' | 'month-first';

/**
 * A wall-clock date and time as a report writes it, not yet read as an instant: `first` and
 * `second` are the day and the month in an order the text alone may not tell.
 */
export interface WrittenTimestamp {
  /** `year-first` (`2026-12-04 10:00:00`), `day-first` (`04.12.2026, 10:00:00`) or either (`3/10/25, 8:00:48 AM`). */
  order: 'year-first' | 'day-first' | 'either';
  year: number;
  first: number;
  second: number;
  hour: number;
  minute: number;
  seconds: number;
}

/**
 * `16/11/22, 09:30:16`, `7/22/26, 7:02:11 PM` (any space before PM, U+202F included),
 * `11/19/2021 9:54:15 AM`, `01/06/2023 00:00`, `16.11.2022, 09:30:16`, `2026-12-04 10:00:00`,
 * `2026.12.04. 10:00`: date, then `, `, a space or `T`, then the time.
 */
const TIMESTAMP = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?(?:,\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i;

/** The parts of a timestamp text, or undefined when it is not one (a bare time or date included). */
export function scanTimestamp(text: string): WrittenTimestamp | undefined {
  const match = TIMESTAMP.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  const [, a, separator, b, c, hourText, minuteText, secondsText, meridiem] = match;
  let hour = Number(hourText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  const time = { hour, minute: Number(minuteText), seconds: secondsText === undefined ? 0 : Number(secondsText) };
  if (time.hour > 23 || time.minute > 59 || time.seconds > 59) return undefined;
  if (a.length === 4) {
    if (c.length > 2) return undefined;
    return { order: 'year-first', year: Number(a), first: Number(c), second: Number(b), ...time };
  }
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return undefined;
  const year = c.length === 2 ? 2000 + Number(c) : Number(c);
  // Dots are the day-first convention (`%d.%m.%Y`); slashes and dashes are written both ways.
  return { order: separator === '.' ? 'day-first' : 'either', year, first: Number(a), second: Number(b), ...time };
}

/** The `YYYY-MM-DD` date of a timestamp read in the given order, or undefined when there is no such date. */
function dateOf(stamp: WrittenTimestamp, order: DateOrder): string | undefined {
  const dayFirst = stamp.order === 'year-first' || stamp.order === 'day-first' || order === 'day-first';
  const [day, month] = dayFirst ? [stamp.first, stamp.second] : [stamp.second, stamp.first];
  const check = new Date(Date.UTC(stamp.year, month - 1, day));
  if (check.getUTCFullYear() !== stamp.year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return check.toISOString().slice(0, 10);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A timestamp cell of a report and the line it is on, for the evidence that decides the date order. */
export interface TimestampCell {
  text: string;
  line: number;
}

/** Reads a report's wall-clock timestamps as instants, in the date order the whole report was found to use. */
export class ReportClock {
  constructor(readonly order: DateOrder) {}

  /**
   * The instant of a Riga wall-clock timestamp, or undefined when the text is not a timestamp or
   * names a time that Riga's clocks skip. A time of the autumn's repeated hour is its first
   * occurrence (see `readRigaLocal`): the report does not say which one it means.
   */
  instant(text: string): Date | undefined {
    const stamp = scanTimestamp(text);
    const date = stamp && dateOf(stamp, this.order);
    if (!stamp || !date) return undefined;
    const reading = readRigaLocal(`${date}T${pad(stamp.hour)}:${pad(stamp.minute)}`);
    return 'instant' in reading ? new Date(reading.instant.getTime() + stamp.seconds * 1000) : undefined;
  }
}

/**
 * The date order of a report, told by its timestamps: a report follows its downloader's regional
 * settings, so one order holds for all of them. An order under which some date does not exist
 * (`11/19/2021` day-first) is out. When both remain (`3/10/25`), the one whose dates are all within
 * a day of the session's Riga dates wins; when neither is, the report is refused as another
 * session's. Day-first when nothing tells (no timestamps, or only year-first and dotted ones).
 */
export function reportClock(cells: readonly TimestampCell[], session: { startsAt: Date; endsAt: Date }): ReportClock {
  const stamps = cells.flatMap((cell) => {
    const stamp = scanTimestamp(cell.text);
    return stamp && stamp.order === 'either' ? [{ cell, stamp }] : [];
  });
  const possible = (['day-first', 'month-first'] as const).filter((order) => stamps.every(({ stamp }) => dateOf(stamp, order) !== undefined));
  if (stamps.length === 0 || possible.length === 0) return new ReportClock('day-first');
  if (possible.length === 1) return new ReportClock(possible[0]);
  const from = addDays(rigaDateOf(session.startsAt), -1);
  const to = addDays(rigaDateOf(session.endsAt), 1);
  const fitting = possible.find((order) =>
    stamps.every(({ stamp }) => {
      const date = dateOf(stamp, order) as string;
      return date >= from && date <= to;
    }),
  );
  if (fitting) return new ReportClock(fitting);
  const { cell, stamp } = stamps[0];
  throw new UnreadableFileError(
    `The dates of the report do not match the session: "${cell.text}" (line ${cell.line}) is either ${dateOf(stamp, 'day-first')} or ${dateOf(stamp, 'month-first')}, ` +
      `and the session is on ${rigaDateOf(session.startsAt)}. Upload the report of this session's meeting.`,
  );
}
