import type { BulkEnrolmentResponse, Enrolment, EnrolmentOptions, HistoryEntry, Page, Problem, RunSeats, SeatReservation, User } from '@di/contracts';
import { DataSource } from 'typeorm';
import { SeatSweep } from '../src/modules/enrolments/seat-sweep';
import { caller, closeEnrolmentBed, openEnrolmentBed, type EnrolmentBed, newRun, organisationId, signedInPeople } from './support/enrolment-fixtures';
import { DEMO, signIn, type SignedIn, type TestApp } from './support/test-app';

/** An enrolment, or the problem instead. */
type Reply = Enrolment & Omit<Problem, 'status'>;

describe('enrolment: the rules people meet', () => {
  let testApp: TestApp;
  let base: string;
  let db: DataSource;
  let admin: SignedIn;
  let latgale: SignedIn;
  let riga: SignedIn;
  let call: ReturnType<typeof caller>;

  const enrol = (who: SignedIn, runId: string, userId?: string) => call<Reply>(who, 'POST', `/api/runs/${runId}/enrolments`, userId ? { userId } : {});
  const change = (who: SignedIn, enrolment: Pick<Enrolment, 'id'>, body: Record<string, unknown>) => call<Reply>(who, 'PATCH', `/api/enrolments/${enrolment.id}`, body);
  const statusOf = async (id: string) => ((await db.query(`SELECT status FROM enrolment WHERE id = $1`, [id])) as { status: string }[])[0].status;
  const mailsTo = async (email: string, template: string) =>
    (await db.query(`SELECT subject, text_body FROM mail_outbox WHERE recipient = $1 AND template = $2 ORDER BY created_at`, [email, template])) as { subject: string; text_body: string }[];
  const people = (count: number, organisation: string, prefix: string, kind?: string) => signedInPeople(db, base, { count, organisation, prefix, kind });

  let bed: EnrolmentBed | undefined;
  beforeAll(async () => {
    bed = await openEnrolmentBed();
    ({ testApp, base, db, admin, latgale, riga, call } = bed);
  });
  afterAll(() => closeEnrolmentBed(bed));

  it('enrols a person once, says why not when the window is closed or the course is for others, and keeps who did what', async () => {
    const [ieva, mentor] = [...(await people(1, 'Kalkūni', 'logs')), ...(await people(1, 'Daugavpils pilsēta', 'mentors', 'social_mentor'))];
    const run = await newRun(base, admin, db);
    expect((await call<EnrolmentOptions>(ieva, 'GET', `/api/runs/${run.id}/enrolment-options`)).body).toEqual({ enrolment: null, outcome: 'enrolled' });
    const first = await enrol(ieva, run.id);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'enrolled', userId: ieva.userId, enrolledBy: ieva.userId, position: null });
    expect((await enrol(ieva, run.id)).body.code).toBe('ALREADY_ENROLLED');
    expect((await call<EnrolmentOptions>(ieva, 'GET', `/api/runs/${run.id}/enrolment-options`)).body).toMatchObject({ outcome: 'not_possible', reason: 'ALREADY_ENROLLED' });

    const mismatch = await enrol(mentor, run.id);
    expect([mismatch.status, mismatch.body.code]).toEqual([409, 'AUDIENCE_MISMATCH']);
    expect((await call<EnrolmentOptions>(mentor, 'GET', `/api/runs/${run.id}/enrolment-options`)).body).toMatchObject({ outcome: 'not_possible', reason: 'AUDIENCE_MISMATCH' });

    const closed = await newRun(base, admin, db, { enrolmentOpensAt: '2026-01-01T08:00:00Z', enrolmentClosesAt: '2026-02-01T08:00:00Z' });
    const late = await enrol(ieva, closed.id);
    expect([late.status, late.body.code]).toEqual([409, 'ENROLMENT_CLOSED']);
    // A coordinator is bound by the window too; an admin may enrol late.
    expect((await enrol(latgale, closed.id, ieva.userId)).body.code).toBe('ENROLMENT_CLOSED');
    expect((await enrol(admin, closed.id, ieva.userId)).body.status).toBe('enrolled');

    // Withdrawn, then enrolled again: a new enrolment whose history names the earlier one.
    expect((await change(ieva, first.body, { status: 'withdrawn', reason: 'Pārklājas ar darbu' })).body).toMatchObject({ status: 'withdrawn', reason: 'Pārklājas ar darbu' });
    const again = await enrol(ieva, run.id);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
    const oldHistory = (await call<Page<HistoryEntry>>(ieva, 'GET', `/api/enrolments/${first.body.id}/history`)).body.items;
    expect(oldHistory.map((entry) => [entry.action, entry.actor?.id, entry.newValue?.status])).toEqual([
      ['enrolment.created', ieva.userId, 'enrolled'],
      ['enrolment.status_changed', ieva.userId, 'withdrawn'],
    ]);
    const newHistory = (await call<Page<HistoryEntry>>(ieva, 'GET', `/api/enrolments/${again.body.id}/history`)).body.items;
    expect(newHistory[0].newValue).toMatchObject({ status: 'enrolled', previousEnrolmentId: first.body.id });
    const mine = await call<Page<Enrolment>>(ieva, 'GET', '/api/me/enrolments');
    expect(mine.body.items.filter((enrolment) => enrolment.runId === run.id).map((enrolment) => enrolment.status).sort()).toEqual(['enrolled', 'withdrawn']);
  });

  it('refuses a full run without a waiting list, and puts people on the list in order when it has one', async () => {
    const [a, b, c] = await people(3, 'Kalkūni', 'pilns');
    const strict = await newRun(base, admin, db, { capacity: 1, waitlistAllowed: false });
    expect((await enrol(a, strict.id)).body.status).toBe('enrolled');
    expect((await call<EnrolmentOptions>(b, 'GET', `/api/runs/${strict.id}/enrolment-options`)).body).toMatchObject({ outcome: 'not_possible', reason: 'RUN_FULL' });
    const full = await enrol(b, strict.id);
    expect([full.status, full.body.code]).toEqual([409, 'RUN_FULL']);

    const listed = await newRun(base, admin, db, { capacity: 1 });
    await enrol(a, listed.id);
    expect((await enrol(b, listed.id)).body).toMatchObject({ status: 'waitlisted', position: 1 });
    expect((await enrol(c, listed.id)).body).toMatchObject({ status: 'waitlisted', position: 2 });
    expect((await call<RunSeats>(admin, 'GET', `/api/runs/${listed.id}/seats`)).body).toMatchObject({ capacity: 1, taken: 1, free: 0, waitlisted: 2 });
  });

  it('gives a freed seat to the first on the waiting list at once, and tells them; no promotion on its own once the run has started', async () => {
    const [a, b, c] = await people(3, 'Kalkūni', 'atbrivo');
    const run = await newRun(base, admin, db, { capacity: 1 });
    const seat = (await enrol(a, run.id)).body;
    const firstWaiting = (await enrol(b, run.id)).body;
    const secondWaiting = (await enrol(c, run.id)).body;
    const left = await change(latgale, seat, { status: 'withdrawn', reason: 'Aiziet no darba' });
    expect(left.body).toMatchObject({ status: 'withdrawn', reason: 'Aiziet no darba' });
    expect(left.body.withdrawnAt).toEqual(expect.any(String));
    expect(await statusOf(firstWaiting.id)).toBe('enrolled');
    expect((await call<Enrolment>(c, 'GET', `/api/enrolments/${secondWaiting.id}`)).body.position).toBe(1);
    const [mail] = await mailsTo(b.email, 'enrolment_promoted');
    expect(mail.subject).toContain('Jums ir vieta');
    expect((await call<Page<HistoryEntry>>(b, 'GET', `/api/enrolments/${firstWaiting.id}/history`)).body.items.map((entry) => [entry.action, entry.actor?.id])).toEqual([
      ['enrolment.created', b.userId],
      ['enrolment.promoted', latgale.userId],
    ]);

    // Started: a withdrawal leaves the seat free until a coordinator gives it by hand.
    const started = await newRun(base, admin, db, { capacity: 1, startsOn: '2026-01-05', endsOn: '2027-12-31' });
    const holder = (await enrol(admin, started.id, a.userId)).body;
    const waiting = (await enrol(admin, started.id, b.userId)).body;
    const alsoWaiting = (await enrol(admin, started.id, c.userId)).body;
    await change(admin, holder, { status: 'withdrawn', reason: 'Slimība' });
    expect(await statusOf(waiting.id)).toBe('waitlisted');
    expect((await change(b, waiting, { status: 'enrolled' })).body.code).toBe('INVALID_TRANSITION');
    expect((await change(latgale, alsoWaiting, { status: 'enrolled' })).body.status).toBe('enrolled');
    expect((await change(latgale, waiting, { status: 'enrolled' })).body.code).toBe('RUN_FULL');
  });

  it('offers a freed seat for a while when the run says so: accepted, or passed to the next', async () => {
    const [a, b, c, d] = await people(4, 'Kalkūni', 'piedavajums');
    const run = await newRun(base, admin, db, { capacity: 1, promotionOfferHours: 24 });
    const seat = (await enrol(a, run.id)).body;
    const offered = (await enrol(b, run.id)).body;
    const next = (await enrol(c, run.id)).body;
    await change(a, seat, { status: 'withdrawn', reason: 'Nevaru' });
    const held = (await call<Enrolment>(b, 'GET', `/api/enrolments/${offered.id}`)).body;
    expect(held).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(new Date(held.offerExpiresAt ?? 0).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect((await mailsTo(b.email, 'enrolment_offered'))[0].text_body).toContain('Pieņemiet to līdz');
    // The offered seat is kept: a newcomer waits.
    expect((await enrol(d, run.id)).body.status).toBe('waitlisted');
    expect((await call<RunSeats>(admin, 'GET', `/api/runs/${run.id}/seats`)).body).toMatchObject({ taken: 0, offered: 1, free: 0, waitlisted: 2 });
    // Not accepted in time: the sweep passes it to the next.
    await db.query(`UPDATE enrolment SET offer_expires_at = now() - interval '1 second' WHERE id = $1`, [offered.id]);
    expect(await testApp.app.get(SeatSweep).sweep()).toBeGreaterThanOrEqual(1);
    expect(await statusOf(offered.id)).toBe('withdrawn');
    const nextHeld = (await call<Enrolment>(c, 'GET', `/api/enrolments/${next.id}`)).body;
    expect(nextHeld.offerExpiresAt).toEqual(expect.any(String));
    expect((await change(c, nextHeld, { status: 'enrolled', version: nextHeld.version })).body).toMatchObject({ status: 'enrolled', offerExpiresAt: null, position: null });
    expect((await change(b, offered, { status: 'enrolled' })).body.code).toBe('INVALID_TRANSITION');
  });

  it('waits for approval when the run needs it: a coordinator of the person decides, with a reason to reject, and the person is told', async () => {
    const [a, b, c, d] = await people(4, 'Kalkūni', 'apstiprina');
    const run = await newRun(base, admin, db, { capacity: 1, requiresApproval: true });
    expect((await call<EnrolmentOptions>(a, 'GET', `/api/runs/${run.id}/enrolment-options`)).body.outcome).toBe('requested');
    const requests = [];
    for (const person of [a, b, c, d]) requests.push((await enrol(person, run.id)).body);
    expect(requests.map((request) => request.status)).toEqual(['requested', 'requested', 'requested', 'requested']);
    expect((await call<RunSeats>(admin, 'GET', `/api/runs/${run.id}/seats`)).body).toMatchObject({ taken: 0, requested: 4 });

    // The Rīga coordinator does not hold these people: not found, nothing changes.
    expect((await change(riga, requests[0], { status: 'enrolled' })).status).toBe(404);
    const pending = await call<Page<Enrolment>>(latgale, 'GET', `/api/enrolments?status=requested&runId=${run.id}`);
    expect(pending.body.items.map((enrolment) => enrolment.id).sort()).toEqual(requests.map((request) => request.id).sort());
    expect((await call<Page<Enrolment>>(riga, 'GET', `/api/enrolments?status=requested&runId=${run.id}`)).body.total).toBe(0);

    const noReason = await change(latgale, requests[3], { status: 'rejected' });
    expect([noReason.status, noReason.body.errors?.[0]?.field]).toEqual([400, 'reason']);
    expect((await change(latgale, requests[3], { status: 'rejected', reason: 'Nav VSAC darbinieks' })).body).toMatchObject({ status: 'rejected', reason: 'Nav VSAC darbinieks' });
    expect((await mailsTo(d.email, 'enrolment_rejected'))[0].text_body).toContain('Iemesls: Nav VSAC darbinieks');

    // Approving several at once: the first gets the seat, the next the waiting list.
    const decided = await call<BulkEnrolmentResponse>(latgale, 'POST', '/api/enrolments/decisions', { enrolmentIds: [requests[0].id, requests[1].id, requests[3].id], status: 'enrolled' });
    expect(decided.body.results.map((result) => [result.enrolmentId, result.status, result.code])).toEqual([
      [requests[0].id, 'enrolled', undefined],
      [requests[1].id, 'waitlisted', undefined],
      [requests[3].id, 'error', 'INVALID_TRANSITION'],
    ]);
    expect((await mailsTo(b.email, 'enrolment_approved'))[0].text_body).toContain('gaidīšanas sarakstā 1. vietā');
    // The Rīga coordinator's decisions on them are not found.
    const refused = await call<BulkEnrolmentResponse>(riga, 'POST', '/api/enrolments/decisions', { enrolmentIds: [requests[2].id], status: 'enrolled' });
    expect(refused.body.results).toEqual([{ enrolmentId: requests[2].id, status: 'error', code: 'NOT_FOUND', message: 'The enrolment was not found' }]);
    expect(await statusOf(requests[2].id)).toBe('requested');
  });

  it('keeps seats for a facility until their release date: others wait, its coordinator fills them, afterwards they are open to all', async () => {
    const kalupeId = await organisationId(db, 'Kalupe');
    const kalkuniId = await organisationId(db, 'Kalkūni');
    const [kalupeCoordinator] = await signedInPeople(db, base, { count: 1, organisation: 'Kalupe', prefix: 'kalupe-koord', role: 'coordinator', scope: { organisationId: kalupeId } });
    const [kalkuniCoordinator] = await signedInPeople(db, base, { count: 1, organisation: 'Kalkūni', prefix: 'kalkuni-koord', role: 'coordinator', scope: { organisationId: kalkuniId } });
    const staffOfKalupe = await people(2, 'Kalupe', 'rezerve-kalupe');
    const staffOfKalkuni = await people(3, 'Kalkūni', 'rezerve-kalkuni');
    const run = await newRun(base, admin, db, { capacity: 3 });
    // Only those who organise the run set its reservations.
    expect((await call(kalupeCoordinator, 'PUT', `/api/runs/${run.id}/reservations`, [{ organisationId: kalupeId, seats: 2, releaseAt: '2027-08-01T09:00:00Z' }])).status).toBe(403);
    const reserved = await call<SeatReservation[]>(latgale, 'PUT', `/api/runs/${run.id}/reservations`, [{ organisationId: kalupeId, seats: 2, releaseAt: '2027-08-01T09:00:00Z' }], {
      'If-Match': `"${run.version}"`,
    });
    expect(reserved.body).toEqual([{ organisationId: kalupeId, organisationName: 'Kalupe', seats: 2, taken: 0, releaseAt: '2027-08-01T09:00:00.000Z', releasedAt: null }]);
    expect((await call<Problem>(latgale, 'PUT', `/api/runs/${run.id}/reservations`, [], { 'If-Match': `"${run.version}"` })).body.code).toBe('STALE_UPDATE');
    expect((await call<Problem>(latgale, 'PUT', `/api/runs/${run.id}/reservations`, [{ organisationId: kalupeId, seats: 4, releaseAt: '2027-08-01T09:00:00Z' }])).status).toBe(400);

    // The Kalkūni coordinator fills the one open seat, and then cannot take Kalupe's.
    const bulk = await call<BulkEnrolmentResponse>(kalkuniCoordinator, 'POST', `/api/runs/${run.id}/enrolments/bulk`, {
      userIds: [...staffOfKalkuni.slice(0, 2).map((person) => person.userId), staffOfKalupe[0].userId],
    });
    expect(bulk.body.results.map((result) => [result.status, result.code])).toEqual([
      ['enrolled', undefined],
      ['waitlisted', undefined],
      ['error', 'NOT_FOUND'],
    ]);
    expect((await enrol(staffOfKalkuni[2], run.id)).body.status).toBe('waitlisted');
    expect((await enrol(kalupeCoordinator, run.id, staffOfKalupe[0].userId)).body.status).toBe('enrolled');
    const seats = (await call<RunSeats>(staffOfKalupe[1], 'GET', `/api/runs/${run.id}/seats`)).body;
    expect(seats).toMatchObject({ capacity: 3, taken: 2, held: 1, free: 0, waitlisted: 2 });
    expect(seats.reservations).toMatchObject([{ organisationName: 'Kalupe', seats: 2, taken: 1 }]);

    // The release date comes: the held seat goes to the first waiting, whoever they are.
    await db.query(`UPDATE run_reservation SET release_at = now() - interval '1 minute' WHERE run_id = $1`, [run.id]);
    await testApp.app.get(SeatSweep).sweep();
    const after = (await call<Page<Enrolment>>(latgale, 'GET', `/api/runs/${run.id}/enrolments?pageSize=50`)).body.items;
    expect(after.filter((enrolment) => enrolment.status === 'enrolled').map((enrolment) => enrolment.userId).sort()).toEqual(
      [staffOfKalkuni[0].userId, staffOfKalkuni[1].userId, staffOfKalupe[0].userId].sort(),
    );
    expect((await call<SeatReservation[]>(latgale, 'GET', `/api/runs/${run.id}/reservations`)).body[0].releasedAt).toEqual(expect.any(String));
    const history = (await call<Page<HistoryEntry>>(admin, 'GET', `/api/enrolments/${bulk.body.results[1].enrolmentId}/history`)).body.items;
    expect(history.map((entry) => [entry.action, entry.actor])).toEqual([
      ['enrolment.created', expect.objectContaining({ id: kalkuniCoordinator.userId })],
      ['enrolment.promoted', null],
    ]);
  });

  it('keeps coordinators to their scope: people and runs outside it are not found', async () => {
    const run = await newRun(base, admin, db);
    const [{ id: rigaPerson }]: { id: string }[] = await db.query(`SELECT id FROM app_user WHERE email = 'andris.demo@demo.invalid'`);
    const outsidePerson = await enrol(latgale, run.id, rigaPerson);
    expect([outsidePerson.status, outsidePerson.body.code]).toEqual([404, 'NOT_FOUND']);
    const rigaRun = await newRun(base, admin, db, { regionCode: 'RPR' });
    const [{ id: latgalePerson }]: { id: string }[] = await db.query(`SELECT id FROM app_user WHERE email = 'janis.demo@demo.invalid'`);
    const outsideRun = await enrol(latgale, rigaRun.id, latgalePerson);
    expect([outsideRun.status, outsideRun.body.code]).toEqual([404, 'NOT_FOUND']);
    const participant = await signIn(base, DEMO.participant);
    expect((await enrol(participant, run.id, latgalePerson)).status).toBe(404);
    expect((await db.query(`SELECT count(*)::int AS n FROM enrolment WHERE run_id = ANY($1)`, [[run.id, rigaRun.id]]))[0].n).toBe(0);
    // A run's list shows a coordinator only what they may read.
    await enrol(admin, rigaRun.id, rigaPerson);
    await enrol(admin, rigaRun.id, latgalePerson);
    const seen = await call<Page<Enrolment>>(latgale, 'GET', `/api/runs/${rigaRun.id}/enrolments`);
    expect(seen.body.items.map((enrolment) => enrolment.userId)).toEqual([latgalePerson]);
    const users = await call<Page<User>>(latgale, 'GET', `/api/users?q=andris`);
    expect(users.body.total).toBe(0);
  });
});
