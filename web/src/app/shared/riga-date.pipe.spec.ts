import { RigaDatePipe } from './riga-date.pipe';

describe('RigaDatePipe', () => {
  const pipe = new RigaDatePipe();

  it('shows winter instants in Riga standard time (UTC+2)', () => {
    expect(pipe.transform('2026-12-04T08:00:00Z')).toBe('04.12.2026 10:00');
  });

  it('shows summer instants in Riga summer time (UTC+3)', () => {
    expect(pipe.transform(new Date('2026-07-01T08:00:00Z'))).toBe(
      '01.07.2026 11:00',
    );
  });

  it('uses the Riga date, not the UTC one, around midnight', () => {
    expect(pipe.transform('2026-12-31T22:30:00Z')).toBe('01.01.2027 00:30');
  });

  it('shows nothing for a missing or invalid date', () => {
    expect(pipe.transform(null)).toBe('');
    expect(pipe.transform(undefined)).toBe('');
    expect(pipe.transform('not a date')).toBe('');
  });
});
