import { DateTime } from 'luxon';
import { RIGA_ZONE } from '../../time/riga-time';

/** Latin letters without their marks (ā → a, š → s), digits, dots and dashes: a name any ZIP tool and file system keeps. */
export function asciiName(text: string, maxLength = 60): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/-+\./g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** `2026-12-08_1000`: a session's start in Riga, sortable as text. */
export function sessionStamp(startsAt: Date): string {
  return DateTime.fromJSDate(startsAt, { zone: RIGA_ZONE }).toFormat('yyyy-MM-dd_HHmm');
}

/** `apmeklejums/2026-12-08_1000_03.pdf`: the session's start and its place among the run's sessions. */
export function sheetFileName(folder: string, startsAt: Date, ordinal: number): string {
  return `${folder}/${sessionStamp(startsAt)}_${String(ordinal).padStart(2, '0')}.pdf`;
}

const EXTENSIONS: Record<string, string> = {
  'text/csv': 'csv',
  'text/plain': 'txt',
  'text/tab-separated-values': 'tsv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** `atskaites/2026-12-08_1000_03_1-Teams-attendance.csv`: a report kept as received, named after its session and its own name. */
export function reportFileName(
  folder: string,
  report: { startsAt: Date; ordinal: number; index: number; fileName: string | null; format: string; contentType: string | null },
): string {
  const received = report.fileName ? asciiName(report.fileName, 80) : '';
  const extension = EXTENSIONS[(report.contentType ?? '').split(';')[0].trim().toLowerCase()] ?? 'bin';
  return `${folder}/${sessionStamp(report.startsAt)}_${String(report.ordinal).padStart(2, '0')}_${report.index}-${received || `${asciiName(report.format)}.${extension}`}`;
}
