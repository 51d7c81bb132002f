import type { Enrolment, Problem } from '@di/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { caller, enrolmentsOf, newRun, organisationId, signedInPeople, type Answer } from './support/enrolment-fixtures';
import { createTestDatabase } from './support/test-database';
import { DEMO, signIn, startTestApp, type SignedIn, type TestApp } from './support/test-app';

/**
 * Nobody is ever the 21st of a 20-seat run (ASVS 2.3.4): real PostgreSQL, real HTTP, many
 * clients at once. Without the run's row lock in RunSeats.lock, these fail (seats overbooked,
 * waiting-list places shared).
 */
describe('enrolment under load', () => {
  let testApp: TestApp;
  let base: string;
  let db: DataSource;
  let admin: SignedIn;
  let call: ReturnType<typeof caller>;
  /** The same 32 people try each round's new run (signing in is costly: once is enough). */
  let crowd: Awaited<ReturnType<typeof signedInPeople>>;

  /** Samples the run while the load runs: the seats held never exceed the capacity at any committed moment. */
  function watchSeats(runId: string, capacity: number): { stop: () => Promise<number> } {
    let highest = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const [{ held }]: { held: number }[] = await db.query(
          `SELECT count(*)::int AS held FROM enrolment WHERE run_id = $1 AND (status = 'enrolled' OR (status = 'waitlisted' AND offer_expires_at IS NOT NULL))`,
          [runId],
        );
        highest = Math.max(highest, held);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        expect(highest).toBeLessThanOrEqual(capacity);
        return highest;
      },
    };
  }

  beforeAll(async () => {
    const url = await createTestDatabase();
    testApp = await startTestApp(url, { demoData: true });
    base = testApp.baseUrl;
    call = caller(base);
    db = await new DataSource(dataSourceOptions(url)).initialize();
    admin = await signIn(base, DEMO.admin);
    crowd = await signedInPeople(db, base, { count: 32, organisation: 'Kalkūni', prefix: 'slodze' });
  });
  afterAll(async () => {
    await db?.destroy();
    await testApp?.close();
  });

  it.each([1, 2, 3])('32 clients × 20 attempts at a 20-seat run: exactly 20 seats, the rest waitlisted in order, every repeat a 409 (round %i)', async () => {
    const people = crowd;
    const run = await newRun(base, admin, db, { capacity: 20 });
    const watch = watchSeats(run.id, 20);
    const answers = await Promise.all(
      people.map(async (person) => {
        const mine: Answer<Enrolment | Problem>[] = [];
        for (let attempt = 0; attempt < 20; attempt++) mine.push(await call<Enrolment | Problem>(person, 'POST', `/api/runs/${run.id}/enrolments`, {}));
        return mine;
      }),
    );
    await watch.stop();

    const all = answers.flat();
    expect(all.filter((answer) => answer.status >= 500)).toEqual([]);
    for (const mine of answers) {
      expect(`${mine[0].status} ${JSON.stringify(mine[0].body)}`).toMatch(/^201 /);
      expect(mine.slice(1).map((answer) => `${answer.status} ${(answer.body as Problem).code}`)).toEqual(Array(19).fill('409 ALREADY_ENROLLED'));
    }
    const created = answers.map((mine) => mine[0].body as Enrolment);
    expect(created.filter((enrolment) => enrolment.status === 'enrolled')).toHaveLength(20);
    const waitlisted = created.filter((enrolment) => enrolment.status === 'waitlisted');
    expect(waitlisted.map((enrolment) => enrolment.position).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));

    const stored = await enrolmentsOf(db, run.id);
    expect(stored.filter((row) => row.status === 'enrolled')).toHaveLength(20);
    expect(stored.filter((row) => row.status === 'waitlisted').map((row) => row.rank)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // The waiting list as the API shows it: the same people in the order each was told.
    const list = await call<{ items: Enrolment[] }>(admin, 'GET', `/api/runs/${run.id}/enrolments?status=waitlisted&pageSize=50`);
    const told = new Map(waitlisted.map((enrolment) => [enrolment.userId, enrolment.position]));
    expect(list.body.items.map((enrolment) => [enrolment.position, told.get(enrolment.userId)])).toEqual(Array.from({ length: 12 }, (_, i) => [i + 1, i + 1]));
  }, 120_000);

  it('withdrawals, reserved seats and new enrolments at once: never over capacity, nobody else in a reserved seat, the waiting list in order and moving up', async () => {
    const kalupeId = await organisationId(db, 'Kalupe');
    const kalupe = await signedInPeople(db, base, { count: 10, organisation: 'Kalupe', prefix: 'jaukti-kalupe' });
    const others = await signedInPeople(db, base, { count: 30, organisation: 'Kalkūni', prefix: 'jaukti-citi' });
    const run = await newRun(base, admin, db, { capacity: 20 });
    const reserved = await call(admin, 'PUT', `/api/runs/${run.id}/reservations`, [{ organisationId: kalupeId, seats: 6, releaseAt: '2027-08-01T09:00:00Z' }]);
    expect(`${reserved.status} ${JSON.stringify(reserved.body)}`).toMatch(/^200 /);
    // Before the load: 14 others take the 14 open seats, 4 more wait.
    const early = others.slice(0, 18);
    for (const person of early) expect((await call(person, 'POST', `/api/runs/${run.id}/enrolments`, {})).status).toBe(201);

    const watch = watchSeats(run.id, 20);
    const enrolled = (await call<{ items: Enrolment[] }>(admin, 'GET', `/api/runs/${run.id}/enrolments?status=enrolled&pageSize=50`)).body.items;
    const leaving = enrolled.slice(0, 6);
    const answers = (
      await Promise.all([
        // Six people with seats withdraw…
        ...leaving.map((enrolment) => {
          const person = others.find((other) => other.userId === enrolment.userId) as SignedIn;
          return call(person, 'PATCH', `/api/enrolments/${enrolment.id}`, { status: 'withdrawn', reason: 'Slimība' }).then((answer) => [answer]);
        }),
        // …while Kalupe's staff enrol themselves, twice each…
        ...kalupe.map(async (person) => [await call(person, 'POST', `/api/runs/${run.id}/enrolments`, {}), await call(person, 'POST', `/api/runs/${run.id}/enrolments`, {})]),
        // …and the rest of the others try too.
        ...others.slice(18).map(async (person) => [await call(person, 'POST', `/api/runs/${run.id}/enrolments`, {})]),
      ])
    ).flat();
    await watch.stop();

    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(answers.filter((answer) => answer.status >= 400).map((answer) => (answer.body as Problem).code)).toEqual(Array(10).fill('ALREADY_ENROLLED'));

    const stored = await enrolmentsOf(db, run.id);
    const seated = stored.filter((row) => row.status === 'enrolled');
    const seatedKalupe = seated.filter((row) => row.organisation_id === kalupeId).length;
    // Capacity holds, and the others never sit in the seats held for Kalupe.
    expect(seated.length).toBeLessThanOrEqual(20);
    expect(seated.length - seatedKalupe + Math.max(6, seatedKalupe)).toBeLessThanOrEqual(20);
    // Freed seats went to the waiting list (the run has not started): no free seat while someone waits for one.
    const waiting = stored.filter((row) => row.status === 'waitlisted');
    expect(seated.length).toBe(20);
    expect(waiting.map((row) => row.rank)).toEqual(Array.from({ length: waiting.length }, (_, i) => i + 1));
    expect(stored.filter((row) => row.status === 'withdrawn')).toHaveLength(6);
    expect(seatedKalupe).toBeGreaterThanOrEqual(6);
    // Everyone who asked is somewhere: 40 people, 6 withdrawn, 20 seated, the rest waiting.
    expect(waiting).toHaveLength(40 - 6 - 20);
    const seats = await call<{ taken: number; free: number; waitlisted: number; held: number }>(admin, 'GET', `/api/runs/${run.id}/seats`);
    expect(seats.body).toMatchObject({ taken: 20, free: 0, held: 0, waitlisted: 14 });
  }, 120_000);
});
