import { InvalidInputError } from '../../errors/domain-error';
import { changedPeriod, plannedPeriods, shiftedPeriods, type Period } from './session-times';

const iso = (periods: Period[]) => periods.map((p) => [p.startsAt.toISOString(), p.endsAt.toISOString()]);
const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.fieldErrors.map((e) => e.field);
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('session times in Riga', () => {
  it('keeps a daily series at 09:00 across the spring change of the clocks', () => {
    const periods = plannedPeriods({ startsAtLocal: '2027-03-27T09:00', endsAtLocal: '2027-03-27T10:30' }, { frequency: 'daily', interval: 1, count: 2 });
    expect(iso(periods)).toEqual([
      ['2027-03-27T07:00:00.000Z', '2027-03-27T08:30:00.000Z'],
      ['2027-03-28T06:00:00.000Z', '2027-03-28T07:30:00.000Z'],
    ]);
  });

  it('takes instants of a single session as they are, and a series from their Riga clock time', () => {
    expect(iso(plannedPeriods({ startsAt: '2026-10-25T00:30:00Z', endsAt: '2026-10-25T01:30:00Z' }))).toEqual([['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']]);
    const series = plannedPeriods({ startsAt: '2026-10-22T07:00:00Z', endsAt: '2026-10-22T08:00:00Z' }, { frequency: 'weekly', interval: 1, count: 2 });
    expect(series.map((p) => p.startsAt.toISOString())).toEqual(['2026-10-22T07:00:00.000Z', '2026-10-29T08:00:00.000Z']);
  });

  it('names the field of a time that does not exist, mixed forms and a missing end', () => {
    expect(fieldOf(() => plannedPeriods({ startsAtLocal: '2027-03-28T03:00', endsAtLocal: '2027-03-28T05:00' }))).toEqual(['startsAtLocal']);
    expect(fieldOf(() => plannedPeriods({ startsAtLocal: '2027-03-28T02:00', endsAtLocal: '2027-03-28T03:15' }))).toEqual(['endsAtLocal']);
    expect(fieldOf(() => plannedPeriods({ startsAt: '2027-03-01T10:00:00Z', startsAtLocal: '2027-03-01T10:00', endsAtLocal: '2027-03-01T11:00' }))).toEqual(['startsAtLocal']);
    expect(fieldOf(() => plannedPeriods({ startsAtLocal: '2027-03-01T10:00' }))).toEqual(['endsAtLocal']);
    expect(fieldOf(() => plannedPeriods({ startsAtLocal: '2027-03-01T10:00', endsAtLocal: '2027-03-02T10:01' }))).toEqual(['endsAtLocal']);
  });

  it('moves this and following by the same wall-clock shift, with a new length', () => {
    const weekly = plannedPeriods({ startsAtLocal: '2026-10-21T10:00', endsAtLocal: '2026-10-21T11:00' }, { frequency: 'weekly', interval: 1, count: 2 });
    const moved = shiftedPeriods(weekly, weekly[0], { startsAtLocal: '2026-10-21T09:30', endsAtLocal: '2026-10-21T11:30' });
    expect(iso(moved)).toEqual([
      ['2026-10-21T06:30:00.000Z', '2026-10-21T08:30:00.000Z'],
      ['2026-10-28T07:30:00.000Z', '2026-10-28T09:30:00.000Z'],
    ]);
  });

  it('changes only the end of one session when only the end is given', () => {
    const current = { startsAt: new Date('2027-01-08T08:00:00Z'), endsAt: new Date('2027-01-08T10:00:00Z') };
    expect(iso([changedPeriod(current, { endsAtLocal: '2027-01-08T13:00' })])).toEqual([['2027-01-08T08:00:00.000Z', '2027-01-08T11:00:00.000Z']]);
    expect(fieldOf(() => changedPeriod(current, { endsAtLocal: '2027-01-08T09:00' }))).toEqual(['endsAtLocal']);
  });
});
