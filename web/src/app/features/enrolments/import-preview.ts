import type { EnrolmentImportResponse, ImportRowResult } from '@di/contracts';
import { enrolmentStatusLabel } from '../../shared/enrolments/enrolment-status-label';

export interface ImportTally {
  valid: number;
  errors: number;
}

/** What the coordinator may do after reading the file's check (or its import). */
export type ImportNextStep = 'import' | 'import-valid' | 'nothing-valid' | 'done';

export function importTally(response: EnrolmentImportResponse): ImportTally {
  const errors = response.rows.filter((row) => row.status === 'error').length;
  return { valid: response.rows.length - errors, errors };
}

/**
 * After a dry run: import everything when every row is fine, only the valid rows when some are
 * not (the API writes nothing for a file with errors unless asked for `partial`), or nothing.
 */
export function importNextStep(response: EnrolmentImportResponse): ImportNextStep {
  if (response.written) return 'done';
  const { valid, errors } = importTally(response);
  if (valid === 0) return 'nothing-valid';
  return errors === 0 ? 'import' : 'import-valid';
}

/** How the file was read: "CSV, UTF-8, separator ;", so a wrong guess is seen before anything is written. */
export function importFormatText(response: EnrolmentImportResponse): string {
  const parts = [response.format.toUpperCase()];
  if (response.encoding) parts.push(response.encoding);
  if (response.delimiter) parts.push($localize`:@@import.format.delimiter:atdalītājs ${delimiterName(response.delimiter)}:delimiter:`);
  return parts.join(', ');
}

function delimiterName(delimiter: string): string {
  switch (delimiter) {
    case ';':
      return $localize`:@@import.delimiter.semicolon:semikols (;)`;
    case ',':
      return $localize`:@@import.delimiter.comma:komats (,)`;
    case '\t':
      return $localize`:@@import.delimiter.tab:tabulācija`;
    default:
      return `«${delimiter}»`;
  }
}

/** A row's outcome (or, in a dry run, what would happen). */
export function importRowStatusText(row: ImportRowResult): string {
  switch (row.status) {
    case 'created': {
      const account = $localize`:@@import.row.created:Jauns konts`;
      return row.enrolmentStatus ? `${account}; ${enrolmentStatusLabel(row.enrolmentStatus)}` : account;
    }
    case 'error':
      return $localize`:@@import.row.error:Kļūda`;
    default:
      return enrolmentStatusLabel(row.status);
  }
}
