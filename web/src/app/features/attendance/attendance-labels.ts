import type { AttendanceSource, AttendanceStatus, RosterStanding } from '@di/contracts';

/** The states in the order the register offers them, each with its key. */
export const MARK_KEYS: readonly { status: AttendanceStatus; key: string }[] = [
  { status: 'present', key: 'P' },
  { status: 'late', key: 'L' },
  { status: 'absent', key: 'A' },
  { status: 'excused', key: 'E' },
  { status: 'unmarked', key: 'U' },
];

/** The state a key press sets on the register (Backspace clears, as U does), or null for other keys. */
export function statusForKey(key: string): AttendanceStatus | null {
  if (key === 'Backspace') return 'unmarked';
  return MARK_KEYS.find((item) => item.key === key.toUpperCase())?.status ?? null;
}

export function attendanceStatusLabel(status: AttendanceStatus): string {
  switch (status) {
    case 'present':
      return $localize`:@@attendance.status.present:Klātesošs`;
    case 'late':
      return $localize`:@@attendance.status.late:Nokavēja`;
    case 'absent':
      return $localize`:@@attendance.status.absent:Nav ieradies`;
    case 'excused':
      return $localize`:@@attendance.status.excused:Attaisnots`;
    case 'unmarked':
      return $localize`:@@attendance.status.unmarked:Neatzīmēts`;
  }
}

export function standingLabel(standing: RosterStanding): string | null {
  switch (standing) {
    case 'not_yet_enrolled':
      return $localize`:@@attendance.standing.notYetEnrolled:Pieteicās pēc nodarbības`;
    case 'withdrawn':
      return $localize`:@@attendance.standing.withdrawn:Atteicās pirms nodarbības`;
    case 'enrolled':
      return null;
  }
}

export function sourceLabel(source: AttendanceSource | null): string | null {
  switch (source) {
    case 'import':
      return $localize`:@@attendance.source.import:no tiešsaistes sapulces atskaites`;
    case 'check_in':
      return $localize`:@@attendance.source.checkIn:ar reģistrācijas kodu`;
    default:
      return null;
  }
}

/** The report's format as people know it: "Microsoft Teams", "Zoom", "Google Meet". */
export function reportFormatLabel(format: string): string {
  if (format.startsWith('teams')) return 'Microsoft Teams';
  if (format === 'zoom') return 'Zoom';
  if (format === 'google-meet') return 'Google Meet';
  return format;
}
