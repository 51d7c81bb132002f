import { fixtureText, rigaSession, utf8, utf8Bom } from './fixtures/report-bytes';
import { readMeetingReport, type MeetingAttendee } from './meeting-report';
import { zoomName } from './zoom-report';

const withMeeting = fixtureText('zoom-with-meeting.csv');
const uniqueUsers = fixtureText('zoom-unique-users.csv');
const november19 = rigaSession('2026-11-19T10:00', '2026-11-19T12:00');

const brief = (attendees: MeetingAttendee[]) => attendees.map(({ name, email, minutes, joins }) => ({ name, email, minutes, joins }));

const ATTENDEES = [
  // 9:55:00 to 12:00:20 is 125 minutes; Zoom's own column rounds up to 126.
  { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 125, joins: 1 },
  { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 104, joins: 2 },
  // Two devices, 10:00–11:00 and 10:30–11:30: 90 minutes, not 120.
  { name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 90, joins: 2 },
  { name: 'Kalniņa, Anna', email: null, minutes: 90, joins: 1 },
];

describe('readMeetingReport: Zoom participants export', () => {
  it('reads the export with the meeting block, folding rejoins and overlapping devices by email', () => {
    const report = readMeetingReport(utf8(withMeeting), november19);
    expect(report).toMatchObject({ format: 'zoom', encoding: 'utf-8' });
    expect(brief(report.attendees)).toEqual(ATTENDEES);
    expect(report.attendees[1].lines).toEqual([6, 9]);
  });

  it('reads the export without the meeting block', () => {
    const tableOnly = withMeeting.split('\n').slice(3).join('\n');
    const report = readMeetingReport(utf8Bom(tableOnly), november19);
    expect(report).toMatchObject({ format: 'zoom', encoding: 'utf-8-bom' });
    expect(brief(report.attendees)).toEqual(ATTENDEES);
    expect(report.attendees[1].lines).toEqual([3, 6]);
  });

  it('reads the "unique users" export, a line per person with the total minutes', () => {
    const report = readMeetingReport(utf8(uniqueUsers), november19);
    expect(report.format).toBe('zoom');
    expect(brief(report.attendees)).toEqual([
      { name: 'Līga Bērziņa', email: 'liga.berzina@kalkuni.invalid', minutes: 126, joins: 1 },
      { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 104, joins: 1 },
      { name: 'Kalniņa, Anna', email: null, minutes: 90, joins: 1 },
    ]);
  });

  it('reads lower-case headers and leaves out the time in the waiting room', () => {
    const text = [
      'Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,Recording disclaimer response,In waiting room',
      'Ēriks Šņore,eriks.snore@kalkuni.invalid,11/19/2026 09:50:00 AM,11/19/2026 10:00:00 AM,10,No,OK,Yes',
      'Ēriks Šņore,eriks.snore@kalkuni.invalid,11/19/2026 10:00:00 AM,11/19/2026 11:15:00 AM,75,No,OK,No',
    ].join('\n');
    expect(brief(readMeetingReport(utf8(text), november19).attendees)).toEqual([{ name: 'Ēriks Šņore', email: 'eriks.snore@kalkuni.invalid', minutes: 75, joins: 1 }]);
  });

  it('takes the participant’s email and minutes, not the host’s, from a header line that has both', () => {
    const text = [
      'Topic,Meeting ID,User Name,User Email,Department,Group,Has Zoom Rooms,Creation Time,Start Time,End Time,Duration (minutes),Participants,Name (original name),User Email,Join Time,Leave Time,Duration (minutes),Guest,Recording Consent,In Waiting Room',
      'Kurss,81234567890,Līga Bērziņa,liga.berzina@kalkuni.invalid,,,No,01/06/2026 09:00,01/06/2026 10:00,01/06/2026 11:00,60,2,Jānis Ozoliņš,janis.ozolins@kalkuni.invalid,01/06/2026 10:00,01/06/2026 10:45,45,No,Y,No',
      'Kurss,81234567890,Līga Bērziņa,liga.berzina@kalkuni.invalid,,,No,01/06/2026 09:00,01/06/2026 10:00,01/06/2026 11:00,60,2,Guntis,,01/06/2026 10:05,01/06/2026 10:35,30,Yes,Y,No',
    ].join('\r\n');
    const report = readMeetingReport(utf8(text), rigaSession('2026-06-01T10:00', '2026-06-01T11:00'));
    expect(brief(report.attendees)).toEqual([
      { name: 'Jānis Ozoliņš', email: 'janis.ozolins@kalkuni.invalid', minutes: 45, joins: 1 },
      { name: 'Guntis', email: null, minutes: 30, joins: 1 },
    ]);
  });

  it('uses the minutes column when a line’s times cannot be read', () => {
    const text = ['Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest', 'Līga Bērziņa,liga.berzina@kalkuni.invalid,,,42,No'].join('\n');
    expect(readMeetingReport(utf8(text), november19).attendees[0]).toMatchObject({ minutes: 42, joins: 1 });
    const neither = ['Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest', 'Līga Bērziņa,liga.berzina@kalkuni.invalid,,,,No'].join('\n');
    expect(() => readMeetingReport(utf8(neither), november19)).toThrow(/Neither the join and leave times nor the duration on line 2 can be read/);
  });

  it('names a renamed participant by the original name in the parentheses', () => {
    expect(zoomName('Līga (Līga Bērziņa)')).toBe('Līga Bērziņa');
    expect(zoomName('015_Jānis (Jānis Ozoliņš)')).toBe('Jānis Ozoliņš');
    expect(zoomName('Ēriks Šņore')).toBe('Ēriks Šņore');
    expect(zoomName('Ēriks Šņore (Guest)')).toBe('Ēriks Šņore (Guest)');
  });
});
