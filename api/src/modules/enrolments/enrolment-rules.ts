import type { ParticipantKind } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { formatRigaTime, rigaDateOf } from '../../time/riga-time';
import { AlreadyEnrolledError, AudienceMismatchError, EnrolmentClosedError } from './enrolment-errors';
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

/** A person has at most one live enrolment per run; returns their last ended one (to link the new one to it). */
export async function assertNotEnrolled(manager: EntityManager, runId: string, userId: string): Promise<string | null> {
  const rows: { id: string; status: string }[] = await manager.query(
    `SELECT id, status FROM enrolment WHERE run_id = $1 AND user_id = $2 ORDER BY created_at DESC, id`,
    [runId, userId],
  );
  const live = rows.find((row) => row.status !== 'withdrawn' && row.status !== 'rejected');
  if (live) throw new AlreadyEnrolledError(live.id);
  return rows[0]?.id ?? null;
}
