import { fixtureText, rigaSession, utf16le, utf8 } from './fixtures/report-bytes';
import { readMeetingReport, type MeetingAttendee } from './meeting-report';

const summary = fixtureText('teams-meeting-summary.tsv');
const june10 = rigaSession('2021-06-10T10:00', '2021-06-10T11:30');

const brief = (attendees: MeetingAttendee[]) => attendees.map(({ name, email, minutes, joins }) => ({ name, email, minutes, joins }));

const ATTENDEES = [
  { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 92, joins: 1 },
  { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 78, joins: 2 },
  { name: 'Ēriks Šņore', email: null, minutes: 55, joins: 1 },
];

describe('readMeetingReport: the Teams "Meeting Summary" of mid-2021', () => {
  it('reads the UTF-16LE file, a line per join, and adds up a person’s rejoins', () => {
    const report = readMeetingReport(utf16le(summary), june10);
    expect(report).toMatchObject({ format: 'teams-meeting-summary', encoding: 'utf-16le' });
    expect(brief(report.attendees)).toEqual(ATTENDEES);
    expect(report.attendees[1].lines).toEqual([10, 12]);
  });

  it('reads the UTF-8 file with the lower-case `Join time` / `In-meeting Duration` headers', () => {
    const variant = summary.replace('Full Name\tJoin Time\tLeave Time\tDuration', 'Full Name\tJoin time\tLeave time\tIn-meeting Duration');
    const report = readMeetingReport(utf8(variant), june10);
    expect(report).toMatchObject({ format: 'teams-meeting-summary', encoding: 'utf-8' });
    expect(brief(report.attendees)).toEqual(ATTENDEES);
  });

  it('reads `6/10/2021` as 10 June for a session on 10 June and as 6 October for one on 6 October', () => {
    expect(brief(readMeetingReport(utf16le(summary), rigaSession('2021-10-06T10:00', '2021-10-06T11:30')).attendees)).toEqual(ATTENDEES);
    expect(() => readMeetingReport(utf16le(summary), rigaSession('2021-08-01T10:00', '2021-08-01T11:30'))).toThrow(/do not match the session/);
  });

  it('uses the durations when a line’s times cannot be read', () => {
    const withoutTimes = summary.replace('6/10/2021, 10:02:00 AM\t6/10/2021, 10:40:00 AM', '\t');
    expect(brief(readMeetingReport(utf16le(withoutTimes), june10).attendees)[1]).toEqual({ name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 78, joins: 2 });
  });
});
