import type { ReportReader } from './meeting-report';
import { AttendeeBook, cleanEmail } from './report-attendees';
import { readDuration, requireDuration } from './report-durations';
import { cellOf, columnNamed, requireDataLineLimit, type TableRecord } from './report-table';

const FIRST_NAME = ['first name'];
const LAST_NAME = ['last name'];
const EMAIL = ['email'];
const DURATION = ['duration'];
const TIME_JOINED = ['time joined'];

/** Meet's columns in the order its emailed report has them: First name, Last name, Email, Duration, Time joined, Time exited. */
const BY_POSITION = { first: 0, last: 1, email: 2, duration: 3 };

interface MeetColumns {
  first: number;
  last?: number;
  email?: number;
  duration: number;
}

function meetColumns(header: readonly string[]): MeetColumns | undefined {
  const first = columnNamed(header, FIRST_NAME);
  const duration = columnNamed(header, DURATION);
  const last = columnNamed(header, LAST_NAME);
  const email = columnNamed(header, EMAIL);
  if (first === undefined || duration === undefined || (last === undefined && email === undefined && columnNamed(header, TIME_JOINED) === undefined)) return undefined;
  return { first, last, email, duration };
}

/** Without a header, every line must look like Meet's: an email (or nothing) third and a duration fourth. */
function isHeaderlessMeet(records: readonly TableRecord[]): boolean {
  return (
    records.length > 0 &&
    records.every((record) => {
      const email = cellOf(record, BY_POSITION.email);
      return record.cells.length >= 4 && (email === '' || cleanEmail(email) !== null) && readDuration(cellOf(record, BY_POSITION.duration)) !== undefined;
    })
  );
}

/**
 * Google Meet's attendance report (the CSV emailed to the organiser): a line per person with the
 * time in the call (`1 hr 5 min`, `45 min`, `30 sec`); read by header names, or by position when
 * the file has no header. The minutes are the duration column's; the times joined and exited are
 * times of day without a date and are not needed.
 */
export const meetReport: ReportReader = (records) => {
  let rows: readonly TableRecord[] = [];
  let columns: MeetColumns | undefined;
  for (let i = 0; i < records.length && !columns; i++) {
    columns = meetColumns(records[i].cells);
    rows = records.slice(i + 1);
  }
  if (!columns && isHeaderlessMeet(records)) {
    columns = BY_POSITION;
    rows = records;
  }
  if (!columns) return undefined;
  const found = columns;
  return {
    format: 'google-meet',
    read: () => {
      requireDataLineLimit(rows.length);
      const book = new AttendeeBook();
      for (const row of rows) {
        const name = `${cellOf(row, found.first)} ${cellOf(row, found.last)}`;
        const person = book.person(name, cleanEmail(cellOf(row, found.email)), row.line);
        if (!person) continue;
        person.joins.push({ seconds: requireDuration(cellOf(row, found.duration), row.line) });
      }
      return book.attendees();
    },
  };
};
