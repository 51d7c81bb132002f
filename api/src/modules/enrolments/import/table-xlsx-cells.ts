import type { Cell, CellValue } from 'exceljs';

const pad = (n: number) => String(n).padStart(2, '0');

/** `dd.MM.yyyy` as Latvians write dates, with ` HH:mm` when there is a time of day. exceljs gives dates in UTC. */
function dateText(date: Date): string {
  const day = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  return hasTime ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

const has = <K extends string>(value: object, key: K): value is Record<K, unknown> => key in value;

/**
 * A cell's value as the text one sees: text as it is (a text `=…` stays text, never a formula),
 * numbers as digits, dates as dd.MM.yyyy, rich text flattened, a formula's cached result (never
 * the formula), a hyperlink's text, an error as its code (#N/A).
 */
export function valueText(value: CellValue | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value !== 'object') return '';
  if (has(value, 'richText') && Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => valueText(run.text)).join('');
  if (has(value, 'formula') || has(value, 'sharedFormula')) return has(value, 'result') ? valueText(value.result) : '';
  if (has(value, 'hyperlink') && has(value, 'text')) return valueText(value.text);
  if (has(value, 'error') && typeof value.error === 'string') return value.error;
  return '';
}

/** The text of a cell; the cells a merge covers, other than its first, are empty as Excel shows them. */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return valueText(cell.value);
}
