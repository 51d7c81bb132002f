import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import type { TableDelimiter } from '../../enrolments/import/table-csv';
import { decodeTableText } from '../../enrolments/import/table-text-encoding';
import { meetReport } from './meet-report';
import { reportRecords, requireShortCells, requireTextLineLimit, type TableRecord } from './report-table';
import { teamsAttendanceList } from './teams-attendance-list';
import { teamsMeetingSummary } from './teams-meeting-summary';
import { teamsReport } from './teams-report';
import { zoomReport } from './zoom-report';

export const MEETING_REPORT_FORMATS = ['teams', 'teams-meeting-summary', 'teams-attendance-list', 'zoom', 'google-meet'] as const;
export type MeetingReportFormat = (typeof MEETING_REPORT_FORMATS)[number];

/** One person of the report, their rejoins added up. */
export interface MeetingAttendee {
  /** The display name as the report gives it, cleaned: `(External)`, `(Unverified)`, `(EXT)`, `(Guest)` suffixes and a `[Company] ` prefix removed, white space trimmed and collapsed; `Surname, Given` kept as written (matching is done elsewhere). */
  name: string;
  /** Lower-cased email when the report has one for the person (Teams Email, else UPN; Zoom User Email; Meet Email); null for dial-in / guests without one. */
  email: string | null;
  /**
   * Minutes attended, rounded to the nearest whole minute: where the report gives join and leave
   * times, the union of the person's intervals (a stay from two devices at once counts once);
   * otherwise the sum of the stated per-join durations (or the per-person total).
   */
  minutes: number;
  /** How many join rows were folded into this attendee. */
  joins: number;
  /** The file lines (1-based) the attendee was read from, for messages. */
  lines: number[];
}

export interface MeetingReport {
  format: MeetingReportFormat;
  /** How the bytes were read (the TableEncoding string). */
  encoding: string;
  attendees: MeetingAttendee[];
}

export interface MeetingReportContext {
  /** The training session's scheduled start and end (instants). Used to resolve day/month ambiguity (`3/10/25`) and dates that the report gives without a date (Meet), to interpret wall-clock timestamps in Europe/Riga (no offset in the files; DST days must be right), and as the end for a person still in the meeting with no `Left` row. */
  startsAt: Date;
  endsAt: Date;
  fileName?: string;
}

/** A format's reader once it recognised the report's shape: reading may still refuse the file, naming the line. */
export interface ReportReading {
  format: MeetingReportFormat;
  read: () => MeetingAttendee[];
}

/** Recognises its format by the shape of the records (the header row's column set), or returns undefined. */
export type ReportReader = (records: readonly TableRecord[], context: MeetingReportContext) => ReportReading | undefined;

export const FORMATS_READ =
  'Not an attendance report this platform reads. It reads: Microsoft Teams attendance reports (the current three-section report, the 2021 meeting summary and the 2020–21 attendance list), Zoom participant exports and Google Meet attendance reports.';

/** Most specific first: the Teams sections, then the single-table formats. */
const READERS: readonly ReportReader[] = [teamsReport, teamsMeetingSummary, teamsAttendanceList, zoomReport, meetReport];

function decodeReport(bytes: Buffer): { text: string; encoding: string } {
  try {
    return decodeTableText(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    // The decoder's advice is for lists of people (save as CSV UTF-8 or .xlsx); a report is re-downloaded instead.
    const reason = error.message.replace(/\s*Save it .*$/s, '').replace(/[.:]?$/, '.');
    throw new UnreadableFileError(`${reason} ${FORMATS_READ}`);
  }
}

/**
 * Reads an attendance report exported by Microsoft Teams, Zoom or Google Meet: the persons in it
 * in order of first appearance, each with their rejoins added up. The format is told by the shape
 * of its header rows, not by the words of its (localised) titles. Throws UnreadableFileError, in
 * English, for anything else or a report it cannot read in full.
 */
export function readMeetingReport(bytes: Buffer, context: MeetingReportContext): MeetingReport {
  if (Number.isNaN(context.startsAt.getTime()) || Number.isNaN(context.endsAt.getTime())) {
    throw new Error('readMeetingReport needs the session’s start and end as valid dates');
  }
  if (bytes.length === 0) throw new UnreadableFileError(`The file is empty. ${FORMATS_READ}`);
  const { text, encoding } = decodeReport(bytes);
  if (text.trim() === '') throw new UnreadableFileError(`The file has only empty lines. ${FORMATS_READ}`);
  requireTextLineLimit(text);
  // Teams writes tabs; Zoom and Meet commas; Excel re-saving on a Latvian PC semicolons.
  const delimiters: TableDelimiter[] = text.includes('\t') ? ['\t', ',', ';'] : [',', ';'];
  for (const delimiter of delimiters) {
    const records = reportRecords(text, delimiter);
    if (!records) continue;
    for (const reader of READERS) {
      const reading = reader(records, context);
      if (!reading) continue;
      requireShortCells(records);
      return { format: reading.format, encoding, attendees: reading.read() };
    }
  }
  throw new UnreadableFileError(FORMATS_READ);
}
