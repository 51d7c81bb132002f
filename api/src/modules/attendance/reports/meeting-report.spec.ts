import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { fixtureText, rigaSession, utf16le, utf8 } from './fixtures/report-bytes';
import { FORMATS_READ, MEETING_REPORT_FORMATS, readMeetingReport } from './meeting-report';

const session = rigaSession('2026-12-04T10:00', '2026-12-04T12:00');

function refusal(bytes: Buffer): UnreadableFileError {
  let thrown: unknown;
  try {
    readMeetingReport(bytes, session);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UnreadableFileError);
  const error = thrown as UnreadableFileError;
  expect(error).toMatchObject({ status: 400, code: 'UNREADABLE_FILE' });
  return error;
}

/** Bytes that look like nothing: a fixed pseudo-random sequence, the same every run. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 7;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = (state >>> 16) % 256;
  }
  return bytes;
}

const meetLines = (count: number) => ['First name,Last name,Email,Duration', ...Array.from({ length: count }, (_, i) => `Dalībnieks,${i + 1},,45 min`)].join('\n');

describe('readMeetingReport: what it is not', () => {
  it('names the formats it reads', () => {
    expect(MEETING_REPORT_FORMATS).toEqual(['teams', 'teams-meeting-summary', 'teams-attendance-list', 'zoom', 'google-meet']);
    expect(FORMATS_READ).toBe(
      'Not an attendance report this platform reads. It reads: Microsoft Teams attendance reports (the current three-section report, the 2021 meeting summary and the 2020–21 attendance list), Zoom participant exports and Google Meet attendance reports.',
    );
  });

  it('refuses a list of people (`Vārds;Uzvārds;E-pasts`), naming the formats it reads', () => {
    expect(refusal(utf8(fixtureText('people-list.csv'))).message).toBe(FORMATS_READ);
  });

  it('refuses an empty file and one of empty lines', () => {
    expect(refusal(Buffer.alloc(0)).message).toBe(`The file is empty. ${FORMATS_READ}`);
    expect(refusal(utf16le('\r\n\t\t\r\n')).message).toMatch(/^The file has only empty lines\./);
  });

  it('refuses binary garbage, naming the formats without the advice meant for lists of people', () => {
    const error = refusal(noise(2048));
    expect(error.message).toContain(FORMATS_READ);
    expect(error.message).not.toMatch(/Save it/);
    const pdf = refusal(Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(512)]));
    expect(pdf.message).toContain(FORMATS_READ);
  });

  it('refuses a report with more than 20,000 lines of attendees, and reads one with 20,000', () => {
    expect(readMeetingReport(utf8(meetLines(20_000)), session).attendees).toHaveLength(20_000);
    expect(refusal(utf8(meetLines(20_001))).message).toMatch(/more than 20,000 lines of attendees/);
  });

  it('refuses a file of far more lines before reading it', () => {
    expect(refusal(utf8('x\n'.repeat(50_000))).message).toMatch(/more than 20,000 lines of attendees/);
  });

  it('refuses a numbered list with a wide table that tells no durations, naming the formats', () => {
    const text = ['1. Grupa', 'Vārds\tUzvārds\tE-pasts\tTālrunis\tIestāde\tAmats', 'Līga\tBērziņa\tliga.berzina@kalkuni.invalid\t+371 6700 0000\tKalkuni\tGrāmatvede'].join('\n');
    expect(refusal(utf8(text)).message).toBe(FORMATS_READ);
  });

  it('refuses a cell longer than 500 characters, and cuts a name longer than 200', () => {
    const long = (length: number) => ['First name,Last name,Email,Duration', `${'Ā'.repeat(length)},Bērziņa,,45 min`].join('\n');
    expect(refusal(utf8(long(501))).message).toBe('The value in column 1 on line 2 is longer than 500 characters: this is not a meeting attendance report');
    expect(readMeetingReport(utf8(long(500)), session).attendees[0].name).toBe('Ā'.repeat(200));
  });

  it('refuses text with control characters in it (the decoder’s rule), with the line', () => {
    const text = ['First name,Last name,Email,Duration', 'Līga\u0007,Bērziņa,,45 min'].join('\n');
    expect(refusal(utf8(text)).message).toMatch(/^The file has a control character \(U\+0007\) on line 2: it is not a text table\. Not an attendance report/);
  });
});
