import type { AttendanceEntry, AttendanceImportMatch, AttendanceImportUnmatched } from '@di/contracts';
import type { MeetingAttendee } from './reports/meeting-report';

/**
 * A name as people compare names: case and spacing ignored, `Surname, Given` turned around.
 * Letters are kept as they are (`Bērziņa` is not `Berzina`): an exact name, never a guess.
 */
export function comparableName(name: string): string {
  const spaced = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*([^,]+)$/.exec(spaced);
  return (comma ? `${comma[2]} ${comma[1]}` : spaced).toLocaleLowerCase('lv');
}

/**
 * Each attendee to the one person on the register with the same email, else the same name (when
 * only one person has it). Two attendees found to be one person (an email row and a dial-in
 * under their name) add up, at most to the session's length.
 */
export function matchAttendees(
  attendees: readonly MeetingAttendee[],
  roster: readonly AttendanceEntry[],
  sessionMinutes: number,
): { matched: Omit<AttendanceImportMatch, 'status'>[]; unmatched: AttendanceImportUnmatched[] } {
  const byEmail = new Map(roster.map((entry) => [entry.email.toLowerCase(), entry]));
  const byName = new Map<string, AttendanceEntry | null>();
  for (const entry of roster) {
    const key = comparableName(entry.fullName);
    byName.set(key, byName.has(key) ? null : entry);
  }
  const matched = new Map<string, Omit<AttendanceImportMatch, 'status'>>();
  const unmatched: AttendanceImportUnmatched[] = [];
  for (const attendee of attendees) {
    const email = attendee.email?.toLowerCase();
    const viaEmail = email ? byEmail.get(email) : undefined;
    const viaName = viaEmail ? undefined : (byName.get(comparableName(attendee.name)) ?? undefined);
    const entry = viaEmail ?? viaName;
    if (!entry) {
      unmatched.push({ row: attendee.lines[0] ?? 0, name: attendee.name, ...(attendee.email ? { email: attendee.email } : {}), minutes: attendee.minutes });
      continue;
    }
    const earlier = matched.get(entry.enrolmentId);
    if (earlier) {
      earlier.minutes = Math.min(sessionMinutes, earlier.minutes + attendee.minutes);
      earlier.joins += attendee.joins;
      continue;
    }
    matched.set(entry.enrolmentId, {
      enrolmentId: entry.enrolmentId,
      userId: entry.userId,
      fullName: entry.fullName,
      reportName: attendee.name,
      matchedBy: viaEmail ? 'email' : 'name',
      minutes: Math.min(sessionMinutes, attendee.minutes),
      joins: attendee.joins,
    });
  }
  return { matched: [...matched.values()], unmatched };
}
