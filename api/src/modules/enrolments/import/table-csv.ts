import { parse } from 'csv-parse/sync';
import { UnreadableFileError } from './table-file-error';
import type { TableRecord } from './table-rows';

export type TableDelimiter = ';' | ',' | '\t';

/** On a tie, the earlier wins: a tab is never inside a name, and `;` is the Latvian list separator ("Vārds, uzvārds;E-pasts"). */
const DELIMITERS: readonly TableDelimiter[] = ['\t', ';', ','];

/**
 * The separator of the header line, the first line with any content: the one it has most of
 * outside quotes. A quote opens a quoted field only at the start of a field, as in Excel. Lines of
 * only separators, quotes and spaces (`;;;`) are not the header.
 */
export function detectDelimiter(text: string): TableDelimiter {
  const counts = new Map<TableDelimiter, number>();
  let inQuotes = false;
  let atFieldStart = true;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') inQuotes = false;
      else if (c.trim() !== '') hasContent = true;
      continue;
    }
    const delimiter = DELIMITERS.find((d) => d === c);
    if (c === '\n' || c === '\r') {
      if (hasContent) break;
      counts.clear();
      atFieldStart = true;
    } else if (delimiter) {
      counts.set(delimiter, (counts.get(delimiter) ?? 0) + 1);
      atFieldStart = true;
    } else if (c === '"' && atFieldStart) {
      inQuotes = true;
    } else {
      if (c.trim() !== '' && c !== '"') hasContent = true;
      atFieldStart = false;
    }
  }
  let best: TableDelimiter = ';';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * Every line of the text as a record with the file's line number where it starts, read by
 * csv-parse: quoted fields may hold the separator, line breaks and doubled quotes; a stray quote
 * inside an unquoted field stays as it is, as Excel keeps it; CRLF, LF and CR all end a line
 * (and become LF inside quoted values).
 */
export function readCsvRecords(text: string, delimiter: TableDelimiter): TableRecord[] {
  const records: TableRecord[] = [];
  // csv-parse tells the line a record ends on; it starts on the line after the previous one's end.
  let endOfPrevious = 0;
  try {
    // One kind of line end, so that csv-parse counts lines as the file has them (it counts a CRLF inside quotes twice).
    parse(text.replace(/\r\n?/g, '\n'), {
      delimiter,
      quote: '"',
      escape: '"',
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context) => {
        records.push({ line: endOfPrevious + 1, cells: record });
        endOfPrevious = context.lines;
        return null;
      },
    });
  } catch (error) {
    throw new UnreadableFileError(`The file cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  return records;
}
