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
import { ProgressService } from '../progress/progress.service';
import { AlreadyEnrolledError } from './enrolment-errors';
import { assertAudience, assertOpen, type Enrollee } from './enrolment-rules';
import { EnrolmentReader } from './enrolment-reader';
import { RunSeats, type SeatState, type WaitingEntry } from './run-seats';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One person's place in a run, planned before it is written. */
export interface EnrolmentPlan {
  person: Enrollee;
  status?: EnrolmentStatus;
  position?: number | null;
  /** The person's last ended enrolment in the run, which the new one's history names. */
  previous: string | null;
  /** Their entry on the waiting list in the seat state, given its id once written. */
  waiting?: WaitingEntry;
  error?: DomainError;
}

/** Who is enrolling whom: the person acting, and whether they may decide the person's request themselves. */
export interface Enroller {
  actor: Actor;
  ip: string | null;
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
    private readonly progress: ProgressService,
  ) {}

  async enrol(actor: Actor, runId: string, userId: string | undefined, ip: string): Promise<Enrolment> {
    await this.policy.require(actor, 'enrolment.create', [runId]);
    const personId = userId ?? actor.id;
    if (personId !== actor.id) await this.assertMayEnrolOthers(actor, runId, [personId]);
    // Asking again is answered without waiting for the run's lock (the check under it stays the rule).
    const live = await this.reader.liveOf(runId, personId);
    if (live) throw new AlreadyEnrolledError(live.id);
    const id = await inTransaction(this.dataSource, async (manager) => {
      const run = await this.seats.lock(manager, runId);
      const state = await this.seats.settle(manager, run, actor.id);
      const person = await this.enrollee(manager, personId);
      return this.enrolLocked(manager, state, person, { actor, ip });
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
      const found = await this.enrollees(manager, userIds.filter((id) => reachable.has(id)));
      // In the order asked: that is the order seats and waiting-list places are given in.
      const plans = await this.plan(manager, state, userIds.flatMap((id) => found.get(id) ?? []), actor);
      const fine = plans.filter((plan) => !plan.error);
      const ids = await this.write(manager, state, fine, { actor, ip });
      const outcome = new Map<string, EnrolmentResult>();
      fine.forEach((plan, index) => outcome.set(plan.person.id, { userId: plan.person.id, enrolmentId: ids[index], status: plan.status as EnrolmentStatus }));
      for (const { person, error } of plans) if (error) outcome.set(person.id, { userId: person.id, status: 'error', code: error.code, message: error.message });
      return userIds.map((userId) => outcome.get(userId) ?? { userId, status: 'error', code: 'NOT_FOUND', message: 'The person was not found' });
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

  /** With the run locked and settled: one person, by the same rules as many. */
  async enrolLocked(manager: EntityManager, state: SeatState, person: Enrollee, by: Enroller): Promise<string> {
    const [plan] = await this.plan(manager, state, [person], by.actor);
    if (plan.error) throw plan.error;
    const [id] = await this.write(manager, state, [plan], by);
    return id;
  }

  /**
   * Where each person would go, in order, with the run locked and settled: a request (when the
   * run needs approval and the enroller cannot give it), a seat, a place at the end of the
   * waiting list — or why not. The seats taken are counted in `state` as they are planned, so
   * the plan is what writing it makes true. People not created yet have an id that is no uuid.
   */
  async plan(manager: EntityManager, state: SeatState, people: readonly Enrollee[], actor: Actor): Promise<EnrolmentPlan[]> {
    const { run } = state;
    let closed: DomainError | undefined;
    try {
      assertOpen(run, hasRole(actor, 'admin'));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      closed = error;
    }
    const existing = people.map((person) => person.id).filter((id) => UUID.test(id));
    const earlier: { user_id: string; id: string; status: EnrolmentStatus }[] = existing.length
      ? await manager.query(`SELECT user_id, id, status FROM enrolment WHERE run_id = $1 AND user_id = ANY($2::uuid[]) ORDER BY created_at DESC, id`, [run.id, existing])
      : [];
    const organisations = [...new Set(people.flatMap((person) => (person.organisationId ? [person.organisationId] : [])))];
    const reservations = await this.seats.reservationsOf(manager, run.id, organisations);
    const approving = new Map<string | null, boolean>();
    for (const organisationId of [null, ...organisations]) approving.set(organisationId, await this.approves(actor, { organisationId }, manager));
    // Newest first: the first row of a person is their live enrolment, if they have one, else their last ended one.
    const latest = new Map<string, { id: string; status: EnrolmentStatus }>();
    for (const row of earlier) if (!latest.has(row.user_id)) latest.set(row.user_id, row);
    let ticket: number | undefined;
    const planned = new Set<string>();
    const plans: EnrolmentPlan[] = [];
    for (const person of people) {
      const reservationId = (person.organisationId && reservations.get(person.organisationId)) || null;
      const last = latest.get(person.id);
      const live = last && last.status !== 'withdrawn' && last.status !== 'rejected' ? last : undefined;
      const previous = last?.id ?? null;
      try {
        if (closed) throw closed;
        assertAudience(run, person);
        if (live || planned.has(person.id)) throw new AlreadyEnrolledError(live?.id);
        const status: EnrolmentStatus = run.requiresApproval && !approving.get(person.organisationId) ? 'requested' : this.seats.place(state, reservationId);
        let position: number | null = null;
        if (status === 'enrolled') state.ledger.take(reservationId);
        if (status === 'waitlisted') {
          ticket ??= await this.seats.nextTicket(manager, run.id);
          position = ticket++;
        }
        const waiting = status === 'waitlisted' ? { id: '', reservationId } : undefined;
        if (waiting) state.waiting.push(waiting);
        planned.add(person.id);
        plans.push({ person, status, position, previous, waiting });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        plans.push({ person, error, previous });
      }
    }
    return plans;
  }

  /** Writes the planned enrolments (none with an error) in one statement, each in its history; their ids in order. */
  async write(manager: EntityManager, state: SeatState, plans: readonly EnrolmentPlan[], by: Enroller): Promise<string[]> {
    if (plans.length === 0) return [];
    const rows: { id: string; user_id: string }[] = await manager
      .query(
        `INSERT INTO enrolment (run_id, user_id, organisation_id, status, position, enrolled_by)
         SELECT $1, p.user_id, p.organisation_id, p.status, p.position, $2
           FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::int[]) WITH ORDINALITY AS p(user_id, organisation_id, status, position, ordinality)
          ORDER BY p.ordinality
         RETURNING id, user_id`,
        [state.run.id, by.actor.id, plans.map((plan) => plan.person.id), plans.map((plan) => plan.person.organisationId), plans.map((plan) => plan.status), plans.map((plan) => plan.position ?? null)],
      )
      .catch((error: unknown) => {
        throw sqlState(error) === '23505' ? new AlreadyEnrolledError() : error;
      });
    const idOf = new Map(rows.map((row) => [row.user_id, row.id]));
    const ids = plans.map((plan) => idOf.get(plan.person.id) as string);
    await this.progress.recompute(manager, ids.filter((_id, index) => plans[index].status === 'enrolled'), { actorId: by.actor.id, cause: 'enrolment' });
    plans.forEach((plan, index) => {
      if (plan.waiting) plan.waiting.id = ids[index];
    });
    await this.audit.recordAll(
      'enrolment.created',
      plans.map((plan, index) => ({
        actorUserId: by.actor.id,
        subjectUserId: plan.person.id,
        ip: by.ip,
        object: { type: 'enrolment' as const, id: ids[index] },
        newValue: { status: plan.status, runId: state.run.id, organisationId: plan.person.organisationId, ...(plan.previous ? { previousEnrolmentId: plan.previous } : {}) },
      })),
      manager,
    );
    return ids;
  }

  /** A coordinator (or admin) enrolling others: the run must be one they enrol into, the people in their scope (404 otherwise). */
  async assertMayEnrolOthers(actor: Actor, runId: string, userIds: readonly string[]): Promise<void> {
    await this.policy.require(actor, 'enrolment.manage', [runId]);
    const reachable = await this.policy.filter(actor, 'user.read', userIds);
    if (userIds.some((id) => !reachable.has(id))) throw new NotFoundError('The person');
  }

  async enrollee(manager: EntityManager, userId: string): Promise<Enrollee> {
    const person = (await this.enrollees(manager, [userId])).get(userId);
    if (!person) throw new NotFoundError('The person');
    return person;
  }

  /** The active people among `userIds`, by id. */
  private async enrollees(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Enrollee>> {
    const rows: { id: string; organisation_id: string | null; participant_kind: Enrollee['participantKind'] }[] = userIds.length
      ? await manager.query(`SELECT id, organisation_id, participant_kind FROM app_user WHERE id = ANY($1::uuid[]) AND active`, [userIds])
      : [];
    return new Map(rows.map((row) => [row.id, { id: row.id, organisationId: row.organisation_id, participantKind: row.participant_kind }]));
  }

  /** An admin, or a coordinator whose scope holds the person's organisation: no approval needed. */
  async approves(actor: Actor, person: Pick<Enrollee, 'organisationId'>, manager?: EntityManager): Promise<boolean> {
    if (hasRole(actor, 'admin')) return true;
    if (!person.organisationId || !hasRole(actor, 'coordinator')) return false;
    return this.policy.reachesValues(actor, 'enrolment.approve', { organisation_id: [person.organisationId, 'uuid'] }, manager);
  }
}
