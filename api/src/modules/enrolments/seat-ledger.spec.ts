import { SeatLedger } from './seat-ledger';

describe('SeatLedger', () => {
  it('keeps held seats for their facility and gives the rest to anyone', () => {
    const ledger = new SeatLedger(10, 0, [{ organisationId: 'kalupe', seats: 8, taken: 0 }]);
    expect(ledger.open()).toBe(2);
    ledger.take(null);
    ledger.take(null);
    expect(ledger.canSeat(null)).toBe(false);
    expect(ledger.canSeat('kalupe')).toBe(true);
    for (let i = 0; i < 8; i++) ledger.take('kalupe');
    expect(ledger.canSeat('kalupe')).toBe(false);
    expect(ledger.anyFree()).toBe(false);
    expect(() => ledger.take('kalupe')).toThrow();
  });

  it('lets a facility use open seats once its held ones are taken, and counts its people beyond them', () => {
    const ledger = new SeatLedger(5, 0, [{ organisationId: 'kalupe', seats: 2, taken: 0 }]);
    ledger.take('kalupe');
    ledger.take('kalupe');
    expect(ledger.wouldTakeHeldSeat('kalupe')).toBe(false);
    ledger.take('kalupe');
    expect(ledger.open()).toBe(2);
    expect(ledger.held()).toBe(0);
  });

  it('never counts more free seats than the capacity leaves, even with people taken beyond it', () => {
    const ledger = new SeatLedger(3, 4, [{ organisationId: 'kalupe', seats: 2, taken: 0 }]);
    expect(ledger.open()).toBe(0);
    expect(ledger.canSeat(null)).toBe(false);
    expect(ledger.canSeat('kalupe')).toBe(false);
    expect(ledger.anyFree()).toBe(false);
  });

  it('gives a facility only the seats the capacity still has, when its reservation came after others took seats', () => {
    const ledger = new SeatLedger(10, 9, [{ organisationId: 'kalupe', seats: 8, taken: 0 }]);
    expect(ledger.canSeat(null)).toBe(false);
    expect(ledger.heldWithinCapacity()).toBe(1);
    ledger.take('kalupe');
    expect(ledger.canSeat('kalupe')).toBe(false);
    expect(ledger.heldWithinCapacity()).toBe(0);
  });
});
