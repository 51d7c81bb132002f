import type { SessionMode } from '@di/contracts';
import { rigaParts } from '../../shared/riga-calendar';
import { formatRigaDateTime } from '../../shared/riga-date.pipe';

/** `04.12.2026 10:00–13:00` in Riga time (both dates when it ends on another day). */
export function sessionWhenText(startsAt: string, endsAt: string): string {
  const start = formatRigaDateTime(startsAt);
  const end = rigaParts(endsAt);
  return rigaParts(startsAt).date === end.date ? `${start}–${end.time}` : `${start} – ${formatRigaDateTime(endsAt)}`;
}

export function sessionModeText(mode: SessionMode): string {
  return mode === 'online' ? $localize`:@@register.mode.online:Tiešsaistē` : $localize`:@@register.mode.inPerson:Klātienē`;
}
