import { Pipe, type PipeTransform } from '@angular/core';
import type { SessionMode, SessionStatus } from '@di/contracts';
import { formatRigaDateTime } from '../../shared/riga-date.pipe';
import { rigaParts } from '../../shared/riga-calendar';

export function sessionModeLabel(mode: SessionMode): string {
  return mode === 'online'
    ? $localize`:@@schedule.mode.online:Tiešsaistē`
    : $localize`:@@schedule.mode.inPerson:Klātienē`;
}

export function sessionStatusLabel(status: SessionStatus): string {
  return status === 'cancelled'
    ? $localize`:@@schedule.status.cancelled:Atcelta`
    : $localize`:@@schedule.status.scheduled:Ieplānota`;
}

/** `04.12.2026 10:00–13:00` in Riga time (both dates when it ends on another day). */
export function sessionTimeText(startsAt: string, endsAt: string): string {
  const start = formatRigaDateTime(startsAt);
  const end = rigaParts(endsAt);
  return rigaParts(startsAt).date === end.date
    ? `${start}–${end.time}`
    : `${start} – ${formatRigaDateTime(endsAt)}`;
}

@Pipe({ name: 'sessionMode' })
export class SessionModePipe implements PipeTransform {
  transform(mode: SessionMode): string {
    return sessionModeLabel(mode);
  }
}

@Pipe({ name: 'sessionStatus' })
export class SessionStatusPipe implements PipeTransform {
  transform(status: SessionStatus): string {
    return sessionStatusLabel(status);
  }
}

