import type { ReportReader } from './meeting-report';
import { AttendeeBook, cleanEmail, requireJoin } from './report-attendees';
import { readDuration } from './report-durations';
import { cellOf, columnNamed, headerKey, requireDataLineLimit } from './report-table';
import { reportClock, type TimestampCell } from './report-timestamps';

const FULL_NAME = ['full name'];
const JOIN_TIME = ['join time'];
const LEAVE_TIME = ['leave time'];
const DURATION = ['duration', 'in-meeting duration'];
const EMAIL = ['email'];

/**
 * The Teams "Meeting Summary" of mid-2021: key/value lines (`Meeting Start Time` …), then one table
 * `Full Name, Join Time, Leave Time, Duration, Email, Role, Participant ID (UPN)` with a line per join.
 * Told by that table's header.
 */
export const teamsMeetingSummary: ReportReader = (records, context) => {
  const headerAt = records.findIndex((record) => [FULL_NAME, JOIN_TIME, LEAVE_TIME, DURATION].every((names) => columnNamed(record.cells, names) !== undefined));
  if (headerAt < 0) return undefined;
  const header = records[headerAt].cells;
  const rows = records.slice(headerAt + 1);
  const upn = header.findIndex((cell) => headerKey(cell).includes('(upn)'));
  const columns = {
    name: columnNamed(header, FULL_NAME),
    join: columnNamed(header, JOIN_TIME),
    leave: columnNamed(header, LEAVE_TIME),
    duration: columnNamed(header, DURATION),
    email: columnNamed(header, EMAIL),
    upn: upn >= 0 ? upn : undefined,
  };
  return {
    format: 'teams-meeting-summary',
    read: () => {
      requireDataLineLimit(rows.length);
      const evidence: TimestampCell[] = records.slice(0, headerAt).flatMap((record) => record.cells.map((text) => ({ text, line: record.line })));
      for (const row of rows) evidence.push({ text: cellOf(row, columns.join), line: row.line }, { text: cellOf(row, columns.leave), line: row.line });
      const clock = reportClock(evidence, context);
      const book = new AttendeeBook();
      for (const row of rows) {
        const upn = cleanEmail(cellOf(row, columns.upn));
        const person = book.person(cellOf(row, columns.name), cleanEmail(cellOf(row, columns.email)) ?? upn, row.line);
        if (!person) continue;
        book.alias(person, upn);
        const join = { from: clock.instant(cellOf(row, columns.join)), to: clock.instant(cellOf(row, columns.leave)), seconds: readDuration(cellOf(row, columns.duration)) };
        person.joins.push(requireJoin(join, row.line));
      }
      return book.attendees();
    },
  };
};
