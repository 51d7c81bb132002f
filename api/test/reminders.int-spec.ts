import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RemindersService } from '../src/modules/reminders/reminders.service';
import { SmtpTestServer, type ReceivedMail } from './support/smtp-test-server';
import { createTestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

const HOUR = 3600_000;

/** Two API processes on one database, one SMTP server: each reminder arrives once. */
describe('session reminders', () => {
  let smtp: SmtpTestServer;
  let apps: TestApp[];
  let db: DataSource;
  let runId: string;
  const people: Record<string, string> = {};

  const person = async (email: string, language: 'lv' | 'en', fullName: string) => {
    const [row] = await db.query(`INSERT INTO app_user (email, full_name, language, password_hash) VALUES ($1, $2, $3, NULL) RETURNING id`, [email, fullName, language]);
    people[email] = row.id;
    return row.id as string;
  };
  const session = async (startsInHours: number, extra: { mode?: 'online' | 'in_person'; status?: 'cancelled' } = {}) => {
    const start = new Date(Date.now() + startsInHours * HOUR);
    const online = (extra.mode ?? 'online') === 'online';
    const [row] = await db.query(
      `INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url, venue, address, status, cancellation_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        runId,
        start,
        new Date(start.getTime() + 2 * HOUR),
        online ? 'online' : 'in_person',
        online ? 'https://meet.example.lv/room-1' : null,
        online ? null : 'Zāle 2',
        online ? null : 'Rūpniecības iela 5, Rīga',
        extra.status ?? 'scheduled',
        extra.status ? 'Slimība' : null,
      ],
    );
    return row.id as string;
  };
  const sweepEverywhere = async () => {
    await Promise.all(apps.flatMap((app) => [app.app.get(RemindersService).sweep(), app.app.get(RemindersService).sweep()]));
  };
  const to = (address: string) => (mail: ReceivedMail) => mail.recipients.includes(address);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    process.env['SMTP_URL'] = smtp.url;
    const url = await createTestDatabase();
    apps = [await startTestApp(url, { demoData: false }), await startTestApp(url, { demoData: false })];
    db = await new DataSource(dataSourceOptions(url)).initialize();
    const [course] = await db.query(
      `INSERT INTO course (code, title_lv, title_en, audience, planned_hours, status) VALUES ('REM-1', 'Atgādinājumu kurss', 'Reminder course', 'any', 8, 'published') RETURNING id`,
    );
    [{ id: runId }] = await db.query(
      `INSERT INTO course_run (course_id, title_lv, region_code, starts_on, ends_on, capacity) VALUES ($1, 'Grupa', 'RPR', current_date - 1, current_date + 30, 20) RETURNING id`,
      [course.id],
    );
    for (const [email, language, name, status] of [
      ['anna@example.lv', 'lv', 'Anna Ozola', 'enrolled'],
      ['john@example.lv', 'en', 'John Smith', 'enrolled'],
      ['gone@example.lv', 'lv', 'Ilze Aizgājusi', 'withdrawn'],
      ['waiting@example.lv', 'lv', 'Pēteris Gaida', 'waitlisted'],
    ] as const) {
      const id = await person(email, language, name);
      await db.query(`INSERT INTO enrolment (run_id, user_id, status, position, withdrawn_at)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'waitlisted' THEN (SELECT coalesce(max(position), 0) + 1 FROM enrolment WHERE run_id = $1 AND status = 'waitlisted') END,
                 CASE WHEN $3 = 'withdrawn' THEN now() END)`, [runId, id, status]);
    }
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    await db?.destroy();
    for (const app of apps ?? []) await app.close();
    await smtp?.close();
  });

  it('reaches each person holding a seat exactly once, in their language, with the link; never the withdrawn or waitlisted', async () => {
    await session(20);
    await sweepEverywhere();
    await sweepEverywhere();
    const [anna] = await smtp.waitFor(to('anna@example.lv'));
    const [john] = await smtp.waitFor(to('john@example.lv'));
    await settle();
    await sweepEverywhere();
    await settle();
    expect(smtp.received.filter(to('anna@example.lv'))).toHaveLength(1);
    expect(smtp.received.filter(to('john@example.lv'))).toHaveLength(1);
    expect(smtp.received.filter(to('gone@example.lv'))).toHaveLength(0);
    expect(smtp.received.filter(to('waiting@example.lv'))).toHaveLength(0);
    expect(anna.parsed.subject).toMatch(/^Atgādinājums: Atgādinājumu kurss, \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(anna.parsed.text).toContain('Labdien, Anna Ozola!');
    expect(anna.parsed.text).toContain('https://meet.example.lv/room-1');
    expect(john.parsed.subject).toMatch(/^Reminder: Reminder course, /);
    expect(john.parsed.text).toContain('(Latvian time)');
  });

  it('sends nothing for a cancelled session or one beyond the lead time; a session moved later is reminded of again', async () => {
    const before = smtp.received.length;
    await session(21, { status: 'cancelled' });
    await session(30, { mode: 'in_person' });
    await sweepEverywhere();
    await settle();
    expect(smtp.received.length).toBe(before);

    const moved = await session(22, { mode: 'in_person' });
    await sweepEverywhere();
    await smtp.waitFor(to('anna@example.lv'), 2);
    const later = new Date(Date.now() + 23 * HOUR);
    await db.query(`UPDATE training_session SET starts_at = $2, ends_at = $3, sequence = sequence + 1 WHERE id = $1`, [moved, later, new Date(later.getTime() + HOUR)]);
    await sweepEverywhere();
    const annas = await smtp.waitFor(to('anna@example.lv'), 3);
    await settle();
    expect(smtp.received.filter(to('anna@example.lv'))).toHaveLength(3);
    expect(annas[2].parsed.text).toContain('Zāle 2, Rūpniecības iela 5, Rīga');
  });
});
