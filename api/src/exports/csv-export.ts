import { Readable } from 'node:stream';
import type { ExportColumn } from './export-columns';

/** A value Excel would run as a formula (or that starts with a control character that hides one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as Latvian Excel reads a `;`-separated file: numbers with a decimal comma, text that
 * could start a formula made inert with a leading apostrophe, quotes doubled.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvCell).join(';')}\r\n`;
}

/** The rows as CSV that Latvian Excel opens as it is (UTF-8 with BOM, `;`, CRLF), produced as they are read. */
export function csvStream<T>(columns: readonly ExportColumn<T>[], rows: AsyncIterable<T>): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${csvLine(columns.map((column) => column.header))}`;
    let chunk = '';
    for await (const row of rows) {
      chunk += csvLine(columns.map((column) => column.value(row)));
      if (chunk.length >= 64 * 1024) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.from(lines(), { objectMode: false });
}
