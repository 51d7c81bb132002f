import type { AttendanceEntry, SessionRegister } from '@di/contracts';

export function entry(id: string, fullName: string, extra: Partial<AttendanceEntry> = {}): AttendanceEntry {
  return {
    enrolmentId: id,
    userId: `u-${id}`,
    fullName,
    email: `${id}@example.lv`,
    organisationName: 'Kalupe',
    enrolmentStatus: 'enrolled',
    standing: 'enrolled',
    status: 'unmarked',
    minutesAttended: null,
    note: null,
    source: null,
    markedAt: null,
    markedBy: null,
    version: 0,
    ...extra,
  };
}

/** A register of session `s-1` that opened an hour ago. */
export function register(entries: AttendanceEntry[], extra: Partial<SessionRegister['session']> = {}): SessionRegister {
  const now = Date.now();
  return {
    session: {
      id: 's-1',
      runId: 'run-1',
      runTitle: { lv: 'VSAC cikls', en: 'VSAC cycle' },
      startsAt: new Date(now - 30 * 60_000).toISOString(),
      endsAt: new Date(now + 90 * 60_000).toISOString(),
      mode: 'in_person',
      status: 'scheduled',
      venue: 'Zāle 1',
      ...extra,
    },
    markable: true,
    onlineAttendanceMinMinutes: null,
    entries,
  };
}
