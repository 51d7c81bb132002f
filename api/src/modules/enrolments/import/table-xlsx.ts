import { Workbook } from 'exceljs';
import { UnreadableFileError } from './table-file-error';
import type { TableRecord } from './table-rows';
import { requireCleanText } from './table-text-rules';
import { cellText } from './table-xlsx-cells';
import { requireModestZip } from './table-zip-limits';

/** The rows of the workbook's first visible worksheet, each with its row number, as text. */
export async function readXlsxRecords(bytes: Buffer): Promise<TableRecord[]> {
  await requireModestZip(bytes);
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy of exactly these bytes is one.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new UnreadableFileError('The file is a ZIP archive but not an Excel workbook (.xlsx) that can be read');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state !== 'hidden' && candidate.state !== 'veryHidden') ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('The workbook has no worksheet');
  const records: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const text = cellText(row.getCell(column));
      requireCleanText(text, () => `in row ${rowNumber}, column ${column}`);
      cells.push(text);
    }
    records.push({ line: rowNumber, cells });
  });
  return records;
}
