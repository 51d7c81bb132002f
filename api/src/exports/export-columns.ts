/** One column of an exported table: its heading and how a row gives its value. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Excel's width in characters, for XLSX. */
  width?: number;
}

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
