import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { fixtureText, rigaSession, utf16le, utf8 } from './fixtures/report-bytes';
import { readMeetingReport, type MeetingAttendee } from './meeting-report';

const list = fixtureText('teams-attendance-list.tsv');
const october3 = rigaSession('2025-10-03T08:00', '2025-10-03T09:30');

const brief = (attendees: MeetingAttendee[]) => attendees.map(({ name, email, minutes, joins }) => ({ name, email, minutes, joins }));
const listOf = (...rows: string[][]) => utf16le(['Full Name\tUser Action\tTimestamp', ...rows.map((row) => row.join('\t'))].join('\n'));

describe('readMeetingReport: the Teams attendance list of 2020–21 (Joined / Left events)', () => {
  it('pairs each join with the next Left, out of file order too; a person with no Left stays until the session’s end', () => {
    const report = readMeetingReport(utf16le(list), october3);
    expect(report).toMatchObject({ format: 'teams-attendance-list', encoding: 'utf-16le' });
    expect(brief(report.attendees)).toEqual([
      // `Joined before` at 8:00, no Left: until 9:30.
      { name: 'Līga Bērziņa', email: null, minutes: 90, joins: 1 },
      { name: 'Jānis Ozoliņš', email: null, minutes: 75, joins: 2 },
      { name: 'Ēriks Šņore', email: null, minutes: 50, joins: 1 },
    ]);
    expect(report.attendees[1].lines).toEqual([3, 5, 7, 8]);
  });

  it('reads `3/10/2025` as the session’s date: 3 October, not 10 March (which would make the open stay months long)', () => {
    expect(readMeetingReport(utf16le(list), october3).attendees[0].minutes).toBe(90);
    expect(() => readMeetingReport(utf16le(list), rigaSession('2025-10-20T08:00', '2025-10-20T09:30'))).toThrow(UnreadableFileError);
  });

  it('reads the Portuguese list with day-first dates', () => {
    const portuguese = [
      'Nome Completo\tAtividade\tCarimbo de data/hora',
      'Līga Bērziņa\tEntrou antes de\t16/11/2026, 09:00:00',
      'Jānis Ozoliņš\tIngressou\t16/11/2026, 09:10:00',
      'Jānis Ozoliņš\tSaiu\t16/11/2026, 09:40:00',
      'Līga Bērziņa\tSaiu\t16/11/2026, 10:00:00',
    ].join('\n');
    const report = readMeetingReport(utf8(portuguese), rigaSession('2026-11-16T09:00', '2026-11-16T10:30'));
    expect(brief(report.attendees)).toEqual([
      { name: 'Līga Bērziņa', email: null, minutes: 60, joins: 1 },
      { name: 'Jānis Ozoliņš', email: null, minutes: 30, joins: 1 },
    ]);
  });

  it('reads the times as Riga wall-clock time on the days the clocks change', () => {
    // 29 March 2026, clocks forward at 03:00: 02:50 EET to 04:10 EEST is 20 minutes, not 80.
    const spring = readMeetingReport(listOf(['Līga Bērziņa', 'Joined', '29/03/2026, 02:50:00'], ['Līga Bērziņa', 'Left', '29/03/2026, 04:10:00']), rigaSession('2026-03-29T02:30', '2026-03-29T05:00'));
    expect(spring.attendees[0].minutes).toBe(20);
    // 25 October 2026, clocks back at 04:00: 02:50 EEST to 04:10 EET is 140 minutes.
    const autumn = readMeetingReport(listOf(['Līga Bērziņa', 'Joined', '25/10/2026, 02:50:00'], ['Līga Bērziņa', 'Left', '25/10/2026, 04:10:00']), rigaSession('2026-10-25T02:30', '2026-10-25T05:00'));
    expect(autumn.attendees[0].minutes).toBe(140);
    // Joined at 10:00 (winter time, 08:00 UTC) and still there when the session ends at 11:30.
    const open = readMeetingReport(listOf(['Jānis Ozoliņš', 'Joined', '25/10/2026, 10:00:00']), { startsAt: new Date('2026-10-25T08:00:00Z'), endsAt: new Date('2026-10-25T09:30:00Z') });
    expect(open.attendees[0]).toMatchObject({ name: 'Jānis Ozoliņš', minutes: 90, joins: 1 });
  });

  it('refuses an action it does not know and a time it cannot read, naming the line', () => {
    expect(() => readMeetingReport(listOf(['Līga Bērziņa', 'Waved', '3/10/2025, 8:00:00 AM']), october3)).toThrow(/The action "Waved" on line 2/);
    expect(() => readMeetingReport(listOf(['Līga Bērziņa', 'Joined', 'morning']), october3)).toThrow(/The time "morning" on line 2/);
  });
});
