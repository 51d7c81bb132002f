import { Pipe, PipeTransform } from '@angular/core';
import type { ParticipantKind, Role, UserStatus } from '@di/contracts';

// Records, so a new role, kind or status without a label fails to compile.

export function roleLabel(role: Role): string {
  const labels: Record<Role, string> = {
    admin: $localize`:@@role.admin:Administrators`,
    coordinator: $localize`:@@role.coordinator:Koordinators`,
    trainer: $localize`:@@role.trainer:Pasniedzējs`,
    participant: $localize`:@@role.participant:Dalībnieks`,
  };
  return labels[role];
}

export function participantKindLabel(kind: ParticipantKind): string {
  const labels: Record<ParticipantKind, string> = {
    vsac_staff: $localize`:@@participantKind.vsacStaff:VSAC darbinieks`,
    social_mentor: $localize`:@@participantKind.socialMentor:Sociālais mentors`,
    specialist: $localize`:@@participantKind.specialist:Speciālists`,
    other: $localize`:@@participantKind.other:Cits`,
  };
  return labels[kind];
}

/** The state of an account ("konts"), hence the masculine forms in Latvian. */
export function userStatusLabel(status: UserStatus): string {
  const labels: Record<UserStatus, string> = {
    invited: $localize`:@@userStatus.invited:Uzaicināts`,
    active: $localize`:@@userStatus.active:Aktīvs`,
    inactive: $localize`:@@userStatus.inactive:Neaktīvs`,
  };
  return labels[status];
}

@Pipe({ name: 'roleLabel' })
export class RoleLabelPipe implements PipeTransform {
  transform(role: Role): string {
    return roleLabel(role);
  }
}

@Pipe({ name: 'participantKindLabel' })
export class ParticipantKindLabelPipe implements PipeTransform {
  transform(kind: ParticipantKind): string {
    return participantKindLabel(kind);
  }
}

@Pipe({ name: 'userStatusLabel' })
export class UserStatusLabelPipe implements PipeTransform {
  transform(status: UserStatus): string {
    return userStatusLabel(status);
  }
}
