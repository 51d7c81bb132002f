import { rigaInstant } from './riga-calendar';

describe('rigaInstant', () => {
  it('reads a Riga wall-clock time in winter (UTC+2) and summer (UTC+3)', () => {
    expect(rigaInstant('2027-01-10', '10:00')).toBe('2027-01-10T08:00:00.000Z');
    expect(rigaInstant('2027-06-01', '09:30')).toBe('2027-06-01T06:30:00.000Z');
  });

  it('has no instant for the hour skipped in spring, and takes the first of the autumn hour', () => {
    expect(rigaInstant('2027-03-28', '03:30')).toBeNull();
    expect(rigaInstant('2027-10-31', '03:30')).toBe('2027-10-31T00:30:00.000Z');
  });
});
