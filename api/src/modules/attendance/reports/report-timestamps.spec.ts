import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { rigaSession } from './fixtures/report-bytes';
import { ReportClock, reportClock, scanTimestamp } from './report-timestamps';

const cells = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2 }));
const iso = (date: Date | undefined) => date?.toISOString();

describe('scanTimestamp', () => {
  it.each([
    ['16/11/22, 09:30:16', { order: 'either', year: 2022, first: 16, second: 11, hour: 9, minute: 30, seconds: 16 }],
    ['7/22/26, 7:02:11\u202fPM', { order: 'either', year: 2026, first: 7, second: 22, hour: 19, minute: 2, seconds: 11 }],
    ['3/10/25, 12:00:48 AM', { order: 'either', year: 2025, first: 3, second: 10, hour: 0, minute: 0, seconds: 48 }],
    ['11/19/2021 12:01:59 PM', { order: 'either', year: 2021, first: 11, second: 19, hour: 12, minute: 1, seconds: 59 }],
    ['01/06/2023 00:00', { order: 'either', year: 2023, first: 1, second: 6, hour: 0, minute: 0, seconds: 0 }],
    ['16.11.2022, 09:30:16', { order: 'day-first', year: 2022, first: 16, second: 11, hour: 9, minute: 30, seconds: 16 }],
    ['2026-12-04 10:00:00', { order: 'year-first', year: 2026, first: 4, second: 12, hour: 10, minute: 0, seconds: 0 }],
    ['2026-12-04T10:00', { order: 'year-first', year: 2026, first: 4, second: 12, hour: 10, minute: 0, seconds: 0 }],
  ])('reads %p', (text, parts) => {
    expect(scanTimestamp(text)).toEqual(parts);
  });

  it.each(['', '10:00 AM', '16/11/22', '16/11/22, 25:00:00', '3/10/25, 13:00 PM', '3/10/125, 10:00', 'soon'])('does not read %p', (text) => {
    expect(scanTimestamp(text)).toBeUndefined();
  });
});

describe('reportClock', () => {
  const october3 = rigaSession('2025-10-03T08:00', '2025-10-03T10:00');

  it('takes the only order under which every date exists', () => {
    expect(reportClock(cells('3/10/25, 8:00:48 AM', '11/19/25, 9:00:00 AM'), october3).order).toBe('month-first');
    expect(reportClock(cells('3/10/25, 8:00:48', '16/11/25, 09:00:00'), october3).order).toBe('day-first');
  });

  it('decides ambiguous dates by the session’s date, within a day', () => {
    expect(reportClock(cells('3/10/25, 8:00:48 AM'), october3).order).toBe('day-first');
    expect(reportClock(cells('3/10/25, 8:00:48 AM'), rigaSession('2025-03-11T08:00', '2025-03-11T10:00')).order).toBe('month-first');
    expect(() => reportClock(cells('3/10/25, 8:00:48 AM'), rigaSession('2025-03-12T08:00', '2025-03-12T10:00'))).toThrow(UnreadableFileError);
  });

  it('says which date did not match, and where', () => {
    expect(() => reportClock(cells('', '5/6/25, 10:00:00 AM'), october3)).toThrow(
      'The dates of the report do not match the session: "5/6/25, 10:00:00 AM" (line 3) is either 2025-06-05 or 2025-05-06, and the session is on 2025-10-03.',
    );
  });

  it('reads wall-clock times in Riga time, summer and winter time and the days the clocks change', () => {
    const dayFirst = new ReportClock('day-first');
    expect(iso(dayFirst.instant('15.10.2026, 10:00:00'))).toBe('2026-10-15T07:00:00.000Z');
    expect(iso(dayFirst.instant('04/12/2026, 10:00:05'))).toBe('2026-12-04T08:00:05.000Z');
    expect(iso(dayFirst.instant('25/10/2026, 10:00:00'))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(dayFirst.instant('25/10/2026, 02:59:59'))).toBe('2026-10-24T23:59:59.000Z');
    expect(iso(dayFirst.instant('29/03/2026, 02:59:00'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(dayFirst.instant('29/03/2026, 04:00:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(new ReportClock('month-first').instant('3/29/26, 10:00:00 AM'))).toBe('2026-03-29T07:00:00.000Z');
  });

  it('has no instant for a time the clocks skip or a date that does not exist', () => {
    const clock = new ReportClock('day-first');
    expect(clock.instant('29/03/2026, 03:30:00')).toBeUndefined();
    expect(clock.instant('30/02/2026, 10:00:00')).toBeUndefined();
    expect(clock.instant('')).toBeUndefined();
  });
});
