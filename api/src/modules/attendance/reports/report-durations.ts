import { UnreadableFileError } from '../../enrolments/import/table-file-error';

/**
 * Unit words of the durations meeting reports write, lower-case and without a final dot: Teams
 * (`1h 2m 3s`, Polish `2 godz. 19 min 19 s`), Google Meet (`1 hr 5 min`, `30 sec`) and the Latvian
 * words a Latvian UI would plausibly use (`1 st. 5 min 3 s`).
 */
const UNIT_SECONDS = new Map<string, number>([
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'godz', 'godzina', 'godziny', 'godzin', 'st', 'stunda', 'stundas', 'stundu', 'stundām'].map((unit) => [unit, 3600] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes', 'minuta', 'minuty', 'minut', 'minūte', 'minūtes', 'minūtēm', 'minūšu'].map((unit) => [unit, 60] as const),
  ...['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sekunda', 'sekundy', 'sekund', 'sekunde', 'sekundes', 'sekundēm', 'sekunžu'].map((unit) => [unit, 1] as const),
]);

/** One `<number> <unit>` part: the number, then letters (any script) and an optional abbreviation dot. */
const PART = /^(\d{1,6})\s*(\p{L}+)\.?\s*/u;

/**
 * The seconds a duration text says, e.g. `1h 7s` → 3607, `2 godz. 19 min 19 s` → 8359,
 * `1 hr 5 min` → 3900; undefined when the text is not wholly such parts (an empty text included).
 */
export function readDuration(text: string): number | undefined {
  let rest = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (rest === '') return undefined;
  let seconds = 0;
  while (rest !== '') {
    const part = PART.exec(rest);
    const unit = part ? UNIT_SECONDS.get(part[2]) : undefined;
    if (!part || unit === undefined) return undefined;
    seconds += Number(part[1]) * unit;
    rest = rest.slice(part[0].length);
  }
  return seconds;
}

/** The seconds of a duration cell that must be one, else the report is refused naming the line. */
export function requireDuration(text: string, line: number): number {
  const seconds = readDuration(text);
  if (seconds === undefined) {
    throw new UnreadableFileError(`The duration "${text}" on line ${line} cannot be read: durations are read as e.g. "1h 2m 3s", "45 min" or "2 godz. 19 min 19 s"`);
  }
  return seconds;
}
