import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Enrolment, EnrolmentResult, EnrolmentStatus } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { DomainError, NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { ProgressService } from '../progress/progress.service';
import { InvalidTransitionError } from './enrolment-errors';
import { EnrolmentNotices } from './enrolment-notices';
import { EnrolmentReader } from './enrolment-reader';
import { RunSeats, type SeatState } from './run-seats';

interface Current {
  id: string;
  run_id: string;
  user_id: string;
  organisation_id: string | null;
  status: EnrolmentStatus;
  offer_expires_at: Date | null;
  version: number;
}

type Target = 'enrolled' | 'rejected' | 'withdrawn';

/**
 * Changes to an enrolment's status: approving or rejecting a request, promoting from the waiting
 * list by hand, accepting an offered seat, withdrawing. Each takes the run's lock, and a seat
 * freed goes to the waiting list in the same transaction.
 */
@Injectable()
export class EnrolmentChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly seats: RunSeats,
    private readonly audit: AuditService,
    private readonly notices: EnrolmentNotices,
    private readonly reader: EnrolmentReader,
    private readonly progress: ProgressService,
  ) {}

  /** `onlyRequest`: refuse unless the enrolment is a request (a decision, never a promotion). */
  async update(
    actor: Actor,
    id: string,
    target: Target,
    reason: string | undefined,
    expectedVersion: number | undefined,
    ip: string,
    onlyRequest = false,
  ): Promise<Enrolment> {
    await this.policy.require(actor, 'enrolment.update', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      const [{ run_id: runId }]: { run_id: string }[] = await manager.query(`SELECT run_id FROM enrolment WHERE id = $1`, [id]);
      const run = await this.seats.lock(manager, runId);
      const before = await this.current(manager, id);
      if (expectedVersion !== undefined && expectedVersion !== before.version) throw new StaleUpdateError('The enrolment', before.version);
      if (onlyRequest && before.status !== 'requested') throw new InvalidTransitionError(before.status, target, 'only a request can be decided');
      const state = await this.seats.settle(manager, run, actor.id);
      // Settling may just have ended this very offer.
      const current = await this.current(manager, id);
      if (current.status !== before.status) throw new InvalidTransitionError(before.status, target, 'the seat offered was not accepted in time');
      await this.change(manager, actor, state, current, target, reason ?? null, ip);
    });
    return this.reader.get(id);
  }

  /** Approves or rejects several requests, each on its own; the ones the caller may not decide are `NOT_FOUND`. */
  async decide(actor: Actor, ids: readonly string[], target: 'enrolled' | 'rejected', reason: string | undefined, ip: string): Promise<EnrolmentResult[]> {
    const allowed = await this.policy.filter(actor, 'enrolment.approve', ids);
    const results: EnrolmentResult[] = [];
    for (const id of ids) {
      if (!allowed.has(id)) {
        results.push({ enrolmentId: id, status: 'error', code: 'NOT_FOUND', message: 'The enrolment was not found' });
        continue;
      }
      try {
        const enrolment = await this.update(actor, id, target, reason, undefined, ip, true);
        results.push({ enrolmentId: id, userId: enrolment.userId, status: enrolment.status });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ enrolmentId: id, status: 'error', code: error.code, message: error.message });
      }
    }
    return results;
  }

  private async change(manager: EntityManager, actor: Actor, state: SeatState, current: Current, target: Target, reason: string | null, ip: string): Promise<void> {
    const own = current.user_id === actor.id;
    const from = current.status;
    if (target === 'withdrawn') {
      if (from !== 'requested' && from !== 'waitlisted' && from !== 'enrolled') throw new InvalidTransitionError(from, target);
      await this.write(manager, actor, current, { status: 'withdrawn', reason }, ip);
      const heldSeat = from === 'enrolled' || current.offer_expires_at !== null;
      if (heldSeat && this.seats.promotesOnItsOwn(state.run)) await this.seats.fillFromWaitingList(manager, await this.seats.state(manager, state.run), actor.id);
      return;
    }
    if (target === 'rejected') {
      if (from !== 'requested') throw new InvalidTransitionError(from, target, 'only a request can be rejected');
      await this.policy.require(actor, 'enrolment.approve', [current.id], manager);
      await this.write(manager, actor, current, { status: 'rejected', reason }, ip);
      await this.notices.send(manager, 'enrolment_rejected', current.id);
      return;
    }
    if (from === 'requested') {
      await this.policy.require(actor, 'enrolment.approve', [current.id], manager);
      const reservationId = await this.seats.reservationOf(manager, state.run.id, current.organisation_id);
      const status = this.seats.place(state, reservationId);
      const position = status === 'waitlisted' ? await this.seats.nextTicket(manager, state.run.id) : null;
      if (status === 'enrolled') state.ledger.take(reservationId);
      await this.write(manager, actor, current, { status, position }, ip);
      await this.notices.send(manager, 'enrolment_approved', current.id);
      return;
    }
    if (from === 'waitlisted' && current.offer_expires_at && own) {
      await this.write(manager, actor, current, { status: 'enrolled' }, ip);
      return;
    }
    if (from === 'waitlisted') {
      // By hand: a coordinator who manages the run's enrolments gives a free seat, in or out of order.
      if (own && !(await this.managesRun(actor, state.run.id, manager))) throw new InvalidTransitionError(from, target, 'no seat has been offered to you yet');
      await this.policy.require(actor, 'enrolment.manage', [state.run.id], manager);
      if (current.offer_expires_at) {
        await this.write(manager, actor, current, { status: 'enrolled' }, ip);
        return;
      }
      const reservationId = await this.seats.reservationOf(manager, state.run.id, current.organisation_id);
      const entry = state.waiting.find((waiting) => waiting.id === current.id) ?? { id: current.id, reservationId };
      await this.seats.promote(manager, state, entry, actor.id, null);
      return;
    }
    throw new InvalidTransitionError(from, target);
  }

  private async managesRun(actor: Actor, runId: string, manager: EntityManager): Promise<boolean> {
    return (await this.policy.filter(actor, 'enrolment.manage', [runId], manager)).has(runId);
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    current: Current,
    next: { status: EnrolmentStatus; reason?: string | null; position?: number | null },
    ip: string,
  ): Promise<void> {
    const withdrawn = next.status === 'withdrawn';
    await manager.query(
      `UPDATE enrolment SET status = $2, position = $3, offer_expires_at = NULL, reason = coalesce($4, reason),
              withdrawn_at = CASE WHEN $5 THEN now() END, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [current.id, next.status, next.status === 'waitlisted' ? next.position : null, next.reason ?? null, withdrawn],
    );
    await this.audit.record(
      'enrolment.status_changed',
      {
        actorUserId: actor.id,
        subjectUserId: current.user_id,
        ip,
        object: { type: 'enrolment', id: current.id },
        oldValue: { status: current.status },
        newValue: { status: next.status, ...(next.reason ? { reason: next.reason } : {}) },
      },
      manager,
    );
    if (next.status === 'enrolled' || next.status === 'withdrawn') await this.progress.recompute(manager, [current.id], { actorId: actor.id, cause: 'enrolment' });
  }

  private async current(manager: EntityManager, id: string): Promise<Current> {
    const [row]: Current[] = await manager.query(
      `SELECT id, run_id, user_id, organisation_id, status, offer_expires_at, version FROM enrolment WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw new NotFoundError('The enrolment');
    return row;
  }
}
