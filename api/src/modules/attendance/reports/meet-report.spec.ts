import { fixtureText, rigaSession, utf8 } from './fixtures/report-bytes';
import { readMeetingReport, type MeetingAttendee } from './meeting-report';

const meet = fixtureText('meet-attendance.csv');
const session = { ...rigaSession('2026-12-04T10:00', '2026-12-04T12:00'), fileName: '2026-12-04 10:00 Darba drošība - Attendance Report.csv' };

const brief = (attendees: MeetingAttendee[]) => attendees.map(({ name, email, minutes, joins }) => ({ name, email, minutes, joins }));

const ATTENDEES = [
  { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 65, joins: 1 },
  { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 105, joins: 2 },
  // 30 seconds, rounded to the nearest minute.
  { name: 'Ēriks Šņore', email: null, minutes: 1, joins: 1 },
];

describe('readMeetingReport: Google Meet attendance report', () => {
  it('reads the columns by their header names and the durations `1 hr 5 min`, `45 min`, `30 sec`, `1 hr`', () => {
    const report = readMeetingReport(utf8(meet), session);
    expect(report).toMatchObject({ format: 'google-meet', encoding: 'utf-8' });
    expect(brief(report.attendees)).toEqual(ATTENDEES);
    expect(report.attendees[1].lines).toEqual([3, 5]);
  });

  it('reads the columns in another order and capitalisation by their names', () => {
    const reordered = meet
      .split('\n')
      .map((line) => {
        const cells = line.split(',');
        return cells.length < 6 ? line : [cells[3], cells[2], cells[1], cells[0], cells[4], cells[5]].join(',');
      })
      .join('\n')
      .replace('Duration,Email,Last name,First name', 'DURATION,EMAIL,LAST NAME,FIRST NAME');
    expect(brief(readMeetingReport(utf8(reordered), session).attendees)).toEqual(ATTENDEES);
  });

  it('reads the file by position when it has no header line', () => {
    const headerless = meet.split('\n').slice(1).join('\n');
    const report = readMeetingReport(utf8(headerless), session);
    expect(report.format).toBe('google-meet');
    expect(brief(report.attendees)).toEqual(ATTENDEES);
    expect(report.attendees[0].lines).toEqual([1]);
  });
});
