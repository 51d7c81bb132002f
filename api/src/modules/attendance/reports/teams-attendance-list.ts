import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import type { ReportReader } from './meeting-report';
import { AttendeeBook, type AttendeeDraft } from './report-attendees';
import { cellOf, columnNamed, headerKey, requireDataLineLimit, type TableRecord } from './report-table';
import { reportClock } from './report-timestamps';

// English and Portuguese, the UI languages this list was seen in.
const FULL_NAME = ['full name', 'nome completo'];
const USER_ACTION = ['user action', 'atividade'];
const TIMESTAMP = ['timestamp', 'carimbo de data/hora'];
const ACTIONS = new Map<string, 'join' | 'leave'>([
  ['joined', 'join'],
  ['joined before', 'join'],
  ['ingressou', 'join'],
  ['entrou antes de', 'join'],
  ['left', 'leave'],
  ['saiu', 'leave'],
]);

interface ListEvent {
  person: AttendeeDraft;
  action: 'join' | 'leave';
  at: Date;
  order: number;
}

/**
 * The Teams attendance list of 2020–21: `Full Name, User Action, Timestamp`, a line per event
 * (`Joined`, `Joined before`, `Left`). Each join is paired with the person's next `Left` in time
 * order (joins still open pair with later `Left`s first come, first served); a person with no
 * `Left` after a join stays until the session's end. A `Left` without a join before it adds nothing.
 */
export const teamsAttendanceList: ReportReader = (records, context) => {
  const headerAt = records.findIndex((record) => [FULL_NAME, USER_ACTION, TIMESTAMP].every((names) => columnNamed(record.cells, names) !== undefined));
  if (headerAt < 0) return undefined;
  const header = records[headerAt].cells;
  const columns = { name: columnNamed(header, FULL_NAME), action: columnNamed(header, USER_ACTION), at: columnNamed(header, TIMESTAMP) };
  const rows: TableRecord[] = records.slice(headerAt + 1);
  return {
    format: 'teams-attendance-list',
    read: () => {
      requireDataLineLimit(rows.length);
      const clock = reportClock(
        rows.map((row) => ({ text: cellOf(row, columns.at), line: row.line })),
        context,
      );
      const book = new AttendeeBook();
      const events: ListEvent[] = [];
      for (const row of rows) {
        const actionText = cellOf(row, columns.action);
        const action = ACTIONS.get(headerKey(actionText));
        if (!action) throw new UnreadableFileError(`The action "${actionText}" on line ${row.line} is none of Joined, Joined before and Left`);
        const at = clock.instant(cellOf(row, columns.at));
        if (!at) throw new UnreadableFileError(`The time "${cellOf(row, columns.at)}" on line ${row.line} cannot be read as a date and time`);
        const person = book.person(cellOf(row, columns.name), null, row.line);
        if (person) events.push({ person, action, at, order: events.length });
      }
      events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
      const open = new Map<AttendeeDraft, Date[]>();
      for (const event of events) {
        const joins = open.get(event.person) ?? [];
        open.set(event.person, joins);
        if (event.action === 'join') {
          joins.push(event.at);
          continue;
        }
        const from = joins.shift();
        if (from) event.person.joins.push({ from, to: event.at });
      }
      for (const [person, joins] of open) {
        for (const from of joins) person.joins.push({ from, to: context.endsAt > from ? context.endsAt : from });
      }
      return book.attendees();
    },
  };
};
