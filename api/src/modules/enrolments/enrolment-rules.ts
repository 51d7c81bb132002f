import type { ParticipantKind } from '@di/contracts';
import { formatRigaTime, rigaDateOf } from '../../time/riga-time';
import { AudienceMismatchError, EnrolmentClosedError } from './enrolment-errors';
import type { EnrolmentRun } from './run-seats';

/** The person being enrolled, as the rules need them. */
export interface Enrollee {
  id: string;
  organisationId: string | null;
  participantKind: ParticipantKind;
}

/**
 * Whether the run takes enrolments now: not cancelled or over, and inside its enrolment window
 * (which binds participants and coordinators; an admin may enrol late).
 */
export function assertOpen(run: EnrolmentRun, bypassWindow: boolean, now = new Date()): void {
  if (run.status === 'cancelled') throw new EnrolmentClosedError('The run is cancelled');
  if (run.status === 'completed' || rigaDateOf(now) > run.endsOn) throw new EnrolmentClosedError('The run is over');
  if (bypassWindow) return;
  if (run.enrolmentOpensAt && now < run.enrolmentOpensAt) throw new EnrolmentClosedError(`Enrolment opens at ${formatRigaTime(run.enrolmentOpensAt)} (Riga time)`);
  if (run.enrolmentClosesAt && now >= run.enrolmentClosesAt) throw new EnrolmentClosedError(`Enrolment closed at ${formatRigaTime(run.enrolmentClosesAt)} (Riga time)`);
}

/** The course's audience fits the person's kind (a course for `any` fits everyone). */
export function assertAudience(run: EnrolmentRun, person: Enrollee): void {
  if (run.audience !== 'any' && run.audience !== person.participantKind) throw new AudienceMismatchError(run.audience, person.participantKind);
}
