import ICAL from 'ical.js';
import type { CalendarFeed, CalendarSession } from '@di/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createTestDatabase } from './support/test-database';
import { hashPassword } from '../src/modules/auth/password-hasher';
import { getJson, signIn, startTestApp, type SignedIn, type TestApp } from './support/test-app';

const PASSWORD = 'Kalendara-parole-2026!';
const START = '2027-12-04T08:00:00.000Z';
const END = '2027-12-04T10:00:00.000Z';

/** Sessions, enrolments and feeds made by SQL (the runs and sessions API is not needed to read them). */
describe('calendars: my sessions, the personal feed, a session as .ics', () => {
  let testApp: TestApp;
  let base: string;
  let db: DataSource;
  let participant: SignedIn;
  let trainer: SignedIn;
  let sessionId: string;
  let otherSessionId: string;

  beforeAll(async () => {
    const url = await createTestDatabase();
    testApp = await startTestApp(url, { demoData: true });
    base = testApp.baseUrl;
    db = await new DataSource(dataSourceOptions(url)).initialize();
    // People of its own: the demo people's sessions move with the demo cycle and would fall into these windows.
    const hash = await hashPassword(PASSWORD);
    for (const [email, role] of [['kalendars.dalibnieks@test.invalid', 'participant'], ['kalendars.pasniedzejs@test.invalid', 'trainer']]) {
      await db.query(
        `WITH person AS (INSERT INTO app_user (email, full_name, participant_kind, password_hash, language) VALUES ($1, 'Kalendāra ' || $2, 'other', $3, 'lv') RETURNING id)
         INSERT INTO user_role (user_id, role) SELECT id, $2 FROM person`,
        [email, role, hash],
      );
    }
    participant = await signIn(base, { email: 'kalendars.dalibnieks@test.invalid', password: PASSWORD });
    trainer = await signIn(base, { email: 'kalendars.pasniedzejs@test.invalid', password: PASSWORD });
    const [course] = await db.query(
      `INSERT INTO course (code, title_lv, title_en, audience, planned_hours, status) VALUES ('CAL-1', 'Kalendāra kurss', 'Calendar course', 'any', 8, 'published') RETURNING id`,
    );
    const [run] = await db.query(
      `INSERT INTO course_run (course_id, title_lv, region_code, starts_on, ends_on, capacity) VALUES ($1, 'Kalendāra grupa', 'RPR', '2027-12-01', '2028-01-31', 20) RETURNING id`,
      [course.id],
    );
    await db.query(`INSERT INTO run_trainer (run_id, trainer_id) VALUES ($1, $2)`, [run.id, trainer.userId]);
    await db.query(`INSERT INTO enrolment (run_id, user_id, status) VALUES ($1, $2, 'enrolled')`, [run.id, participant.userId]);
    [{ id: sessionId }] = await db.query(
      `INSERT INTO training_session (run_id, title_lv, starts_at, ends_at, mode, meeting_url) VALUES ($1, 'Ievads', $2, $3, 'online', 'https://meet.example.lv/abc') RETURNING id`,
      [run.id, START, END],
    );
    await db.query(`INSERT INTO session_trainer (session_id, trainer_id) VALUES ($1, $2)`, [sessionId, trainer.userId]);
    // A session of a run the participant is not in, trained by the same trainer.
    const [otherRun] = await db.query(
      `INSERT INTO course_run (course_id, title_lv, region_code, starts_on, ends_on, capacity) VALUES ($1, 'Cita grupa', 'RPR', '2027-12-01', '2028-01-31', 20) RETURNING id`,
      [course.id],
    );
    [{ id: otherSessionId }] = await db.query(
      `INSERT INTO training_session (run_id, starts_at, ends_at, mode, venue, address) VALUES ($1, '2027-12-05T08:00:00Z', '2027-12-05T10:00:00Z', 'in_person', 'Zāle 1', 'Brīvības iela 1, Rīga') RETURNING id`,
      [otherRun.id],
    );
    await db.query(`INSERT INTO session_trainer (session_id, trainer_id) VALUES ($1, $2)`, [otherSessionId, trainer.userId]);
  });
  afterAll(async () => {
    await db?.destroy();
    await testApp?.close();
  });

  const window = 'from=2027-12-01T00:00:00Z&to=2027-12-31T00:00:00Z';
  const mine = (who: SignedIn, query: string) => getJson<{ items: CalendarSession[] }>(base, `/api/me/sessions?${query}`, { token: who.accessToken });
  const feedPath = (feed: CalendarFeed) => new URL(feed.url).pathname;
  const readFeed = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  // The demo participant is also in the demo runs: find our session among theirs.
  const eventOf = (text: string, id: string) => {
    const found = events(text).find((e) => e.uid === `${id}@di-training`);
    if (!found) throw new Error(`No event of session ${id} in the feed`);
    return found;
  };

  it('lists a participant’s and a trainer’s sessions in the window, and nothing outside it', async () => {
    const asParticipant = await mine(participant, window);
    expect(asParticipant.status).toBe(200);
    expect(asParticipant.body.items.map((s) => [s.id, s.relation])).toEqual([[sessionId, 'participant']]);
    expect(asParticipant.body.items[0]).toMatchObject({ startsAt: START, courseTitle: { lv: 'Kalendāra kurss', en: 'Calendar course' }, runTitle: { lv: 'Kalendāra grupa' }, trainerIds: [trainer.userId] });

    const asTrainer = await mine(trainer, `${window}&as=trainer`);
    expect(asTrainer.body.items.map((s) => [s.id, s.relation])).toEqual([
      [sessionId, 'trainer'],
      [otherSessionId, 'trainer'],
    ]);
    expect((await mine(trainer, `${window}&as=participant`)).body.items).toEqual([]);
    expect((await mine(participant, 'from=2028-02-01T00:00:00Z&to=2028-03-01T00:00:00Z')).body.items).toEqual([]);
  });

  it('refuses a window that is inverted, too long or not a time, naming the field', async () => {
    expect((await mine(participant, 'from=2027-12-10T00:00:00Z&to=2027-12-01T00:00:00Z')).status).toBe(400);
    const tooLong = await mine(participant, 'from=2027-01-01T00:00:00Z&to=2029-01-01T00:00:00Z');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ errors: [{ field: 'to' }] });
    expect((await mine(participant, 'from=tomorrow')).status).toBe(400);
    expect((await mine(participant, 'as=owner')).status).toBe(400);
  });

  it('serves the personal feed: VTIMEZONE, Riga times, stable UID; a reschedule shows with a higher SEQUENCE, a cancellation as CANCELLED', async () => {
    const feed = (await getJson<CalendarFeed>(base, '/api/me/calendar-feed', { token: participant.accessToken })).body;
    expect(feed.url).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{65}\.ics$/);
    const again = (await getJson<CalendarFeed>(base, '/api/me/calendar-feed', { token: participant.accessToken })).body;
    expect(again.url).toBe(feed.url);

    const first = await readFeed(feedPath(feed));
    expect(first.status).toBe(200);
    expect(first.type).toBe('text/calendar; charset=utf-8');
    expect(first.text).toContain('METHOD:PUBLISH');
    expect(first.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(first.text).toContain('X-PUBLISHED-TTL:PT1H');
    expect(first.text).toContain('X-WR-CALNAME:DI mācības');
    const calendar = new ICAL.Component(ICAL.parse(first.text));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Riga');
    const event = eventOf(first.text, sessionId);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toString()).toBe('2027-12-04T10:00:00');
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Riga');
    expect(event.startDate.toJSDate().toISOString()).toBe(START);
    expect(event.location).toBe('https://meet.example.lv/abc');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://meet.example.lv/abc');

    // Moved by two days and an hour, still in winter time: 09:00 UTC is 11:00 in Riga.
    await db.query(`UPDATE training_session SET starts_at = '2027-12-06T09:00:00Z', ends_at = '2027-12-06T11:00:00Z', sequence = 1 WHERE id = $1`, [sessionId]);
    const moved = eventOf((await readFeed(feedPath(feed))).text, sessionId);
    expect(moved.uid).toBe(event.uid);
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toString()).toBe('2027-12-06T11:00:00');

    await db.query(`UPDATE training_session SET status = 'cancelled', cancellation_reason = 'Pasniedzējs slims', sequence = 2 WHERE id = $1`, [sessionId]);
    const cancelled = eventOf((await readFeed(feedPath(feed))).text, sessionId);
    expect(cancelled.sequence).toBe(2);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const listed = (await mine(participant, window)).body.items;
    expect(listed.map((s) => [s.status, s.cancellationReason])).toEqual([['cancelled', 'Pasniedzējs slims']]);
  });

  it('keeps summer time right: a July session at 07:00 UTC is 10:00 in Riga', async () => {
    await db.query(`UPDATE training_session SET status = 'scheduled', cancellation_reason = NULL, starts_at = '2027-07-04T07:00:00Z', ends_at = '2027-07-04T09:00:00Z', sequence = 3 WHERE id = $1`, [otherSessionId]);
    const file = await fetch(`${base}/api/sessions/${otherSessionId}.ics`, { headers: { Authorization: `Bearer ${trainer.accessToken}` } });
    expect(file.status).toBe(200);
    const [event] = events(await file.text());
    expect(event.startDate.toString()).toBe('2027-07-04T10:00:00');
    expect(event.sequence).toBe(3);
    expect(event.location).toBe('Zāle 1, Brīvības iela 1, Rīga');
  });

  it('downloads one session as an attachment; an unknown session is 404, a malformed id 400, no token 401', async () => {
    const file = await fetch(`${base}/api/sessions/${sessionId}.ics`, { headers: { Authorization: `Bearer ${participant.accessToken}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="session-\d{4}-\d{2}-\d{2}\.ics"$/);
    expect(events(await file.text()).map((e) => e.uid)).toEqual([`${sessionId}@di-training`]);
    const auth = { headers: { Authorization: `Bearer ${participant.accessToken}` } };
    expect((await fetch(`${base}/api/sessions/00000000-0000-4000-8000-000000000000.ics`, auth)).status).toBe(404);
    expect((await fetch(`${base}/api/sessions/not-a-uuid.ics`, auth)).status).toBe(400);
    expect((await fetch(`${base}/api/sessions/${sessionId}.ics`)).status).toBe(401);
  });

  it('renews and revokes the feed: an old or revoked address is 404, as is a forged one', async () => {
    const old = (await getJson<CalendarFeed>(base, '/api/me/calendar-feed', { token: trainer.accessToken })).body;
    expect((await readFeed(feedPath(old))).status).toBe(200);
    const renewed = await getJson<CalendarFeed>(base, '/api/me/calendar-feed/renew', { method: 'POST', token: trainer.accessToken });
    expect(renewed.status).toBe(200);
    expect(renewed.body.url).not.toBe(old.url);
    expect((await readFeed(feedPath(old))).status).toBe(404);
    expect((await readFeed(feedPath(renewed.body))).status).toBe(200);

    const path = feedPath(renewed.body);
    const token = path.slice('/api/calendar/'.length, -'.ics'.length);
    const flipped = (at: number) => `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    for (const at of [0, 30, token.length - 1]) expect((await readFeed(`/api/calendar/${flipped(at)}.ics`)).status).toBe(404);
    const forged = `/api/calendar/${flipped(40)}.ics`;
    expect((await readFeed(forged)).status).toBe(404);
    expect((await readFeed('/api/calendar/short.ics')).status).toBe(404);

    expect((await getJson(base, '/api/me/calendar-feed', { method: 'DELETE', token: trainer.accessToken })).status).toBe(204);
    expect((await readFeed(path)).status).toBe(404);
  });
});
