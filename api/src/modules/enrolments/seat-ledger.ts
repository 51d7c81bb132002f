/** Seats held for one facility: how many, and how many of its people hold a seat. */
export interface ReservedSeats {
  organisationId: string;
  seats: number;
  taken: number;
}

/**
 * The seats of one run at one moment, read under the run's lock: a person of a facility with
 * seats held for it may take one of those or an open seat; anyone else only an open seat.
 * Seats held and not taken are not open, until their reservation is released.
 */
export class SeatLedger {
  private readonly reservations: Map<string, ReservedSeats>;

  constructor(
    readonly capacity: number,
    private taken: number,
    reservations: readonly ReservedSeats[],
  ) {
    this.reservations = new Map(reservations.map((reservation) => [reservation.organisationId, { ...reservation }]));
  }

  /** Seats held for facilities and not yet taken by their people. */
  held(): number {
    let held = 0;
    for (const reservation of this.reservations.values()) held += Math.max(reservation.seats - reservation.taken, 0);
    return held;
  }

  /** Held seats that can still be had: never more than the capacity leaves. */
  heldWithinCapacity(): number {
    return Math.min(this.held(), Math.max(this.capacity - this.taken, 0));
  }

  /** Seats anyone may take. */
  open(): number {
    return Math.max(this.capacity - this.taken - this.held(), 0);
  }

  /** Whether a person (of the facility `reservationId` holds seats for, if any) can have a seat now. */
  canSeat(reservationId: string | null): boolean {
    return this.taken < this.capacity && (this.open() > 0 || this.heldFor(reservationId) > 0);
  }

  /** Whether the seat this person would take is one held for their facility (rather than an open one). */
  wouldTakeHeldSeat(reservationId: string | null): boolean {
    return this.heldFor(reservationId) > 0;
  }

  take(reservationId: string | null): void {
    if (!this.canSeat(reservationId)) throw new Error('No seat to take');
    this.taken += 1;
    const reservation = reservationId ? this.reservations.get(reservationId) : undefined;
    if (reservation) reservation.taken += 1;
  }

  anyFree(): boolean {
    return this.taken < this.capacity && (this.open() > 0 || this.held() > 0);
  }

  private heldFor(reservationId: string | null): number {
    const reservation = reservationId ? this.reservations.get(reservationId) : undefined;
    return reservation ? Math.max(reservation.seats - reservation.taken, 0) : 0;
  }
}
