import type { MeetingReportContext, ReportReader } from './meeting-report';
import { AttendeeBook, cleanEmail, requireJoin } from './report-attendees';
import { readDuration, requireDuration } from './report-durations';
import { cellOf, columnNamed, headerKey, requireDataLineLimit, type TableRecord } from './report-table';
import { reportClock, scanTimestamp, type TimestampCell } from './report-timestamps';

/** `1. Summary`, `2. Uczestnicy`, `3. In-Meeting activities`: the number is the same in every UI language. */
const SECTION_TITLE = /^\d+\.\s+\S/;
/** A section whose first line has this many cells is a table; the summary has key/value lines. */
const MIN_TABLE_COLUMNS = 6;
/** The participants table's columns; the activities table has no `Participant ID (UPN)`. */
const PARTICIPANTS_COLUMNS = 7;

// Known header words (English in both capitalisations Teams used, Polish); other UI languages are read by the columns' contents.
const NAME = ['name', 'full name', 'imię i nazwisko'];
const FIRST_JOIN = ['first join', 'pierwsze dołączenie'];
const LAST_LEAVE = ['last leave', 'ostatnie wyjście'];
const PERSON_DURATION = ['in-meeting duration', 'czas udziału w spotkaniu'];
const JOIN_TIME = ['join time'];
const LEAVE_TIME = ['leave time'];
const DURATION = ['duration'];
const EMAIL = ['email', 'e-mail', 'adres e-mail'];

export interface TeamsColumns {
  name: number;
  join?: number;
  leave?: number;
  duration?: number;
  email?: number;
  upn?: number;
}

interface TeamsTable {
  kind: 'participants' | 'activities';
  header: TableRecord;
  rows: TableRecord[];
  columns: TeamsColumns;
}

const isTitle = (record: TableRecord) => record.cells.length === 1 && SECTION_TITLE.test(record.cells[0].trim());
const isEmailLike = (cell: string) => cleanEmail(cell) !== null;
const isDurationLike = (cell: string) => readDuration(cell) !== undefined;
const isTimestampLike = (cell: string) => scanTimestamp(cell) !== undefined;

/** Every non-empty cell of the column passes the test, and there is one. */
function columnIs(rows: readonly TableRecord[], column: number, test: (cell: string) => boolean): boolean {
  const cells = rows.map((row) => cellOf(row, column)).filter((cell) => cell !== '');
  return cells.length > 0 && cells.every(test);
}

/**
 * Where a Teams table's columns are: by the header words Teams is known to write, and for the rest
 * by what the columns hold (timestamps: first the join, then the leave; a duration; emails: first
 * the Email, then the UPN), so that a UI language without known words is read too.
 */
export function teamsColumns(header: readonly string[], rows: readonly TableRecord[]): TeamsColumns {
  const taken = new Set<number>();
  const take = (index: number | undefined) => {
    if (index !== undefined) taken.add(index);
    return index;
  };
  const byShape = (test: (cell: string) => boolean) => {
    for (let i = 0; i < header.length; i++) if (!taken.has(i) && columnIs(rows, i, test)) return take(i);
    return undefined;
  };
  const upnIndex = header.findIndex((cell) => headerKey(cell).includes('(upn)'));
  const upnByWord = take(upnIndex >= 0 ? upnIndex : undefined);
  const nameByWord = take(columnNamed(header, NAME));
  const joinByWord = take(columnNamed(header, [...FIRST_JOIN, ...JOIN_TIME]));
  const leaveByWord = take(columnNamed(header, [...LAST_LEAVE, ...LEAVE_TIME]));
  const durationByWord = take(columnNamed(header, [...PERSON_DURATION, ...DURATION]));
  const emailByWord = take(columnNamed(header, EMAIL));
  const join = joinByWord ?? byShape(isTimestampLike);
  const leave = leaveByWord ?? byShape(isTimestampLike);
  const duration = durationByWord ?? byShape(isDurationLike);
  const email = emailByWord ?? byShape(isEmailLike);
  const upn = upnByWord ?? byShape(isEmailLike);
  const name = nameByWord ?? (taken.has(0) ? header.findIndex((_, i) => !taken.has(i)) : 0);
  return { name, join, leave, duration, email, upn };
}

function tableKind(header: readonly string[]): TeamsTable['kind'] {
  const keys = header.map(headerKey);
  const has = (names: readonly string[]) => keys.some((key) => names.includes(key));
  if (has(FIRST_JOIN) || has(LAST_LEAVE) || has(PERSON_DURATION) || keys.some((key) => key.includes('(upn)'))) return 'participants';
  if (has(JOIN_TIME) || has(LEAVE_TIME)) return 'activities';
  return header.length >= PARTICIPANTS_COLUMNS ? 'participants' : 'activities';
}

/** A table tells how long people stayed: a participants table by its durations, an activities table by them or by join and leave times. */
function hasStayColumns({ kind, rows, columns }: TeamsTable): boolean {
  if (rows.length === 0 || columns.duration !== undefined) return true;
  return kind === 'activities' && columns.join !== undefined && columns.leave !== undefined;
}

/** The report's numbered sections: the lines after each title up to the next. */
function sections(records: readonly TableRecord[]): TableRecord[][] | undefined {
  if (records.length === 0 || !isTitle(records[0])) return undefined;
  const found: TableRecord[][] = [];
  for (const record of records) {
    if (isTitle(record)) found.push([]);
    else found[found.length - 1].push(record);
  }
  return found;
}

/**
 * The current Teams attendance report (2022 on): numbered sections — a summary of key/value lines,
 * the participants (one line per person) and the in-meeting activities (one line per join) —
 * told by their numbered titles and their tables' shape, in whatever order and UI language.
 */
export const teamsReport: ReportReader = (records, context) => {
  const found = sections(records);
  if (!found) return undefined;
  const tables: TeamsTable[] = [];
  const summary: TableRecord[] = [];
  for (const section of found) {
    const [header, ...rows] = section;
    if (header && header.cells.length >= MIN_TABLE_COLUMNS) tables.push({ kind: tableKind(header.cells), header, rows, columns: teamsColumns(header.cells, rows) });
    else summary.push(...section);
  }
  const participants = tables.find((table) => table.kind === 'participants' && hasStayColumns(table));
  const activities = tables.find((table) => table.kind === 'activities' && hasStayColumns(table));
  if (!participants && !activities) return undefined;
  return { format: 'teams', read: () => readTeamsTables(summary, participants, activities, context) };
};

function readTeamsTables(summary: readonly TableRecord[], participants: TeamsTable | undefined, activities: TeamsTable | undefined, context: MeetingReportContext) {
  requireDataLineLimit((participants?.rows.length ?? 0) + (activities?.rows.length ?? 0));
  const evidence: TimestampCell[] = summary.flatMap((record) => record.cells.map((text) => ({ text, line: record.line })));
  for (const table of [participants, activities]) {
    if (!table) continue;
    for (const row of table.rows) evidence.push({ text: cellOf(row, table.columns.join), line: row.line }, { text: cellOf(row, table.columns.leave), line: row.line });
  }
  const clock = reportClock(evidence, context);
  const book = new AttendeeBook();
  if (participants) {
    const { columns } = participants;
    for (const row of participants.rows) {
      const email = cleanEmail(cellOf(row, columns.email));
      const upn = cleanEmail(cellOf(row, columns.upn));
      const person = book.person(cellOf(row, columns.name), email ?? upn, row.line);
      if (!person) continue;
      book.alias(person, upn);
      person.totalSeconds = (person.totalSeconds ?? 0) + requireDuration(cellOf(row, columns.duration), row.line);
      person.totalRows++;
    }
  }
  if (activities) {
    const { columns } = activities;
    for (const row of activities.rows) {
      const email = cleanEmail(cellOf(row, columns.email)) ?? cleanEmail(cellOf(row, columns.upn));
      const person = book.person(cellOf(row, columns.name), email, row.line, true);
      if (!person) continue;
      const join = { from: clock.instant(cellOf(row, columns.join)), to: clock.instant(cellOf(row, columns.leave)), seconds: readDuration(cellOf(row, columns.duration)) };
      person.joins.push(requireJoin(join, row.line));
    }
  }
  return book.attendees();
}
