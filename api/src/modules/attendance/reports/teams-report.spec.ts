import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { commaSeparated, crlf, fixtureText, padTabs, rigaSession, utf16be, utf16le, utf16leWithoutBom, utf8, utf8Bom } from './fixtures/report-bytes';
import { readMeetingReport, type MeetingAttendee } from './meeting-report';

const english = fixtureText('teams-current-en.tsv');
const polish = fixtureText('teams-current-pl.tsv');
const november16 = rigaSession('2026-11-16T09:00', '2026-11-16T10:30');
const october3 = rigaSession('2025-10-03T08:00', '2025-10-03T10:30');

const brief = (attendees: MeetingAttendee[]) => attendees.map(({ name, email, minutes, joins }) => ({ name, email, minutes, joins }));

const ENGLISH_ATTENDEES = [
  { name: 'Bērziņa, Līga', email: 'liga.berzina@kalkuni.invalid', minutes: 90, joins: 1 },
  { name: 'Jānis Ozoliņš', email: 'janis.ozolins@partneri.invalid', minutes: 87, joins: 1 },
  { name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 65, joins: 3 },
  { name: 'Anna Kalniņa', email: 'anna.kalnina@kalkuni.invalid', minutes: 59, joins: 1 },
  { name: '+371 6700 0000', email: null, minutes: 45, joins: 1 },
  { name: 'Māra Liepiņa', email: null, minutes: 30, joins: 1 },
];

const POLISH_ATTENDEES = [
  { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 139, joins: 1 },
  { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 65, joins: 1 },
  { name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 75, joins: 2 },
];

describe('readMeetingReport: the current Teams report (three numbered sections)', () => {
  it.each([
    ['UTF-16LE with BOM, CRLF, lines padded with tabs', utf16le(crlf(padTabs(english, 7))), 'utf-16le'],
    ['UTF-16BE with BOM, LF', utf16be(english), 'utf-16be'],
    ['UTF-16LE without BOM', utf16leWithoutBom(english), 'utf-16le'],
    ['UTF-8', utf8(english), 'utf-8'],
    ['UTF-8 with BOM, comma-separated', utf8Bom(commaSeparated(english)), 'utf-8-bom'],
  ])('reads %s', (_, bytes, encoding) => {
    const report = readMeetingReport(bytes, november16);
    expect(report.format).toBe('teams');
    expect(report.encoding).toBe(encoding);
    expect(brief(report.attendees)).toEqual(ENGLISH_ATTENDEES);
  });

  it('adds up a person’s three rejoins from the activities section and tells the lines they came from', () => {
    const eriks = readMeetingReport(utf16le(english), november16).attendees[2];
    expect(eriks).toEqual({ name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 65, joins: 3, lines: [13, 22, 23, 24] });
  });

  it('gives a person whose Email is empty their UPN, and folds their activities rows (Email empty too) into them by name', () => {
    const anna = readMeetingReport(utf16le(english), november16).attendees[3];
    expect(anna).toMatchObject({ name: 'Anna Kalniņa', email: 'anna.kalnina@kalkuni.invalid', joins: 1, lines: [14, 25] });
  });

  it('reads the headers in either capitalisation Teams used', () => {
    const capitalised = english
      .replace('First join\tLast leave\tIn-meeting duration', 'First Join\tLast Leave\tIn-Meeting Duration')
      .replace('3. In-Meeting activities', '3. In-Meeting Activities')
      .replace('Name\tJoin time\tLeave time\tDuration\tEmail\tRole', 'NAME\tJOIN TIME\tLEAVE TIME\tDURATION\tEMAIL\tROLE');
    expect(brief(readMeetingReport(utf16le(capitalised), november16).attendees)).toEqual(ENGLISH_ATTENDEES);
  });

  it('uses the participants section’s durations when the report has no activities section', () => {
    const withoutActivities = english.slice(0, english.indexOf('3. In-Meeting activities'));
    const report = readMeetingReport(utf16le(withoutActivities), november16);
    expect(brief(report.attendees)).toEqual(ENGLISH_ATTENDEES.map((attendee) => ({ ...attendee, joins: 1 })));
    expect(report.attendees[4]).toMatchObject({ name: '+371 6700 0000', minutes: 45, lines: [15] });
  });

  it('reads the sections in another order', () => {
    const [summary, participants, activities] = english.split(/\n(?=\d\. )/);
    const reordered = [summary, activities, participants].join('\n');
    expect(brief(readMeetingReport(utf16le(reordered), november16).attendees)).toEqual(ENGLISH_ATTENDEES);
  });

  it('reads the Polish report (UTF-16LE, CRLF, tab padding, `2 godz. 19 min 19 s`), whose dates are still `3/10/25, 8:00:48 AM`', () => {
    const report = readMeetingReport(utf16le(crlf(padTabs(polish, 7))), october3);
    expect(report.format).toBe('teams');
    expect(brief(report.attendees)).toEqual(POLISH_ATTENDEES);
  });

  it('reads a UI language whose headers it does not know by what the columns hold', () => {
    const header = (columns: number) => Array.from({ length: columns }, (_, i) => `Kolonna ${i + 1}`).join('\t');
    const lines = polish.split('\n');
    lines[9] = header(7).replace('Kolonna 6', 'Kolonna 6 (UPN)');
    lines[15] = header(6);
    const unknown = lines.join('\n').replace('1. Podsumowanie', '1. Kopsavilkums').replace('2. Uczestnicy', '2. Dalībnieki').replace('3. Działania podczas spotkania', '3. Darbības');
    expect(brief(readMeetingReport(utf16le(unknown), october3).attendees)).toEqual(POLISH_ATTENDEES);
  });

  it('resolves `3/10/25` by the session’s date either way, and refuses it when it matches neither', () => {
    const bytes = utf16le(polish);
    expect(brief(readMeetingReport(bytes, october3).attendees)).toEqual(POLISH_ATTENDEES);
    expect(brief(readMeetingReport(bytes, rigaSession('2025-03-10T08:00', '2025-03-10T10:30')).attendees)).toEqual(POLISH_ATTENDEES);
    const refusal = () => readMeetingReport(bytes, rigaSession('2025-05-12T08:00', '2025-05-12T10:30'));
    expect(refusal).toThrow(UnreadableFileError);
    expect(refusal).toThrow(/do not match the session: "3\/10\/25, 8:00:48 AM" \(line 4\) is either 2025-10-03 or 2025-03-10, and the session is on 2025-05-12/);
  });

  it('reads month-first 12-hour times with a narrow no-break space before PM, and counts two devices at once once', () => {
    const nnbsp = '\u202f';
    const text = [
      '1. Summary',
      `Start time\t7/22/26, 7:00:00${nnbsp}PM`,
      '',
      '2. Participants',
      'Name\tFirst join\tLast leave\tIn-meeting duration\tEmail\tParticipant ID (UPN)\tRole',
      `Līga Bērziņa\t7/22/26, 7:02:11${nnbsp}PM\t7/22/26, 8:00:00${nnbsp}PM\t57m 49s\tliga.berzina@kalkuni.invalid\tliga.berzina@kalkuni.invalid\tAttendee`,
      '',
      '3. In-Meeting activities',
      'Name\tJoin time\tLeave time\tDuration\tEmail\tRole',
      `Līga Bērziņa\t7/22/26, 7:02:11${nnbsp}PM\t7/22/26, 7:40:00${nnbsp}PM\t37m 49s\tliga.berzina@kalkuni.invalid\tAttendee`,
      `Līga Bērziņa\t7/22/26, 7:30:00\u00a0PM\t7/22/26, 8:00:00\u00a0PM\t30m\tliga.berzina@kalkuni.invalid\tAttendee`,
    ].join('\r\n');
    const report = readMeetingReport(utf16le(text), rigaSession('2026-07-22T19:00', '2026-07-22T20:00'));
    // 7:02:11 PM to 8:00:00 PM: the two rows overlap; their durations would add up to 68.
    expect(brief(report.attendees)).toEqual([{ name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 58, joins: 2 }]);
  });

  it('refuses a participants line whose duration cannot be read, naming the line', () => {
    const broken = english.replace('1h 27m\tjanis', 'soon\tjanis');
    expect(() => readMeetingReport(utf16le(broken), november16)).toThrow(/The duration "soon" on line 12 cannot be read/);
  });
});
