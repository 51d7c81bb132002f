import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './export-columns';

/**
 * The rows as one XLSX sheet, written as they are read (exceljs's streaming writer: each row is
 * committed and let go), so a large export keeps a flat memory. Text stays text: the writer never
 * makes a formula of a value.
 */
export function xlsxStream<T>(sheetName: string, columns: readonly ExportColumn<T>[], rows: AsyncIterable<T>): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? Math.max(10, column.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      sheet.getRow(1).commit();
      for await (const row of rows) sheet.addRow(columns.map((column) => column.value(row))).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
