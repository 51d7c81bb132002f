import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { readDuration, requireDuration } from './report-durations';

describe('readDuration', () => {
  it.each([
    ['25m 13s', 25 * 60 + 13],
    ['1h 30m 51s', 5451],
    ['1h 7s', 3607],
    ['45m', 2700],
    ['3h', 10_800],
    ['0s', 0],
    ['2 godz. 19 min 19 s', 8359],
    ['1 godz. 5 min', 3900],
    ['1 hr 5 min', 3900],
    ['1 hr', 3600],
    ['45 min', 2700],
    ['30 sec', 30],
    ['1 st. 5 min 3 s', 3903],
    ['2 hours 1 minute', 7260],
    [' 1H\u00a02M ', 3720],
  ])('reads %p as %p seconds', (text, seconds) => {
    expect(readDuration(text)).toBe(seconds);
  });

  it.each(['', '45', '1h 2x', 'soon', '16/11/22, 09:30:16', '10:00 AM', 'h 5m'])('does not read %p', (text) => {
    expect(readDuration(text)).toBeUndefined();
  });

  it('refuses a duration it must read, naming the line', () => {
    expect(() => requireDuration('soon', 7)).toThrow(UnreadableFileError);
    expect(() => requireDuration('soon', 7)).toThrow('The duration "soon" on line 7 cannot be read');
  });
});
