import ICAL from 'ical.js';
import type { Attachment } from 'mailparser';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { JobQueue } from '../src/jobs/job-queue';
import { sessionUid } from '../src/modules/calendar/calendar-ics';
import { SessionNoticesService } from '../src/modules/session-notices/session-notices.service';
import { SESSION_CHANGE_QUEUE, type SessionChangeJob } from '../src/modules/sessions/session-change-queue';
import { SmtpTestServer, type ReceivedMail } from './support/smtp-test-server';
import { createTestDatabase } from './support/test-database';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Two API processes on one database, one SMTP server. The reschedule and cancel endpoints are
 * not needed: a session is changed by SQL, as they will change it, and the job sent on the queue.
 */
describe('session notices: rescheduled and cancelled sessions, with an .ics', () => {
  let smtp: SmtpTestServer;
  let apps: TestApp[];
  let db: DataSource;
  let runId: string;
  let sessionId: string;
  let cancelledRunSessionId: string;

  const to = (address: string) => (mail: ReceivedMail) => mail.recipients.includes(address);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 4000));
  const send = (job: SessionChangeJob) => apps[0].app.get(JobQueue).send(SESSION_CHANGE_QUEUE, job);
  const job = (change: SessionChangeJob['change'], sessionIds = [sessionId, cancelledRunSessionId]): SessionChangeJob => ({ sessionIds, change, actorUserId: null });

  const calendarOf = (mail: ReceivedMail) => {
    const files = mail.parsed.attachments.filter((a: Attachment) => a.contentType === 'text/calendar');
    expect(files).toHaveLength(1);
    expect(files[0].filename).toBe('session.ics');
    const calendar = new ICAL.Component(ICAL.parse(files[0].content.toString('utf8')));
    const [event] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    return { calendar, event, raw: files[0].content.toString('utf8') };
  };

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    process.env['SMTP_URL'] = smtp.url;
    const url = await createTestDatabase();
    apps = [await startTestApp(url, { demoData: false }), await startTestApp(url, { demoData: false })];
    db = await new DataSource(dataSourceOptions(url)).initialize();
    const [course] = await db.query(
      `INSERT INTO course (code, title_lv, title_en, audience, planned_hours, status) VALUES ('NOT-1', 'Izmaiņu kurss', 'Change course', 'any', 8, 'published') RETURNING id`,
    );
    const run = async (status: string) => {
      const [row] = await db.query(
        `INSERT INTO course_run (course_id, title_lv, region_code, starts_on, ends_on, capacity, status) VALUES ($1, 'Grupa', 'RPR', '2027-12-01', '2028-01-31', 20, $2) RETURNING id`,
        [course.id, status],
      );
      return row.id as string;
    };
    runId = await run('open');
    const cancelledRunId = await run('cancelled');
    // A title that tries to start a header of its own: it must stay on the subject line.
    [{ id: sessionId }] = await db.query(
      `INSERT INTO training_session (run_id, title_lv, title_en, starts_at, ends_at, mode, venue, address)
       VALUES ($1, E'Ievads\\r\\nBcc: evil@example.lv', 'Introduction', '2027-12-04T08:00:00Z', '2027-12-04T10:00:00Z', 'in_person', 'Zāle 2', 'Rūpniecības iela 5, Rīga') RETURNING id`,
      [runId],
    );
    [{ id: cancelledRunSessionId }] = await db.query(
      `INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url) VALUES ($1, '2027-12-04T08:00:00Z', '2027-12-04T10:00:00Z', 'online', 'https://meet.example.lv/x') RETURNING id`,
      [cancelledRunId],
    );
    for (const [email, language, name, status, active] of [
      ['anna@example.lv', 'lv', 'Anna Ozola', 'enrolled', true],
      ['john@example.lv', 'en', 'John Smith', 'enrolled', true],
      ['gone@example.lv', 'lv', 'Ilze Aizgājusi', 'withdrawn', true],
      ['off@example.lv', 'lv', 'Juris Neaktīvs', 'enrolled', false],
    ] as const) {
      const [person] = await db.query(`INSERT INTO app_user (email, full_name, language, password_hash, active) VALUES ($1, $2, $3, NULL, $4) RETURNING id`, [
        email,
        name,
        language,
        active,
      ]);
      await db.query(`INSERT INTO enrolment (run_id, user_id, status, position, withdrawn_at)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'waitlisted' THEN (SELECT coalesce(max(position), 0) + 1 FROM enrolment WHERE run_id = $1 AND status = 'waitlisted') END,
                 CASE WHEN $3 = 'withdrawn' THEN now() END)`, [runId, person.id, status]);
      await db.query(`INSERT INTO enrolment (run_id, user_id, status, position, withdrawn_at)
         VALUES ($1, $2, $3, CASE WHEN $3 = 'waitlisted' THEN (SELECT coalesce(max(position), 0) + 1 FROM enrolment WHERE run_id = $1 AND status = 'waitlisted') END,
                 CASE WHEN $3 = 'withdrawn' THEN now() END)`, [cancelledRunId, person.id, status]);
    }
  });
  afterAll(async () => {
    delete process.env['SMTP_URL'];
    await db?.destroy();
    for (const app of apps ?? []) await app.close();
    await smtp?.close();
  });

  it('tells each person holding a seat of the new time once, in their language, with a REQUEST .ics of the same UID', async () => {
    // Moved by two days and an hour, in winter time: 09:00 UTC is 11:00 in Riga.
    await db.query(`UPDATE training_session SET starts_at = '2027-12-06T09:00:00Z', ends_at = '2027-12-06T11:00:00Z', sequence = sequence + 1 WHERE id = $1`, [sessionId]);
    await send(job('rescheduled'));
    await send(job('rescheduled'));
    const [anna] = await smtp.waitFor(to('anna@example.lv'));
    const [john] = await smtp.waitFor(to('john@example.lv'));
    await settle();
    expect(smtp.received.filter(to('anna@example.lv'))).toHaveLength(1);
    expect(smtp.received.filter(to('john@example.lv'))).toHaveLength(1);
    expect(smtp.received.filter(to('gone@example.lv'))).toHaveLength(0);
    expect(smtp.received.filter(to('off@example.lv'))).toHaveLength(0);
    expect(smtp.received.flatMap((mail) => mail.recipients)).not.toContain('evil@example.lv');
    expect(smtp.received).toHaveLength(2);

    expect(anna.parsed.subject).toBe('Mainīts laiks: Izmaiņu kurss: Ievads Bcc: evil@example.lv, 06.12.2027 11:00');
    expect(anna.parsed.headers.has('bcc')).toBe(false);
    expect(anna.parsed.text).toContain('Labdien, Anna Ozola!');
    expect(anna.parsed.text).toContain('Laiks: 06.12.2027 11:00–13:00 (Latvijas laiks)');
    expect(anna.parsed.text).toContain('Zāle 2, Rūpniecības iela 5, Rīga');
    expect(john.parsed.subject).toBe('Rescheduled: Change course: Introduction, 06.12.2027 11:00');
    expect(john.parsed.text).toContain('Time: 06.12.2027 11:00–13:00 (Latvian time)');

    for (const mail of [anna, john]) {
      const { calendar, event } = calendarOf(mail);
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      expect(event.uid).toBe(sessionUid(sessionId));
      expect(event.sequence).toBe(1);
      expect(event.startDate.toString()).toBe('2027-12-06T11:00:00');
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Riga');
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-12-06T09:00:00.000Z');
      expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    }
    expect(calendarOf(john).event.summary).toBe('Change course: Introduction');
    const [type] = anna.parsed.attachments.map((a: Attachment) => a.headers.get('content-type'));
    expect(type).toMatchObject({ value: 'text/calendar', params: { method: 'REQUEST' } });
  });

  it('sends nothing more for the same job again, nor for the same change run at once by both processes', async () => {
    const before = smtp.received.length;
    await send(job('rescheduled'));
    const counts = await Promise.all(apps.map((app) => app.app.get(SessionNoticesService).notify(job('rescheduled'))));
    expect(counts).toEqual([0, 0]);
    await settle();
    expect(smtp.received.length).toBe(before);
  });

  it('tells them of a cancellation with its reason and a CANCEL .ics; a late job of the earlier change adds nothing', async () => {
    const before = smtp.received.length;
    await db.query(`UPDATE training_session SET status = 'cancelled', cancellation_reason = 'Pasniedzējs saslima', sequence = sequence + 1 WHERE id = $1`, [sessionId]);
    // Both processes at once, on one change: each person is told once.
    const counts = await Promise.all(apps.map((app) => app.app.get(SessionNoticesService).notify(job('cancelled'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    await send(job('cancelled'));
    await send(job('rescheduled'));
    const [anna] = (await smtp.waitFor(to('anna@example.lv'), 2)).slice(1);
    const [john] = (await smtp.waitFor(to('john@example.lv'), 2)).slice(1);
    await settle();
    expect(smtp.received.length).toBe(before + 2);

    expect(anna.parsed.subject).toMatch(/^Atcelts: Izmaiņu kurss: /);
    expect(anna.parsed.text).toContain('Nodarbība ir atcelta:');
    expect(anna.parsed.text).toContain('Iemesls: Pasniedzējs saslima');
    expect(john.parsed.subject).toBe('Cancelled: Change course: Introduction, 06.12.2027 11:00');
    expect(john.parsed.text).toContain('Reason: Pasniedzējs saslima');
    for (const mail of [anna, john]) {
      const { calendar, event } = calendarOf(mail);
      expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(event.uid).toBe(sessionUid(sessionId));
      expect(event.sequence).toBe(2);
      expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    }
    const stored: { template: string; attachments: { filename: string; contentType: string }[] }[] = await db.query(
      `SELECT template, attachments FROM mail_outbox WHERE recipient = 'john@example.lv' ORDER BY created_at`,
    );
    expect(stored.map((row) => [row.template, row.attachments.map((a) => [a.filename, a.contentType])])).toEqual([
      ['session_rescheduled', [['session.ics', 'text/calendar; charset=utf-8; method=REQUEST']]],
      ['session_cancelled', [['session.ics', 'text/calendar; charset=utf-8; method=CANCEL']]],
    ]);
    const notices: { sequence: number; n: number }[] = await db.query(
      `SELECT sequence, count(*)::int AS n FROM session_notice WHERE session_id = $1 GROUP BY sequence ORDER BY sequence`,
      [sessionId],
    );
    expect(notices).toEqual([
      { sequence: 1, n: 2 },
      { sequence: 2, n: 2 },
    ]);
  });

  it('has the outbox refuse attachments that are not a short list', async () => {
    const refusal = (attachments: unknown) =>
      db
        .query(
          `INSERT INTO mail_outbox (recipient, template, language, subject, text_body, html_body, attachments)
           VALUES ('x@example.lv', 'session_cancelled', 'lv', 's', 't', 'h', $1::jsonb)`,
          [JSON.stringify(attachments)],
        )
        .then(
          () => 'accepted',
          (error: { constraint?: string }) => error.constraint,
        );
    const file = { filename: 'session.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' };
    expect(await refusal(file)).toBe('mail_outbox_attachments_check');
    expect(await refusal([])).toBe('mail_outbox_attachments_check');
    expect(await refusal(Array.from({ length: 6 }, () => file))).toBe('mail_outbox_attachments_check');
    expect(await refusal([{ ...file, content: 'x'.repeat(1_100_000) }])).toBe('mail_outbox_attachments_check');
  });
});
