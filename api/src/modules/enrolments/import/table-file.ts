import { detectDelimiter, readCsvRecords, type TableDelimiter } from './table-csv';
import { UnreadableFileError } from './table-file-error';
import { toHeaderAndRows } from './table-rows';
import { decodeTableText, type TableEncoding } from './table-text-encoding';
import { readXlsxRecords } from './table-xlsx';

export type { TableDelimiter } from './table-csv';
export type { TableEncoding } from './table-text-encoding';
export { MAX_CELL_LENGTH, MAX_DATA_ROWS } from './table-rows';

/** A file of people as a table: its header and its non-empty rows, each with its line (CSV) or row (XLSX) number. */
export interface TableFile {
  format: 'csv' | 'xlsx';
  /** For CSV: how its bytes were read. */
  encoding?: TableEncoding;
  /** For CSV: the separator found in the header line. */
  delimiter?: TableDelimiter;
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Excel 97–2003 `.xls` (and old Word files). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Buffer, magic: number[]) => bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

function saidToBeXlsx(declaredType: string | undefined, fileName: string | undefined): boolean {
  const type = (declaredType ?? '').split(';')[0].trim().toLowerCase();
  return type === XLSX_MEDIA_TYPE || /\.xlsx$/i.test(fileName ?? '');
}

/**
 * Reads a file of people: an Excel workbook (its first worksheet) when its bytes are a ZIP archive,
 * else CSV/TSV text in whichever encoding Latvian offices' software writes. The declared type and
 * the file name only sharpen the message when the bytes are not what they claim; the bytes decide.
 * Throws UnreadableFileError, saying why, for anything that is not such a table.
 */
export async function readTableFile(bytes: Buffer, declaredType?: string, fileName?: string): Promise<TableFile> {
  if (bytes.length === 0) throw new UnreadableFileError('The file is empty');
  if (startsWith(bytes, ZIP_MAGIC)) {
    return { format: 'xlsx', ...toHeaderAndRows(await readXlsxRecords(bytes)) };
  }
  if (startsWith(bytes, OLE2_MAGIC)) {
    throw new UnreadableFileError('The file is an old Excel 97–2003 workbook (.xls), which cannot be read: save it as an Excel workbook (.xlsx) or as "CSV UTF-8"');
  }
  if (saidToBeXlsx(declaredType, fileName)) {
    throw new UnreadableFileError('The file is said to be an Excel workbook (.xlsx) but is not one: save it again from Excel as .xlsx, or as "CSV UTF-8"');
  }
  const { text, encoding } = decodeTableText(bytes);
  const delimiter = detectDelimiter(text);
  return { format: 'csv', encoding, delimiter, ...toHeaderAndRows(readCsvRecords(text, delimiter)) };
}
