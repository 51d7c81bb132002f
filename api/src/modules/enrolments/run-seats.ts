import { Injectable } from '@nestjs/common';
import { SEAT_HOLDING_STATUSES, type CourseAudience, type RunStatus } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../database/update-returning';
import { NotFoundError } from '../../errors/domain-error';
import { rigaDateOf } from '../../time/riga-time';
import { AuditService } from '../audit/audit.service';
import { ProgressService } from '../progress/progress.service';
import { EnrolmentNotices } from './enrolment-notices';
import { RunFullError } from './enrolment-errors';
import { SeatLedger, type ReservedSeats } from './seat-ledger';

/** The run, as enrolment needs it. */
export interface EnrolmentRun {
  id: string;
  capacity: number;
  requiresApproval: boolean;
  waitlistAllowed: boolean;
  promotionOfferHours: number | null;
  startsOn: string;
  endsOn: string;
  status: RunStatus;
  enrolmentOpensAt: Date | null;
  enrolmentClosesAt: Date | null;
  audience: CourseAudience;
  version: number;
}

/** Someone on the waiting list without a seat offered, in order; `reservationId` is the facility holding seats for them. */
export interface WaitingEntry {
  id: string;
  reservationId: string | null;
}

/** A run's seats and waiting list, read under its lock and kept up to date by the changes made in the transaction. */
export interface SeatState {
  run: EnrolmentRun;
  ledger: SeatLedger;
  waiting: WaitingEntry[];
}

/** An enrolment (alias `e`) that holds a seat: a seat-holding status, or a seat offered and not yet answered. */
export const HOLDS_SEAT = `(e.status IN (${SEAT_HOLDING_STATUSES.map((status) => `'${status}'`).join(', ')}) OR (e.status = 'waitlisted' AND e.offer_expires_at IS NOT NULL))`;

/** Of a reservation (alias `rr`): the people of its facility (or the facility's units) holding a seat of its run. */
export const RESERVATION_TAKEN = `(SELECT count(*)::int FROM enrolment e JOIN organisation_closure rc ON rc.descendant_id = e.organisation_id
   WHERE e.run_id = rr.run_id AND rc.ancestor_id = rr.organisation_id AND ${HOLDS_SEAT})`;


interface RunRow {
  id: string;
  capacity: number;
  requires_approval: boolean;
  waitlist_allowed: boolean;
  promotion_offer_hours: number | null;
  starts_on: string;
  ends_on: string;
  status: RunStatus;
  enrolment_opens_at: Date | null;
  enrolment_closes_at: Date | null;
  audience: CourseAudience;
  version: number;
}

/**
 * Every change to a run's seats goes through here, inside a transaction that first takes the
 * run's row lock (`lock`): counting the free seats and taking one are then one step, so however
 * many requests arrive at once, the run never has more people holding seats than its capacity,
 * and the waiting list keeps the order people joined it in.
 */
@Injectable()
export class RunSeats {
  constructor(
    private readonly audit: AuditService,
    private readonly notices: EnrolmentNotices,
    private readonly progress: ProgressService,
  ) {}

  /** The run, locked until the transaction ends (404 if there is none). */
  async lock(manager: EntityManager, runId: string): Promise<EnrolmentRun> {
    return this.read(manager, runId, true);
  }

  async read(manager: EntityManager, runId: string, lock = false): Promise<EnrolmentRun> {
    const rows: RunRow[] = await manager.query(
      `SELECT r.id, r.capacity, r.requires_approval, r.waitlist_allowed, r.promotion_offer_hours,
              to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(r.ends_on, 'YYYY-MM-DD') AS ends_on, r.status,
              r.enrolment_opens_at, r.enrolment_closes_at, c.audience, r.version
         FROM course_run r JOIN course c ON c.id = r.course_id
        WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [runId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('The course run');
    return {
      id: row.id,
      capacity: row.capacity,
      requiresApproval: row.requires_approval,
      waitlistAllowed: row.waitlist_allowed,
      promotionOfferHours: row.promotion_offer_hours,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      status: row.status,
      enrolmentOpensAt: row.enrolment_opens_at,
      enrolmentClosesAt: row.enrolment_closes_at,
      audience: row.audience,
      version: row.version,
    };
  }

  /**
   * With the run locked: releases reservations whose date has come, ends offers nobody accepted
   * in time, and gives free seats to the waiting list in order (unless the run has started).
   */
  async settle(manager: EntityManager, run: EnrolmentRun, actorId: string | null): Promise<SeatState> {
    const released = await updateReturning<{ organisation_id: string; seats: number }>(
      manager,
      `UPDATE run_reservation SET released_at = now() WHERE run_id = $1 AND released_at IS NULL AND release_at <= now() RETURNING organisation_id, seats`,
      [run.id],
    );
    if (released.length > 0) {
      await this.audit.record('run.reservations_released', {
        object: { type: 'run', id: run.id },
        oldValue: { reservations: released.map((r) => ({ organisationId: r.organisation_id, seats: r.seats })) },
        newValue: { reservations: [] },
      }, manager);
    }
    const expired = await updateReturning<{ id: string; user_id: string }>(
      manager,
      `UPDATE enrolment SET status = 'withdrawn', position = NULL, offer_expires_at = NULL, withdrawn_at = now(),
              reason = 'The seat offered was not accepted in time', version = version + 1, updated_at = now()
        WHERE run_id = $1 AND status = 'waitlisted' AND offer_expires_at <= now()
        RETURNING id, user_id`,
      [run.id],
    );
    await this.audit.recordAll(
      'enrolment.offer_expired',
      expired.map((row) => ({ subjectUserId: row.user_id, object: { type: 'enrolment', id: row.id }, oldValue: { status: 'waitlisted' }, newValue: { status: 'withdrawn' } })),
      manager,
    );
    const state = await this.state(manager, run);
    if (this.promotesOnItsOwn(run)) await this.fillFromWaitingList(manager, state, actorId);
    return state;
  }

  /** The seats and waiting list as they are (the run locked by the caller). */
  async state(manager: EntityManager, run: EnrolmentRun): Promise<SeatState> {
    const [counts]: { taken: number }[] = await manager.query(`SELECT count(*)::int AS taken FROM enrolment e WHERE e.run_id = $1 AND ${HOLDS_SEAT}`, [run.id]);
    const reservations: { organisation_id: string; seats: number; taken: number }[] = await manager.query(
      `SELECT rr.organisation_id, rr.seats, ${RESERVATION_TAKEN} AS taken FROM run_reservation rr WHERE rr.run_id = $1 AND rr.released_at IS NULL`,
      [run.id],
    );
    const waitingRows: { id: string; organisation_id: string | null }[] = await manager.query(
      `SELECT id, organisation_id FROM enrolment WHERE run_id = $1 AND status = 'waitlisted' AND offer_expires_at IS NULL ORDER BY position`,
      [run.id],
    );
    const held = await this.reservationsOf(manager, run.id, [...new Set(waitingRows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : [])))]);
    const waiting = waitingRows.map((row) => ({ id: row.id, reservationId: (row.organisation_id && held.get(row.organisation_id)) || null }));
    const reserved: ReservedSeats[] = reservations.map((row) => ({ organisationId: row.organisation_id, seats: row.seats, taken: row.taken }));
    return { run, ledger: new SeatLedger(run.capacity, counts.taken, reserved), waiting };
  }

  /** The facility whose held seats a person of `organisationId` may take, if any. */
  async reservationOf(manager: EntityManager, runId: string, organisationId: string | null): Promise<string | null> {
    if (!organisationId) return null;
    return (await this.reservationsOf(manager, runId, [organisationId])).get(organisationId) ?? null;
  }

  /** For each organisation with seats held for it (or for a unit above it), that facility. */
  async reservationsOf(manager: EntityManager, runId: string, organisationIds: readonly string[]): Promise<Map<string, string>> {
    if (organisationIds.length === 0) return new Map();
    const rows: { organisation_id: string; reservation_id: string }[] = await manager.query(
      `SELECT DISTINCT ON (rc.descendant_id) rc.descendant_id AS organisation_id, rr.organisation_id AS reservation_id
         FROM run_reservation rr JOIN organisation_closure rc ON rc.ancestor_id = rr.organisation_id
        WHERE rr.run_id = $1 AND rr.released_at IS NULL AND rc.descendant_id = ANY($2::uuid[])
        ORDER BY rc.descendant_id, rc.depth`,
      [runId, organisationIds],
    );
    return new Map(rows.map((row) => [row.organisation_id, row.reservation_id]));
  }

  /**
   * Where a person joining now goes: a seat when one is free for them and nobody waiting before
   * them could take it; otherwise the end of the waiting list; or RUN_FULL without one.
   */
  place(state: SeatState, reservationId: string | null): 'enrolled' | 'waitlisted' {
    const { ledger, waiting } = state;
    if (ledger.canSeat(reservationId)) {
      const heldSeat = ledger.wouldTakeHeldSeat(reservationId);
      const someoneFirst = waiting.some((entry) => !heldSeat || entry.reservationId === reservationId);
      if (!someoneFirst) return 'enrolled';
    }
    if (!state.run.waitlistAllowed) throw new RunFullError();
    return 'waitlisted';
  }

  /** The next place at the end of the waiting list. */
  async nextTicket(manager: EntityManager, runId: string): Promise<number> {
    const [row]: { ticket: number }[] = await manager.query(
      `SELECT coalesce(max(position), 0)::int + 1 AS ticket FROM enrolment WHERE run_id = $1 AND status = 'waitlisted'`,
      [runId],
    );
    return row.ticket;
  }

  /** Whether free seats go to the waiting list without anyone acting: only before the run starts. */
  promotesOnItsOwn(run: EnrolmentRun): boolean {
    return run.status !== 'cancelled' && run.status !== 'completed' && rigaDateOf(new Date()) < run.startsOn;
  }

  /** Gives the free seats to the waiting list, first come first served (a facility's held seats to its people). */
  async fillFromWaitingList(manager: EntityManager, state: SeatState, actorId: string | null): Promise<void> {
    for (const entry of [...state.waiting]) {
      if (!state.ledger.anyFree()) return;
      if (state.ledger.canSeat(entry.reservationId)) await this.promote(manager, state, entry, actorId, state.run.promotionOfferHours);
    }
  }

  /**
   * Gives `entry` a seat: at once, or offered for `offerHours` (the seat is kept for them meanwhile).
   * Throws RUN_FULL when no seat is free for them.
   */
  async promote(manager: EntityManager, state: SeatState, entry: WaitingEntry, actorId: string | null, offerHours: number | null): Promise<void> {
    if (!state.ledger.canSeat(entry.reservationId)) throw new RunFullError();
    state.ledger.take(entry.reservationId);
    state.waiting = state.waiting.filter((waiting) => waiting.id !== entry.id);
    const [row] = await updateReturning<{ user_id: string; offer_expires_at: Date | null }>(
      manager,
      offerHours
        ? `UPDATE enrolment SET offer_expires_at = now() + make_interval(hours => $2), version = version + 1, updated_at = now()
            WHERE id = $1 RETURNING user_id, offer_expires_at`
        : `UPDATE enrolment SET status = 'enrolled', position = NULL, version = version + 1, updated_at = now() WHERE id = $1 RETURNING user_id, offer_expires_at`,
      offerHours ? [entry.id, offerHours] : [entry.id],
    );
    await this.audit.record(
      offerHours ? 'enrolment.offered' : 'enrolment.promoted',
      {
        actorUserId: actorId,
        subjectUserId: row.user_id,
        object: { type: 'enrolment', id: entry.id },
        oldValue: { status: 'waitlisted' },
        newValue: offerHours ? { status: 'waitlisted', offerExpiresAt: row.offer_expires_at?.toISOString() } : { status: 'enrolled' },
      },
      manager,
    );
    await this.notices.send(manager, offerHours ? 'enrolment_offered' : 'enrolment_promoted', entry.id);
    if (!offerHours) await this.progress.recompute(manager, [entry.id], { actorId, cause: 'enrolment' });
  }
}
