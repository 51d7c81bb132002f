import { seriesDates } from './series-summary';
import { parseDisplayDate, parseTime, rigaLocalExists } from '../../shared/riga-calendar';

describe('seriesDates (as the API makes them)', () => {
  it('gives a weekly series on the first session’s weekday', () => {
    expect(seriesDates('2026-10-15', { frequency: 'weekly', interval: 1, count: 4 })).toEqual([
      '2026-10-15',
      '2026-10-22',
      '2026-10-29',
      '2026-11-05',
    ]);
  });

  it('counts weeks from the first session’s Monday, on the chosen weekdays, up to until', () => {
    expect(
      seriesDates('2026-12-02', { frequency: 'weekly', interval: 2, weekdays: [1, 3, 5], until: '2026-12-18' }),
    ).toEqual(['2026-12-02', '2026-12-04', '2026-12-14', '2026-12-16', '2026-12-18']);
  });

  it('stops one past the limit, so "too many" can be told', () => {
    expect(seriesDates('2026-01-01', { frequency: 'daily', interval: 1, until: '2030-01-01' })).toHaveLength(201);
  });

  it('has none when until is before the start', () => {
    expect(seriesDates('2026-12-04', { frequency: 'daily', interval: 1, until: '2026-12-01' })).toEqual([]);
  });
});

describe('Riga wall-clock input', () => {
  it('reads dd.MM.yyyy and 24-hour times', () => {
    expect(parseDisplayDate('04.12.2026')).toBe('2026-12-04');
    expect(parseDisplayDate('31.02.2026')).toBeNull();
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('24:00')).toBeNull();
  });

  it('knows the spring-forward gap', () => {
    expect(rigaLocalExists('2027-03-28', '03:30')).toBe(false);
    expect(rigaLocalExists('2027-03-28', '04:00')).toBe(true);
    expect(rigaLocalExists('2026-10-25', '03:30')).toBe(true);
  });
});
