import { UnreadableFileError } from './table-file-error';

/** One line of a CSV file or one row of a worksheet, with its 1-based number in the file. */
export interface TableRecord {
  line: number;
  cells: string[];
}

export const MAX_DATA_ROWS = 20_000;
export const MAX_CELL_LENGTH = 1_000;

const isBlank = (cell: string) => cell.trim() === '';

/** The cells without the empty ones at the end (Excel writes `;;;` for columns once used). */
function withoutTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  return end === cells.length ? cells : cells.slice(0, end);
}

/**
 * The header (the first record with any content) and the data rows after it, empty records
 * skipped (their line numbers stay unused), within the limits on rows and on the length of a cell.
 */
export function toHeaderAndRows(records: Iterable<TableRecord>): { header: string[]; rows: TableRecord[] } {
  let header: string[] | undefined;
  const rows: TableRecord[] = [];
  for (const record of records) {
    const cells = withoutTrailingBlanks(record.cells);
    if (cells.length === 0) continue;
    const long = cells.findIndex((cell) => cell.length > MAX_CELL_LENGTH);
    if (long >= 0) {
      throw new UnreadableFileError(`The value in column ${long + 1} on line ${record.line} is longer than ${MAX_CELL_LENGTH.toLocaleString('en')} characters: this is not a list of people`);
    }
    if (header === undefined) {
      header = cells;
      continue;
    }
    if (rows.length === MAX_DATA_ROWS) {
      throw new UnreadableFileError(`The file has more than ${MAX_DATA_ROWS.toLocaleString('en')} rows of people: split it into smaller files`);
    }
    rows.push({ line: record.line, cells });
  }
  if (header === undefined) throw new UnreadableFileError('The file has no header row: every line of it is empty');
  return { header, rows };
}
