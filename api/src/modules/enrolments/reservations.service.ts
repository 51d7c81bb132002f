import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunSeats as RunSeatsSummary, SeatReservation, SeatReservationInput } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { InvalidInputError, StaleUpdateError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { MAX_RESERVATIONS } from './dto/enrolment.dto';
import { HOLDS_SEAT, RESERVATION_TAKEN, RunSeats } from './run-seats';
import { SeatLedger } from './seat-ledger';

interface ReservationRow {
  organisation_id: string;
  organisation_name: string;
  seats: number;
  taken: number;
  release_at: Date;
  released_at: Date | null;
}

/**
 * Seats held for facilities until a release date. The run's coordinators (and admins) set them;
 * the seats not taken by the date go back to the open pool (RunSeats.settle, also run by the sweep).
 */
@Injectable()
export class ReservationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly seats: RunSeats,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, runId: string): Promise<SeatReservation[]> {
    await this.policy.require(actor, 'run.read', [runId]);
    return this.load(this.dataSource.manager, runId);
  }

  /** Capacity, taken, held and free, with the reservations: what the run page shows. */
  async summary(actor: Actor, runId: string): Promise<RunSeatsSummary> {
    await this.policy.require(actor, 'run.read', [runId]);
    const manager = this.dataSource.manager;
    const run = await this.seats.read(manager, runId);
    const [reservations, [counts]] = await Promise.all([
      this.load(manager, runId),
      manager.query(
        `SELECT count(*) FILTER (WHERE ${HOLDS_SEAT})::int AS holding,
                count(*) FILTER (WHERE e.status = 'waitlisted' AND e.offer_expires_at IS NULL)::int AS waitlisted,
                count(*) FILTER (WHERE e.status = 'waitlisted' AND e.offer_expires_at IS NOT NULL)::int AS offered,
                count(*) FILTER (WHERE e.status = 'requested')::int AS requested
           FROM enrolment e WHERE e.run_id = $1`,
        [runId],
      ) as Promise<{ holding: number; waitlisted: number; offered: number; requested: number }[]>,
    ]);
    const ledger = new SeatLedger(run.capacity, counts.holding, reservations.filter((reservation) => !reservation.releasedAt));
    return {
      capacity: run.capacity,
      taken: counts.holding - counts.offered,
      offered: counts.offered,
      held: ledger.heldWithinCapacity(),
      free: ledger.open(),
      waitlisted: counts.waitlisted,
      requested: counts.requested,
      waitlistAllowed: run.waitlistAllowed,
      promotionOfferHours: run.promotionOfferHours,
      reservations,
      version: run.version,
    };
  }

  /** Replaces the run's reservations (at the run's version, when given); freed seats go to the waiting list at once. */
  async replace(actor: Actor, runId: string, input: readonly SeatReservationInput[], expectedVersion: number | undefined, ip: string): Promise<SeatReservation[]> {
    await this.policy.require(actor, 'run.update', [runId]);
    assertReservations(input);
    return inTransaction(this.dataSource, async (manager) => {
      const run = await this.seats.lock(manager, runId);
      if (expectedVersion !== undefined && expectedVersion !== run.version) throw new StaleUpdateError('The course run', run.version);
      const total = input.reduce((sum, reservation) => sum + reservation.seats, 0);
      if (total > run.capacity) throw new InvalidInputError([{ field: 'seats', message: `${total} seats reserved is more than the run's capacity of ${run.capacity}` }]);
      await this.assertNotNested(manager, input);
      const before = await this.load(manager, runId);
      await manager.query(`DELETE FROM run_reservation WHERE run_id = $1`, [runId]);
      await manager.query(
        `INSERT INTO run_reservation (run_id, organisation_id, seats, release_at)
         SELECT $1, r.organisation_id, r.seats, r.release_at FROM unnest($2::uuid[], $3::int[], $4::timestamptz[]) AS r(organisation_id, seats, release_at)`,
        [runId, input.map((r) => r.organisationId), input.map((r) => r.seats), input.map((r) => new Date(r.releaseAt).toISOString())],
      );
      await manager.query(`UPDATE course_run SET version = version + 1, updated_at = now() WHERE id = $1`, [runId]);
      await this.audit.record(
        'run.reservations_changed',
        {
          actorUserId: actor.id,
          ip,
          object: { type: 'run', id: runId },
          oldValue: { reservations: before.filter((r) => !r.releasedAt).map(({ organisationId, seats, releaseAt }) => ({ organisationId, seats, releaseAt })) },
          newValue: { reservations: input.map(({ organisationId, seats, releaseAt }) => ({ organisationId, seats, releaseAt: new Date(releaseAt).toISOString() })) },
        },
        manager,
      );
      await this.seats.settle(manager, run, actor.id);
      return this.load(manager, runId);
    });
  }

  private async load(manager: EntityManager, runId: string): Promise<SeatReservation[]> {
    const rows: ReservationRow[] = await manager.query(
      `SELECT rr.organisation_id, o.name AS organisation_name, rr.seats, rr.release_at, rr.released_at, ${RESERVATION_TAKEN} AS taken
         FROM run_reservation rr JOIN organisation o ON o.id = rr.organisation_id
        WHERE rr.run_id = $1
        ORDER BY o.name COLLATE "lv-x-icu", rr.organisation_id`,
      [runId],
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      seats: row.seats,
      taken: row.taken,
      releaseAt: row.release_at.toISOString(),
      releasedAt: row.released_at?.toISOString() ?? null,
    }));
  }

  /** Seats for a branch and for the centre above it would count the branch's people twice. */
  private async assertNotNested(manager: EntityManager, input: readonly SeatReservationInput[]): Promise<void> {
    const ids = input.map((r) => r.organisationId);
    const [row]: { ancestor: string | null; known: number }[] = await manager.query(
      `SELECT (SELECT ancestor_id::text FROM organisation_closure WHERE ancestor_id = ANY($1) AND descendant_id = ANY($1) AND depth > 0 LIMIT 1) AS ancestor,
              (SELECT count(*)::int FROM organisation WHERE id = ANY($1)) AS known`,
      [ids],
    );
    if (row.known !== ids.length) throw new InvalidInputError([{ field: 'organisationId', message: 'An organisation does not exist' }]);
    if (row.ancestor) throw new InvalidInputError([{ field: 'organisationId', message: 'Seats cannot be reserved both for an organisation and for a unit of it' }]);
  }
}

function assertReservations(input: readonly SeatReservationInput[]): void {
  if (input.length > MAX_RESERVATIONS) throw new InvalidInputError([{ field: 'reservations', message: `At most ${MAX_RESERVATIONS} reservations` }]);
  const ids = input.map((r) => r.organisationId);
  if (new Set(ids).size !== ids.length) throw new InvalidInputError([{ field: 'organisationId', message: 'An organisation is listed twice' }]);
}
