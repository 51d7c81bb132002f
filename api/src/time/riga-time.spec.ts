import { readRigaLocal, rigaDateOf, toRigaLocal } from './riga-time';
import { seriesDates } from './recurrence';

const instantOf = (local: string) => {
  const reading = readRigaLocal(local);
  if (!('instant' in reading)) throw new Error(`${local}: ${reading.problem}`);
  return reading.instant.toISOString();
};

describe('Riga wall-clock time', () => {
  it('is UTC+3 in summer and UTC+2 in winter', () => {
    expect(instantOf('2026-10-15T10:00')).toBe('2026-10-15T07:00:00.000Z');
    expect(instantOf('2026-12-04T10:00')).toBe('2026-12-04T08:00:00.000Z');
  });

  it('refuses a time in the spring-forward gap and accepts the minutes around it', () => {
    expect(readRigaLocal('2027-03-28T03:30')).toEqual({ problem: 'nonexistent' });
    expect(readRigaLocal('2027-03-28T03:00')).toEqual({ problem: 'nonexistent' });
    expect(instantOf('2027-03-28T02:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(instantOf('2027-03-28T04:00')).toBe('2027-03-28T01:00:00.000Z');
  });

  it('reads the autumn repeated hour as its first occurrence (summer time)', () => {
    expect(instantOf('2026-10-25T03:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantOf('2026-10-25T04:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses what is not a wall-clock time', () => {
    for (const bad of ['2026-02-30T10:00', '2026-10-15T24:00', '2026-10-15 10:00', '2026-10-15T10:00Z', '']) {
      expect(readRigaLocal(bad)).toEqual({ problem: 'invalid' });
    }
  });

  it('shows instants in Riga time and date', () => {
    expect(toRigaLocal(new Date('2026-10-31T22:30:00Z'))).toBe('2026-11-01T00:30');
    expect(rigaDateOf(new Date('2026-10-31T22:30:00Z'))).toBe('2026-11-01');
  });
});

describe('series dates', () => {
  it('weekly by count on the first session’s weekday', () => {
    expect(seriesDates('2026-10-15', { frequency: 'weekly', interval: 1, count: 4 })).toEqual(['2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05']);
  });

  it('every two weeks on chosen weekdays until a date, skipping days before the start', () => {
    expect(seriesDates('2026-10-15', { frequency: 'weekly', interval: 2, weekdays: [1, 4], until: '2026-11-09' })).toEqual(['2026-10-15', '2026-10-26', '2026-10-29', '2026-11-09']);
  });

  it('daily every third day; one past the limit when a series is too long', () => {
    expect(seriesDates('2026-12-30', { frequency: 'daily', interval: 3, count: 3 })).toEqual(['2026-12-30', '2027-01-02', '2027-01-05']);
    expect(seriesDates('2026-01-01', { frequency: 'daily', interval: 1, until: '2027-12-31' })).toHaveLength(201);
  });
});
