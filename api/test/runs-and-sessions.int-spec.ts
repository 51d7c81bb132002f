import type { CourseRun, Page, Problem, SessionBatch, TrainingSession } from '@di/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type SignedIn, type TestApp } from './support/test-app';

type Answer<T> = { status: number; body: T };

describe('course runs and their sessions: scope, Riga time, series, conflicts, changes', () => {
  let testApp: TestApp;
  let base: string;
  let db: DataSource;
  let admin: SignedIn;
  let latgale: SignedIn;
  let riga: SignedIn;
  let trainer: SignedIn;
  let participant: SignedIn;
  let secondTrainerId: string;
  let courseId: string;
  let run: CourseRun;
  let otherRun: CourseRun;

  const call = <T>(who: SignedIn, method: string, path: string, json?: unknown): Promise<Answer<T>> =>
    getJson<T>(base, path, { method, token: who.accessToken, json });
  const newRun = (who: SignedIn, overrides: Record<string, unknown> = {}) =>
    call<CourseRun>(who, 'POST', `/api/courses/${courseId}/runs`, {
      title: { lv: 'Pārbaudes grupa', en: 'Test group' },
      regionCode: 'RPR',
      startsOn: '2026-10-01',
      endsOn: '2028-06-30',
      capacity: 20,
      trainerIds: [trainer.userId],
      ...overrides,
    });
  const online = (overrides: Record<string, unknown> = {}) => ({ mode: 'online', meetingUrl: 'https://meet.example.lv/x', trainerIds: [trainer.userId], ...overrides });
  const schedule = (runId: string, body: unknown, who: SignedIn = trainer) => call<SessionBatch & Problem>(who, 'POST', `/api/runs/${runId}/sessions`, body);
  const sessionsOf = async (runId: string) => (await call<{ items: TrainingSession[] }>(admin, 'GET', `/api/runs/${runId}/sessions`)).body.items;
  const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.field);

  beforeAll(async () => {
    const url = await createTestDatabase();
    testApp = await startTestApp(url, { demoData: true });
    base = testApp.baseUrl;
    db = await new DataSource(dataSourceOptions(url)).initialize();
    [admin, latgale, riga, trainer, participant] = await Promise.all(
      [DEMO.admin, DEMO.coordinator, DEMO.rigaCoordinator, DEMO.trainer, DEMO.participant].map((who) => signIn(base, who)),
    );
    [{ id: courseId }] = await db.query(`SELECT id FROM course WHERE code = 'VSAC-GRT'`);
    const [{ organisation_id: organisationId }] = await db.query(`SELECT organisation_id FROM app_user WHERE id = $1`, [trainer.userId]);
    const created = await call<{ id: string }>(admin, 'POST', '/api/users', {
      email: 'otra.pasniedzeja@test.invalid',
      fullName: 'Otra Pasniedzēja',
      organisationId,
      participantKind: 'other',
      roles: [{ role: 'trainer' }],
      password: 'Otra-pasniedzeja-2026!',
    });
    expect(created.status).toBe(201);
    secondTrainerId = created.body.id;
    run = (await newRun(admin)).body;
    otherRun = (await newRun(admin, { title: { lv: 'Otra grupa' }, trainerIds: [trainer.userId, secondTrainerId] })).body;
  });
  afterAll(async () => {
    await db?.destroy();
    await testApp?.close();
  });

  describe('runs', () => {
    it('a coordinator creates runs in their own region only, and names the trainers', async () => {
      const created = await newRun(riga, { title: { lv: '<b>Rīgas</b> grupa' }, capacity: 50, requiresApproval: true, onlineAttendanceMinMinutes: 60 });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        courseId,
        title: { lv: '<b>Rīgas</b> grupa' },
        regionCode: 'RPR',
        capacity: 50,
        requiresApproval: true,
        onlineAttendanceMinMinutes: 60,
        status: 'planned',
        enrolledCount: 0,
        version: 1,
        trainerIds: [trainer.userId],
        trainers: [{ id: trainer.userId, fullName: expect.any(String) }],
      });
      expect((await newRun(latgale)).status).toBe(403);
      expect((await newRun(participant)).status).toBe(403);
      const listed = await call<Page<CourseRun>>(participant, 'GET', `/api/courses/${courseId}/runs?pageSize=200`);
      expect(listed.body.items.map((r) => r.id)).toEqual(expect.arrayContaining([created.body.id, run.id]));
      const inRiga = await call<Page<CourseRun>>(admin, 'GET', '/api/runs?regionCode=LPR');
      expect(inRiga.body.items.map((r) => r.id)).not.toContain(created.body.id);
    });

    it('is changed with its version by a coordinator in scope; a stale change is 409 and the history keeps who, old and new', async () => {
      const created = (await newRun(riga)).body;
      expect((await call(latgale, 'PATCH', `/api/runs/${created.id}`, { capacity: 30 })).status).toBe(403);
      expect((await call(riga, 'PATCH', `/api/runs/${created.id}`, { regionCode: 'LPR', version: 1 })).status).toBe(403);
      const changed = await call<CourseRun>(riga, 'PATCH', `/api/runs/${created.id}`, { capacity: 30, version: 1 });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ capacity: 30, version: 2 });
      const stale = await call<Problem>(riga, 'PATCH', `/api/runs/${created.id}`, { capacity: 40, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_UPDATE');
      const history = await db.query(`SELECT actor_user_id, old_value, new_value FROM audit_event WHERE object_type = 'run' AND object_id = $1 AND action = 'run.updated'`, [created.id]);
      expect(history).toEqual([{ actor_user_id: riga.userId, old_value: { capacity: 20 }, new_value: { capacity: 30 } }]);
    });

    it('refuses bad input naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ endsOn: '2026-09-01' }, 'endsOn'],
        [{ trainerIds: [participant.userId] }, 'trainerIds'],
        [{ trainerIds: ['00000000-0000-4000-8000-000000000000'] }, 'trainerIds'],
        [{ capacity: 0 }, 'capacity'],
        [{ enrolmentOpensAt: '2026-09-10T00:00:00Z', enrolmentClosesAt: '2026-09-01T00:00:00Z' }, 'enrolmentClosesAt'],
      ];
      for (const [overrides, field] of cases) {
        const answer = await newRun(admin, overrides);
        expect([answer.status, fieldsOf(answer.body as unknown as Problem)]).toEqual([400, [field]]);
      }
    });
  });

  describe('scheduling', () => {
    it('a weekly series at 10:00 Riga time from 15 October keeps 10:00 across the change of the clocks', async () => {
      const answer = await schedule(run.id, online({ startsAtLocal: '2026-10-15T10:00', endsAtLocal: '2026-10-15T12:00', recurrence: { frequency: 'weekly', interval: 1, count: 4 } }));
      expect(answer.status).toBe(201);
      expect(answer.body.items.map((s) => s.startsAt)).toEqual(['2026-10-15T07:00:00.000Z', '2026-10-22T07:00:00.000Z', '2026-10-29T08:00:00.000Z', '2026-11-05T08:00:00.000Z']);
      expect(answer.body.items.map((s) => s.endsAt.slice(11, 16))).toEqual(['09:00', '09:00', '10:00', '10:00']);
      expect(new Set(answer.body.items.map((s) => s.seriesId)).size).toBe(1);
      expect(answer.body.items[0]).toMatchObject({ status: 'scheduled', sequence: 0, version: 1, trainerIds: [trainer.userId], mode: 'online' });
    });

    it('refuses a time in the spring-forward gap with 400 naming the field, and creates none of a series that meets it', async () => {
      const before = (await sessionsOf(run.id)).length;
      const single = await schedule(run.id, online({ startsAtLocal: '2027-03-28T03:30', endsAtLocal: '2027-03-28T05:00' }));
      expect([single.status, fieldsOf(single.body)]).toEqual([400, ['startsAtLocal']]);
      expect(single.body.errors?.[0].message).toMatch(/28\.03\.2027 03:30 does not exist/);
      const series = await schedule(run.id, online({ startsAtLocal: '2027-03-21T03:30', endsAtLocal: '2027-03-21T04:30', recurrence: { frequency: 'weekly', interval: 1, count: 3 } }));
      expect([series.status, fieldsOf(series.body)]).toEqual([400, ['startsAtLocal']]);
      expect(await sessionsOf(run.id)).toHaveLength(before);
    });

    it('takes the repeated autumn hour as its first occurrence (summer time)', async () => {
      const answer = await schedule(run.id, online({ startsAtLocal: '2027-10-31T03:30', endsAtLocal: '2027-10-31T05:00' }));
      expect(answer.status).toBe(201);
      expect(answer.body.items[0].startsAt).toBe('2027-10-31T00:30:00.000Z');
    });

    it('refuses bad sessions with 400 naming the field, and creates nothing', async () => {
      const before = (await sessionsOf(run.id)).length;
      const at = { startsAtLocal: '2027-09-01T10:00', endsAtLocal: '2027-09-01T12:00' };
      const cases: [Record<string, unknown>, string][] = [
        [online({ startsAtLocal: '2027-09-01T10:00', endsAtLocal: '2027-09-01T09:00' }), 'endsAtLocal'],
        [online({ startsAtLocal: '2027-09-01T10:00', endsAtLocal: '2027-09-01T10:00' }), 'endsAtLocal'],
        [online({ startsAt: '2027-09-01T10:00:00Z', endsAt: '2027-09-01T09:00:00Z' }), 'endsAt'],
        [online({ startsAtLocal: '2028-07-03T10:00', endsAtLocal: '2028-07-03T12:00' }), 'startsAtLocal'],
        [online({ ...at, meetingUrl: 'javascript:alert(1)' }), 'meetingUrl'],
        [online({ ...at, meetingUrl: null }), 'meetingUrl'],
        [{ ...at, mode: 'in_person', trainerIds: [trainer.userId] }, 'venue'],
        [online({ ...at, trainerIds: [participant.userId] }), 'trainerIds'],
        [online({ ...at, trainerIds: ['00000000-0000-4000-8000-000000000000'] }), 'trainerIds'],
        [online({ ...at, trainerIds: [] }), 'trainerIds'],
        [online({ ...at, recurrence: { frequency: 'weekly', interval: 1, count: 201 } }), 'recurrence.count'],
        [online({ ...at, recurrence: { frequency: 'daily', interval: 1, until: '2028-06-30' } }), 'recurrence'],
        [online({ ...at, recurrence: { frequency: 'weekly', interval: 1, count: 60 } }), 'recurrence'],
        [online({ startsAtLocal: '2027-09-01T25:00', endsAtLocal: '2027-09-01T26:00' }), 'startsAtLocal'],
        [online({ ...at, moduleId: '00000000-0000-4000-8000-000000000000' }), 'moduleId'],
      ];
      for (const [body, field] of cases) {
        const answer = await schedule(run.id, body);
        expect([JSON.stringify(body), answer.status, fieldsOf(answer.body)]).toEqual([JSON.stringify(body), 400, [field]]);
      }
      expect(await sessionsOf(run.id)).toHaveLength(before);
    });

    it('keeps HTML in a title as text', async () => {
      const answer = await schedule(run.id, online({ startsAtLocal: '2027-09-02T10:00', endsAtLocal: '2027-09-02T11:00', title: { lv: '<img src=x onerror=alert(1)>' } }));
      expect(answer.status).toBe(201);
      expect(answer.body.items[0].title).toEqual({ lv: '<img src=x onerror=alert(1)>' });
    });

    it('lets only the run’s trainers (and coordinators in scope, admins) schedule', async () => {
      const at = online({ startsAtLocal: '2027-09-03T10:00', endsAtLocal: '2027-09-03T11:00' });
      expect((await schedule(run.id, at, participant)).status).toBe(403);
      expect((await schedule(run.id, at, latgale)).status).toBe(403);
      const byRiga = await schedule(run.id, at, riga);
      expect(byRiga.status).toBe(201);
      const stranger = (await newRun(admin, { trainerIds: [secondTrainerId] })).body;
      expect((await schedule(stranger.id, online({ startsAtLocal: '2027-09-04T10:00', endsAtLocal: '2027-09-04T11:00' }))).status).toBe(403);
    });
  });

  describe('conflicts', () => {
    it('a trainer already booked at that time: 409 TRAINER_CONFLICT naming the other session, and nothing created', async () => {
      const first = await schedule(run.id, online({ startsAtLocal: '2027-09-10T10:00', endsAtLocal: '2027-09-10T12:00' }));
      expect(first.status).toBe(201);
      const before = (await sessionsOf(otherRun.id)).length;
      const clash = await schedule(otherRun.id, online({ startsAtLocal: '2027-09-03T11:00', endsAtLocal: '2027-09-03T13:00', recurrence: { frequency: 'weekly', interval: 1, count: 3 } }));
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('TRAINER_CONFLICT');
      expect(clash.body.otherSession).toEqual({
        id: first.body.items[0].id,
        startsAt: '2027-09-10T07:00:00.000Z',
        endsAt: '2027-09-10T09:00:00.000Z',
        runTitle: { lv: 'Pārbaudes grupa', en: 'Test group' },
        venue: null,
      });
      expect(await sessionsOf(otherRun.id)).toHaveLength(before);
      // Back to back is not a conflict.
      expect((await schedule(otherRun.id, online({ startsAtLocal: '2027-09-10T12:00', endsAtLocal: '2027-09-10T13:00' }))).status).toBe(201);
    });

    it('two bookings of one trainer at the same instant, in two runs: exactly one wins, every time', async () => {
      for (let round = 0; round < 6; round++) {
        const day = String(10 + round).padStart(2, '0');
        const body = online({ startsAtLocal: `2027-11-${day}T10:00`, endsAtLocal: `2027-11-${day}T12:00` });
        const answers = await Promise.all([schedule(run.id, body), schedule(otherRun.id, body)]);
        expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
        const [winner, loser] = answers[0].status === 201 ? answers : [answers[1], answers[0]];
        expect(loser.body.code).toBe('TRAINER_CONFLICT');
        expect(loser.body.otherSession?.id).toBe(winner.body.items[0].id);
        const [{ count }] = await db.query(
          `SELECT count(*)::int AS count FROM session_trainer st JOIN training_session s ON s.id = st.session_id
            WHERE st.trainer_id = $1 AND s.starts_at = $2`,
          [trainer.userId, winner.body.items[0].startsAt],
        );
        expect(count).toBe(1);
      }
    });

    it('a venue taken at that time is a warning that can be overridden', async () => {
      const room = { mode: 'in_person', venue: 'Zāle 2', address: 'Brīvības iela 1, Rīga', startsAtLocal: '2027-09-20T10:00', endsAtLocal: '2027-09-20T12:00' };
      const first = await schedule(run.id, { ...room, trainerIds: [trainer.userId] });
      expect(first.status).toBe(201);
      const second = { ...room, venue: ' zāle 2 ', startsAtLocal: '2027-09-20T11:00', endsAtLocal: '2027-09-20T13:00', trainerIds: [secondTrainerId] };
      const warned = await schedule(otherRun.id, second, admin);
      expect(warned.status).toBe(409);
      expect(warned.body).toMatchObject({ code: 'VENUE_CLASH', otherSession: { id: first.body.items[0].id, venue: 'Zāle 2' } });
      const booked = await schedule(otherRun.id, { ...second, allowVenueClash: true }, admin);
      expect(booked.status).toBe(201);
      expect(booked.body.venueClashes).toEqual([{ sessionId: booked.body.items[0].id, otherSessionId: first.body.items[0].id }]);
    });
  });

  describe('changes', () => {
    const patch = (id: string, body: unknown, who: SignedIn = trainer) => call<SessionBatch & Problem>(who, 'PATCH', `/api/sessions/${id}`, body);

    it('reschedules one session: a higher SEQUENCE, a new version, a stale edit 409, and the history', async () => {
      const [session] = (await schedule(run.id, online({ startsAtLocal: '2027-12-01T10:00', endsAtLocal: '2027-12-01T12:00' }))).body.items;
      const moved = await patch(session.id, { startsAtLocal: '2027-12-01T14:00', endsAtLocal: '2027-12-01T16:00', version: 1 });
      expect(moved.status).toBe(200);
      expect(moved.body.items[0]).toMatchObject({ startsAt: '2027-12-01T12:00:00.000Z', endsAt: '2027-12-01T14:00:00.000Z', sequence: 1, version: 2 });
      const stale = await patch(session.id, { capacity: 10, version: 1 });
      expect([stale.status, stale.body.code]).toEqual([409, 'STALE_UPDATE']);
      const onlyCapacity = await patch(session.id, { capacity: 10, version: 2 });
      expect(onlyCapacity.body.items[0]).toMatchObject({ capacity: 10, sequence: 1, version: 3 });
      const ics = await fetch(`${base}/api/sessions/${session.id}.ics`, { headers: { Authorization: `Bearer ${trainer.accessToken}` } });
      expect(await ics.text()).toMatch(/SEQUENCE:1/);
      const history = await db.query(`SELECT actor_user_id, old_value, new_value FROM audit_event WHERE object_type = 'session' AND object_id = $1 AND action = 'session.updated' ORDER BY id`, [session.id]);
      expect(history[0]).toEqual({
        actor_user_id: trainer.userId,
        old_value: { startsAt: '2027-12-01T08:00:00.000Z', endsAt: '2027-12-01T10:00:00.000Z' },
        new_value: { startsAt: '2027-12-01T12:00:00.000Z', endsAt: '2027-12-01T14:00:00.000Z' },
      });
      const job = await db.query(`SELECT data FROM pgboss.job WHERE name = 'session-change' AND data->'sessionIds' ? $1`, [session.id]);
      expect(job).toEqual([{ data: { sessionIds: [session.id], change: 'rescheduled', actorUserId: trainer.userId } }]);
    });

    it('edits "this and following" of a series by the same wall-clock shift, leaving the earlier ones', async () => {
      const series = (await schedule(run.id, online({ startsAtLocal: '2026-10-14T10:00', endsAtLocal: '2026-10-14T11:00', recurrence: { frequency: 'weekly', interval: 1, count: 4 } }))).body.items;
      const moved = await patch(series[1].id, { startsAtLocal: '2026-10-21T11:00', endsAtLocal: '2026-10-21T12:30', scope: 'following', venue: null });
      expect(moved.status).toBe(200);
      expect(moved.body.items.map((s) => s.startsAt)).toEqual(['2026-10-21T08:00:00.000Z', '2026-10-28T09:00:00.000Z', '2026-11-04T09:00:00.000Z']);
      expect(moved.body.items.map((s) => s.endsAt)).toEqual(['2026-10-21T09:30:00.000Z', '2026-10-28T10:30:00.000Z', '2026-11-04T10:30:00.000Z']);
      const all = (await sessionsOf(run.id)).filter((s) => s.seriesId === series[0].seriesId);
      expect(all[0]).toMatchObject({ startsAt: series[0].startsAt, sequence: 0 });
      // A whole week later, together: no session passes through its neighbour's old time.
      const weekLater = await patch(series[0].id, { startsAtLocal: '2026-10-21T10:00', scope: 'following' });
      expect(weekLater.status).toBe(200);
      expect(weekLater.body.items.map((s) => s.startsAt)).toEqual(['2026-10-21T07:00:00.000Z', '2026-10-28T09:00:00.000Z', '2026-11-04T09:00:00.000Z', '2026-11-11T09:00:00.000Z']);
    });

    it('tells the people holding a seat of a reschedule, in their language, with an .ics that updates their calendar', async () => {
      await db.query(`INSERT INTO enrolment (run_id, user_id, status) VALUES ($1, $2, 'enrolled') ON CONFLICT DO NOTHING`, [run.id, participant.userId]);
      const [{ email, language }] = await db.query(`SELECT email, language FROM app_user WHERE id = $1`, [participant.userId]);
      const [session] = (await schedule(run.id, online({ startsAtLocal: '2027-12-03T10:00', endsAtLocal: '2027-12-03T12:00' }))).body.items;
      expect((await patch(session.id, { startsAtLocal: '2027-12-03T15:00', endsAtLocal: '2027-12-03T17:00' })).status).toBe(200);
      let told: { template: string; language: string; text_body: string; attachments: { content: string }[] }[] = [];
      for (let waited = 0; told.length === 0 && waited < 20_000; waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        told = await db.query(`SELECT template, language, text_body, attachments FROM mail_outbox WHERE recipient = $1 AND text_body LIKE '%03.12.2027 15:00%'`, [email]);
      }
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ template: 'session_rescheduled', language });
      expect(told[0].attachments[0].content).toMatch(/METHOD:REQUEST[\s\S]*SEQUENCE:1/);
    });

    it('moving a session onto the trainer’s other session is 409 TRAINER_CONFLICT and changes nothing', async () => {
      const [a] = (await schedule(run.id, online({ startsAtLocal: '2027-12-06T10:00', endsAtLocal: '2027-12-06T11:00' }))).body.items;
      const [b] = (await schedule(otherRun.id, online({ startsAtLocal: '2027-12-06T14:00', endsAtLocal: '2027-12-06T15:00' }))).body.items;
      const clash = await patch(b.id, { startsAtLocal: '2027-12-06T10:30', endsAtLocal: '2027-12-06T11:30' });
      expect([clash.status, clash.body.code, clash.body.otherSession?.id]).toEqual([409, 'TRAINER_CONFLICT', a.id]);
      expect((await call<TrainingSession>(admin, 'GET', `/api/sessions/${b.id}`)).body).toMatchObject({ startsAt: b.startsAt, version: 1 });
    });

    it('cancels with a reason: kept as cancelled with a higher SEQUENCE, frees the trainer, and cannot be changed after', async () => {
      const [session] = (await schedule(run.id, online({ startsAtLocal: '2027-12-08T10:00', endsAtLocal: '2027-12-08T12:00' }))).body.items;
      const empty = await call<Problem>(trainer, 'POST', `/api/sessions/${session.id}/cancel`, { reason: '  ' });
      expect([empty.status, fieldsOf(empty.body)]).toEqual([400, ['reason']]);
      const cancelled = await call<SessionBatch>(trainer, 'POST', `/api/sessions/${session.id}/cancel`, { reason: 'Pasniedzēja slimo' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.items[0]).toMatchObject({ status: 'cancelled', cancellationReason: 'Pasniedzēja slimo', sequence: 1, version: 2 });
      const again = await call<Problem>(trainer, 'POST', `/api/sessions/${session.id}/cancel`, { reason: 'vēlreiz' });
      expect([again.status, again.body.code]).toEqual([409, 'SESSION_CANCELLED']);
      expect((await patch(session.id, { capacity: 5 })).body.code).toBe('SESSION_CANCELLED');
      expect((await schedule(otherRun.id, online({ startsAtLocal: '2027-12-08T10:00', endsAtLocal: '2027-12-08T12:00' }))).status).toBe(201);
      const job = await db.query(`SELECT data FROM pgboss.job WHERE name = 'session-change' AND data->'sessionIds' ? $1`, [session.id]);
      expect(job).toEqual([{ data: { sessionIds: [session.id], change: 'cancelled', actorUserId: trainer.userId } }]);
    });

    it('a run cannot shrink around its sessions', async () => {
      const answer = await call<Problem>(admin, 'PATCH', `/api/runs/${run.id}`, { endsOn: '2026-12-31' });
      expect([answer.status, fieldsOf(answer.body)]).toEqual([400, ['startsOn']]);
    });
  });
});
