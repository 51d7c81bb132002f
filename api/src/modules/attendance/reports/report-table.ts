import { readCsvRecords, type TableDelimiter } from '../../enrolments/import/table-csv';
import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import type { TableRecord } from '../../enrolments/import/table-rows';

export type { TableRecord } from '../../enrolments/import/table-rows';

export const MAX_DATA_LINES = 20_000;
export const MAX_CELL_LENGTH = 500;

const isBlank = (cell: string) => cell.trim() === '';

/**
 * The non-empty lines of a report's text split at `delimiter`, each without the empty cells at its
 * end (Teams pads every line with tabs to the widest section's columns). Undefined when the text
 * cannot be split that way (e.g. a quoted cell closed before something other than the delimiter).
 */
export function reportRecords(text: string, delimiter: TableDelimiter): TableRecord[] | undefined {
  let records: TableRecord[];
  try {
    records = readCsvRecords(text, delimiter);
  } catch (error) {
    if (error instanceof UnreadableFileError) return undefined;
    throw error;
  }
  return records.flatMap((record) => {
    let end = record.cells.length;
    while (end > 0 && isBlank(record.cells[end - 1])) end--;
    return end === 0 ? [] : [{ line: record.line, cells: record.cells.slice(0, end) }];
  });
}

/** Refuses a report with a cell longer than any name, email or time is. */
export function requireShortCells(records: readonly TableRecord[]): void {
  for (const record of records) {
    const long = record.cells.findIndex((cell) => cell.length > MAX_CELL_LENGTH);
    if (long >= 0) {
      throw new UnreadableFileError(`The value in column ${long + 1} on line ${record.line} is longer than ${MAX_CELL_LENGTH} characters: this is not a meeting attendance report`);
    }
  }
}

const tooManyLines = () =>
  new UnreadableFileError(`The report has more than ${MAX_DATA_LINES.toLocaleString('en')} lines of attendees, more than any training session has: this is not the report of one session`);

/** Refuses a report with more lines of attendees than any training session has. */
export function requireDataLineLimit(count: number): void {
  if (count > MAX_DATA_LINES) throw tooManyLines();
}

/** A Teams report lists a person among its participants and again per join among its activities. */
const MAX_TEXT_LINES = 2 * MAX_DATA_LINES + 1_000;

/** Refuses, before any parsing, a text with more lines than the largest report this platform reads. */
export function requireTextLineLimit(text: string): void {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_TEXT_LINES) throw tooManyLines();
  }
}

/** A cell of a record, trimmed; empty when the record has no such column (or `index` is undefined). */
export function cellOf(record: TableRecord, index: number | undefined): string {
  return index === undefined ? '' : (record.cells[index] ?? '').trim();
}

/** A header cell as compared with known column names: lower-case, spaces collapsed. */
export function headerKey(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The first column at or after `from` whose header is one of `names` (header keys), or undefined. */
export function columnNamed(header: readonly string[], names: readonly string[], from = 0): number | undefined {
  for (let i = from; i < header.length; i++) if (names.includes(headerKey(header[i]))) return i;
  return undefined;
}
