import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import type { MeetingAttendee } from './meeting-report';

export const MAX_NAME_LENGTH = 200;

// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Tenant and guest markers that Teams and Zoom add to a display name; not part of the person's name. */
const MARKER_SUFFIX = /\s*\((?:external|unverified|ext|guest)\)$/i;
const COMPANY_PREFIX = /^\[[^\]]*\]\s*/;

/**
 * A display name as the report gives it, cleaned: control and invisible formatting characters
 * dropped, runs of white space (no-break spaces, tabs, line breaks) made one space, the
 * `(External)`, `(Unverified)`, `(EXT)`, `(Guest)` suffixes and a `[Company] ` prefix removed, cut
 * to 200 characters. `Surname, Given` stays as written.
 */
export function cleanDisplayName(raw: string): string {
  let name = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(MARKER_SUFFIX, '').replace(COMPANY_PREFIX, '').trim();
  }
  const characters = Array.from(name);
  return characters.length > MAX_NAME_LENGTH ? characters.slice(0, MAX_NAME_LENGTH).join('').trim() : name;
}

/** An email cell lower-cased, or null when it holds no address (dial-in numbers and guests). */
export function cleanEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

/** One stay in the meeting: its interval when the report gives both ends, its length when it says it. */
export interface AttendeeJoin {
  from?: Date;
  to?: Date;
  seconds?: number;
}

/** The join of a report line, refused when it has neither both ends nor a length that can be read. */
export function requireJoin(join: AttendeeJoin, line: number): AttendeeJoin {
  if ((join.from && join.to) || join.seconds !== undefined) return join;
  throw new UnreadableFileError(`Neither the join and leave times nor the duration on line ${line} can be read`);
}

/** A person being read: the rows folded into them so far. */
export interface AttendeeDraft {
  name: string;
  email: string | null;
  lines: number[];
  joins: AttendeeJoin[];
  /** A per-person total (Teams' participants section), used when the report has no joins of the person. */
  totalSeconds?: number;
  /** How many per-person rows gave `totalSeconds`. */
  totalRows: number;
}

/**
 * Seconds in the meeting: the union of the joins' intervals, so that a stay from two devices at
 * once or overlapping rows count once, plus the stated lengths of joins without both ends.
 */
export function attendedSeconds(joins: readonly AttendeeJoin[]): number {
  const intervals: [number, number][] = [];
  let seconds = 0;
  for (const join of joins) {
    if (join.from && join.to && join.to >= join.from) intervals.push([join.from.getTime(), join.to.getTime()]);
    else seconds += join.seconds ?? 0;
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let end = -Infinity;
  let merged = 0;
  for (const [from, to] of intervals) {
    if (to <= end) continue;
    merged += to - Math.max(from, end);
    end = to;
  }
  return seconds + merged / 1000;
}

const keyOf = (name: string, email: string | null) => (email ? `email:${email}` : `name:${name.toLowerCase()}`);

/**
 * The persons of a report in order of first appearance, rows of the same person folded together:
 * the same email, or without an email the same name (case-insensitive).
 */
export class AttendeeBook {
  private readonly drafts: AttendeeDraft[] = [];
  private readonly byKey = new Map<string, AttendeeDraft>();

  /**
   * The person of a row, new if no earlier row had their key; a name-less row is named by its email,
   * a row with neither is no one (undefined). With `byNameAcrossEmails`, a row without an email also
   * folds into an earlier person of the same name who has one (Teams' activities rows of a person
   * whose email the participants section gives only as UPN).
   */
  person(rawName: string, email: string | null, line: number, byNameAcrossEmails = false): AttendeeDraft | undefined {
    const name = cleanDisplayName(rawName) || email || '';
    if (name === '') return undefined;
    const key = keyOf(name, email);
    let draft = this.byKey.get(key);
    if (!draft && !email && byNameAcrossEmails) draft = this.drafts.find((earlier) => earlier.name.toLowerCase() === name.toLowerCase());
    if (!draft) {
      draft = { name, email, lines: [], joins: [], totalRows: 0 };
      this.drafts.push(draft);
      this.byKey.set(key, draft);
    }
    draft.lines.push(line);
    return draft;
  }

  /** Another email the person is known by (Teams' UPN beside the Email), so that rows with it fold into them. */
  alias(draft: AttendeeDraft, email: string | null): void {
    if (email && !this.byKey.has(keyOf('', email))) this.byKey.set(keyOf('', email), draft);
  }

  /** Minutes are rounded to the nearest whole minute (half a minute up). */
  attendees(): MeetingAttendee[] {
    return this.drafts.map((draft) => {
      const seconds = draft.joins.length > 0 ? attendedSeconds(draft.joins) : (draft.totalSeconds ?? 0);
      return {
        name: draft.name,
        email: draft.email,
        minutes: Math.round(seconds / 60),
        joins: draft.joins.length > 0 ? draft.joins.length : draft.totalRows,
        lines: [...new Set(draft.lines)].sort((a, b) => a - b),
      };
    });
  }
}
