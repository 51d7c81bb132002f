import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import type { ReportReader } from './meeting-report';
import { AttendeeBook, cleanEmail, requireJoin } from './report-attendees';
import { cellOf, columnNamed, requireDataLineLimit, type TableRecord } from './report-table';
import { reportClock } from './report-timestamps';

const NAME = ['name (original name)', 'name', 'participant', 'user name'];
const EMAIL = ['user email', 'email'];
const JOIN_TIME = ['join time'];
const LEAVE_TIME = ['leave time'];
const DURATION = ['duration (minutes)', 'duration (mins)'];
const TOTAL_DURATION = ['total duration (minutes)', 'total duration (mins)'];
const IN_WAITING_ROOM = ['in waiting room'];
/** Zoom's `(original name)` part when it is a name, not a marker that `cleanDisplayName` drops. */
const ORIGINAL_NAME = /^(.*\S)\s*\(([^()]*\S[^()]*)\)$/;
const MARKER = /^(?:external|unverified|ext|guest)$/i;

interface ZoomColumns {
  name: number;
  email?: number;
  join?: number;
  leave?: number;
  duration?: number;
  total?: number;
  inWaitingRoom?: number;
}

/**
 * The participants table's columns, looked for from its name column on: in exports that put the
 * meeting's columns on the same header line, `User Email` and `Duration (Minutes)` come twice, and
 * the participant's are the ones after the name.
 */
function zoomColumns(header: readonly string[]): ZoomColumns | undefined {
  for (const names of [NAME.slice(0, 1), NAME.slice(1)]) {
    const name = columnNamed(header, names);
    if (name === undefined) continue;
    const columns: ZoomColumns = {
      name,
      email: columnNamed(header, EMAIL, name + 1),
      join: columnNamed(header, JOIN_TIME, name + 1),
      leave: columnNamed(header, LEAVE_TIME, name + 1),
      duration: columnNamed(header, DURATION, name + 1),
      total: columnNamed(header, TOTAL_DURATION, name + 1),
      inWaitingRoom: columnNamed(header, IN_WAITING_ROOM, name + 1),
    };
    const perJoin = columns.join !== undefined && columns.leave !== undefined && columns.duration !== undefined;
    if (perJoin || columns.total !== undefined) return columns;
  }
  return undefined;
}

/** `Līga (Līga Bērziņa)` — a renamed participant — is the original name in the parentheses. */
export function zoomName(cell: string): string {
  const match = ORIGINAL_NAME.exec(cell.trim());
  return match && !MARKER.test(match[2].trim()) ? match[2].trim() : cell;
}

/** Zoom writes whole minutes; anything else there is not a Zoom duration. */
function minutesCell(row: TableRecord, column: number | undefined): number | undefined {
  const text = cellOf(row, column);
  return /^\d{1,6}$/.test(text) ? Number(text) * 60 : undefined;
}

/**
 * Zoom's participants export, with or without the meeting block before it (`Meeting ID,Topic,…`,
 * then a line of commas): a line per join, `Name (Original Name),User Email,Join Time,Leave Time,
 * Duration (Minutes),Guest…`; or "unique users", `…,Total Duration (Minutes),Guest`, a line per
 * person. Lines that Zoom marks as time in the waiting room are not attendance and are left out.
 */
export const zoomReport: ReportReader = (records, context) => {
  let headerAt = -1;
  let columns: ZoomColumns | undefined;
  for (let i = 0; i < records.length && !columns; i++) {
    columns = zoomColumns(records[i].cells);
    headerAt = i;
  }
  if (!columns) return undefined;
  const found = columns;
  const rows = records.slice(headerAt + 1);
  return {
    format: 'zoom',
    read: () => {
      requireDataLineLimit(rows.length);
      const clock = reportClock(
        rows.flatMap((row) => [
          { text: cellOf(row, found.join), line: row.line },
          { text: cellOf(row, found.leave), line: row.line },
        ]),
        context,
      );
      const book = new AttendeeBook();
      for (const row of rows) {
        if (/^(?:yes|true|y)$/i.test(cellOf(row, found.inWaitingRoom))) continue;
        const person = book.person(zoomName(cellOf(row, found.name)), cleanEmail(cellOf(row, found.email)), row.line);
        if (!person) continue;
        if (found.join === undefined) {
          const seconds = minutesCell(row, found.total);
          if (seconds === undefined) throw new UnreadableFileError(`The total duration "${cellOf(row, found.total)}" on line ${row.line} is not a whole number of minutes`);
          person.joins.push({ seconds });
        } else {
          const join = { from: clock.instant(cellOf(row, found.join)), to: clock.instant(cellOf(row, found.leave)), seconds: minutesCell(row, found.duration) };
          person.joins.push(requireJoin(join, row.line));
        }
      }
      return book.attendees();
    },
  };
};
