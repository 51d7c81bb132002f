import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn } from './export-columns';

/** Rows written between looks at whether the reader keeps up. */
const BATCH = 500;

/**
 * The rows as one XLSX sheet, written as they are read (exceljs's streaming writer: each row is
 * committed and let go), so a large export keeps a flat memory: every few hundred rows it lets the
 * compressor catch up and waits while the reader is behind. Text stays text: the writer never
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
      let written = 0;
      for await (const row of rows) {
        sheet.addRow(columns.map((column) => column.value(row))).commit();
        if (++written % BATCH === 0) {
          await new Promise((resolve) => setImmediate(resolve));
          if (output.writableNeedDrain) await once(output, 'drain');
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
