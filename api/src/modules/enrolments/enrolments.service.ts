import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Enrolment, EnrolmentOptions, EnrolmentResult, EnrolmentStatus } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import { hasRole, type Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { sqlState } from '../../errors/database-errors';
import { DomainError, NotFoundError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AlreadyEnrolledError } from './enrolment-errors';
import { assertAudience, assertNotEnrolled, assertOpen, type Enrollee } from './enrolment-rules';
import { EnrolmentReader } from './enrolment-reader';
import { RunSeats, type SeatState } from './run-seats';

/** Who is enrolling whom: the person acting, and whether they may decide the person's request themselves. */
interface Enroller {
  actor: Actor;
  ip: string | null;
  /** An admin, or a coordinator whose scope holds the person's organisation: no approval needed. */
  approves: boolean;
}

/**
 * Enrolling people into runs: oneself, or (coordinators in scope, admins) others, one or many.
 * Every enrolment takes the run's lock first (RunSeats), so seats and the waiting list hold
 * however many requests arrive at once.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly seats: RunSeats,
    private readonly audit: AuditService,
    private readonly reader: EnrolmentReader,
  ) {}

  async enrol(actor: Actor, runId: string, userId: string | undefined, ip: string): Promise<Enrolment> {
    await this.policy.require(actor, 'enrolment.create', [runId]);
    const personId = userId ?? actor.id;
    if (personId !== actor.id) await this.assertMayEnrolOthers(actor, runId, [personId]);
    const id = await inTransaction(this.dataSource, async (manager) => {
      const run = await this.seats.lock(manager, runId);
      const state = await this.seats.settle(manager, run, actor.id);
      const person = await this.enrollee(manager, personId);
      return this.enrolLocked(manager, state, person, { actor, ip, approves: await this.approves(actor, person, manager) });
    });
    return this.reader.get(id);
  }

  /** Each person's outcome; people the caller may not reach are `NOT_FOUND`, like a single enrolment would be. */
  async bulk(actor: Actor, runId: string, userIds: readonly string[], ip: string): Promise<EnrolmentResult[]> {
    await this.policy.require(actor, 'enrolment.manage', [runId]);
    const reachable = await this.policy.filter(actor, 'user.read', userIds);
    return inTransaction(this.dataSource, async (manager) => {
      const run = await this.seats.lock(manager, runId);
      const state = await this.seats.settle(manager, run, actor.id);
      const results: EnrolmentResult[] = [];
      for (const userId of userIds) {
        if (!reachable.has(userId)) {
          results.push({ userId, status: 'error', code: 'NOT_FOUND', message: 'The person was not found' });
          continue;
        }
        try {
          const person = await this.enrollee(manager, userId);
          const enrolmentId = await this.enrolLocked(manager, state, person, { actor, ip, approves: await this.approves(actor, person, manager) });
          results.push({ userId, enrolmentId, status: await this.statusOf(manager, enrolmentId) });
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          results.push({ userId, status: 'error', code: error.code, message: error.message });
        }
      }
      return results;
    });
  }

  /** What enrolling now would give the caller, and why not: for the run page's button. */
  async options(actor: Actor, runId: string): Promise<EnrolmentOptions> {
    await this.policy.require(actor, 'enrolment.create', [runId]);
    const manager = this.dataSource.manager;
    const live = await this.reader.liveOf(runId, actor.id);
    if (live) return { enrolment: live, outcome: 'not_possible', reason: 'ALREADY_ENROLLED' };
    const run = await this.seats.read(manager, runId);
    const person = await this.enrollee(manager, actor.id);
    try {
      assertOpen(run, hasRole(actor, 'admin'));
      assertAudience(run, person);
      const approves = await this.approves(actor, person, manager);
      if (run.requiresApproval && !approves) return { enrolment: null, outcome: 'requested' };
      const state = await this.seats.state(manager, run);
      return { enrolment: null, outcome: this.seats.place(state, await this.seats.reservationOf(manager, runId, person.organisationId)) };
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'ENROLMENT_CLOSED' || error.code === 'AUDIENCE_MISMATCH' || error.code === 'RUN_FULL')) {
        return { enrolment: null, outcome: 'not_possible', reason: error.code };
      }
      throw error;
    }
  }

  /**
   * With the run locked and settled: checks the rules, then a request (when the run needs
   * approval and the enroller cannot give it), a seat, or a place at the end of the waiting list.
   */
  async enrolLocked(manager: EntityManager, state: SeatState, person: Enrollee, by: Enroller): Promise<string> {
    const { run } = state;
    assertOpen(run, hasRole(by.actor, 'admin'));
    assertAudience(run, person);
    const previous = await assertNotEnrolled(manager, run.id, person.id);
    const reservationId = await this.seats.reservationOf(manager, run.id, person.organisationId);
    const status: EnrolmentStatus = run.requiresApproval && !by.approves ? 'requested' : this.seats.place(state, reservationId);
    const position = status === 'waitlisted' ? await this.seats.nextTicket(manager, run.id) : null;
    const [row]: { id: string }[] = await manager
      .query(
        `INSERT INTO enrolment (run_id, user_id, organisation_id, status, position, enrolled_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [run.id, person.id, person.organisationId, status, position, by.actor.id],
      )
      .catch((error: unknown) => {
        throw sqlState(error) === '23505' ? new AlreadyEnrolledError() : error;
      });
    if (status === 'enrolled') state.ledger.take(reservationId);
    if (status === 'waitlisted') state.waiting.push({ id: row.id, reservationId });
    await this.audit.record(
      'enrolment.created',
      {
        actorUserId: by.actor.id,
        subjectUserId: person.id,
        ip: by.ip,
        object: { type: 'enrolment', id: row.id },
        newValue: { status, runId: run.id, organisationId: person.organisationId, ...(previous ? { previousEnrolmentId: previous } : {}) },
      },
      manager,
    );
    return row.id;
  }

  /** A coordinator (or admin) enrolling others: the run must be one they enrol into, the people in their scope (404 otherwise). */
  async assertMayEnrolOthers(actor: Actor, runId: string, userIds: readonly string[]): Promise<void> {
    await this.policy.require(actor, 'enrolment.manage', [runId]);
    const reachable = await this.policy.filter(actor, 'user.read', userIds);
    if (userIds.some((id) => !reachable.has(id))) throw new NotFoundError('The person');
  }

  async enrollee(manager: EntityManager, userId: string): Promise<Enrollee> {
    const [row]: { id: string; organisation_id: string | null; participant_kind: Enrollee['participantKind'] }[] = await manager.query(
      `SELECT id, organisation_id, participant_kind FROM app_user WHERE id = $1 AND active`,
      [userId],
    );
    if (!row) throw new NotFoundError('The person');
    return { id: row.id, organisationId: row.organisation_id, participantKind: row.participant_kind };
  }

  async approves(actor: Actor, person: Enrollee, manager?: EntityManager): Promise<boolean> {
    if (hasRole(actor, 'admin')) return true;
    if (!person.organisationId || !hasRole(actor, 'coordinator')) return false;
    return this.policy.reachesValues(actor, 'enrolment.approve', { organisation_id: [person.organisationId, 'uuid'] }, manager);
  }

  private async statusOf(manager: EntityManager, enrolmentId: string): Promise<EnrolmentStatus> {
    const [row]: { status: EnrolmentStatus }[] = await manager.query(`SELECT status FROM enrolment WHERE id = $1`, [enrolmentId]);
    return row.status;
  }
}
