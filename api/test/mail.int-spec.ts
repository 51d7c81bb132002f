import type { LoggerService } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DatabaseModule } from '../src/database/database.module';
import { PageQueryDto } from '../src/http/page-query.dto';
import { APP_OPTIONS } from '../src/app/app-options';
import { DEFAULT_MAIL_DELIVERY_OPTIONS, MAIL_DELIVERY_OPTIONS, type MailDeliveryOptions } from '../src/modules/mail/mail-delivery-options';
import { MailDeliveryWorker } from '../src/modules/mail/mail-delivery.worker';
import { MailOutboxService } from '../src/modules/mail/mail-outbox.service';
import { MAIL_SETTINGS, type MailSettings } from '../src/modules/mail/mail-settings';
import { MailModule } from '../src/modules/mail/mail.module';
import { MailService } from '../src/modules/mail/mail.service';
import type { OutgoingMail } from '../src/modules/mail/outgoing-mail';
import { SmtpTestServer } from './support/smtp-test-server';
import { createTestDatabase } from './support/test-database';

/** Keeps every line the mail code logs, to check what it does (and does not) write. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown): void {
    this.lines.push(String(message));
  }
  error(message: unknown): void {
    this.lines.push(String(message));
  }
  warn(message: unknown): void {
    this.lines.push(String(message));
  }
  debug(message: unknown): void {
    this.lines.push(String(message));
  }
  verbose(message: unknown): void {
    this.lines.push(String(message));
  }
}

const FAST: MailDeliveryOptions = {
  ...DEFAULT_MAIL_DELIVERY_OPTIONS,
  maxAttempts: 3,
  retryDelaySeconds: 1,
  pollingIntervalSeconds: 0.5,
  smtpTimeoutMs: 5000,
};

const PUBLIC_URL = 'https://macibas.example.lv';

/** Just the database and the mail module, as the app wires them, with fast retries. */
async function startMail(databaseUrl: string, settings: MailSettings, logger: LoggerService, demoData = true): Promise<TestingModule> {
  const appOptions = { module: class DemoAppOptions {}, global: true, providers: [{ provide: APP_OPTIONS, useValue: { demoData } }], exports: [APP_OPTIONS] };
  const moduleRef = await Test.createTestingModule({ imports: [appOptions, DatabaseModule.forRoot(databaseUrl), MailModule] })
    .overrideProvider(MAIL_SETTINGS)
    .useValue(settings)
    .overrideProvider(MAIL_DELIVERY_OPTIONS)
    .useValue(FAST)
    .setLogger(logger)
    .compile();
  await moduleRef.init();
  return moduleRef;
}

const invitation = (to: string, token: string, overrides: Partial<OutgoingMail> = {}): OutgoingMail => ({
  to,
  template: 'invitation',
  language: 'lv',
  fullName: 'Anna Ozola',
  token,
  expiresAt: new Date('2027-03-14T21:30:00Z'),
  ...overrides,
});

interface OutboxRow {
  id: string;
  status: string;
  transport: string | null;
  attempts: number;
  link: string | null;
  last_error: string | null;
  text_body: string;
  sent_at: Date | null;
}

async function waitForRow(dataSource: DataSource, to: string, done: (row: OutboxRow) => boolean, timeoutMs = 20_000): Promise<OutboxRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = (await dataSource.query('SELECT * FROM mail_outbox WHERE recipient = $1', [to])) as OutboxRow[];
    if (row && done(row)) return row;
    if (Date.now() > deadline) throw new Error(`The outbox row for ${to} did not get there: ${JSON.stringify(row)}`);
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mail through SMTP', () => {
  let smtp: SmtpTestServer;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let mail: MailService;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    moduleRef = await startMail(await createTestDatabase(), { smtpUrl: smtp.url, from: 'DI mācības <no-reply@macibas.example.lv>', publicUrl: PUBLIC_URL }, logger);
    dataSource = moduleRef.get(DataSource);
    mail = moduleRef.get(MailService);
  });
  afterAll(async () => {
    await moduleRef?.close();
    await smtp?.close();
  });

  const receivedBy = (to: string) => smtp.received.filter((m) => m.recipients.includes(to));

  it('delivers mail enqueued in a committed transaction, with the recipient, subject and link', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1');
      await mail.enqueue(invitation('anna.ozola@example.lv', 'tok/en+1'), manager);
    });

    const [received] = await smtp.waitFor((m) => m.recipients.includes('anna.ozola@example.lv'));
    const link = `${PUBLIC_URL}/lv/set-password#token=tok%2Fen%2B1`;
    expect(received.recipients).toEqual(['anna.ozola@example.lv']);
    expect(received.parsed.subject).toBe('Uzaicinājums pievienoties platformai “DI mācības”');
    expect(received.parsed.from?.value[0].address).toBe('no-reply@macibas.example.lv');
    expect(received.parsed.text).toContain(link);
    expect(received.parsed.text).toContain('14.03.2027 23:30');
    expect(received.parsed.html).toContain(`href="${link}"`);

    const row = await waitForRow(dataSource, 'anna.ozola@example.lv', (r) => r.status === 'sent');
    expect(row).toMatchObject({ transport: 'smtp', attempts: 1, last_error: null, link: null });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.text_body).not.toContain('token=');
  });

  it('never delivers mail whose transaction rolled back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await mail.enqueue(invitation('rolled.back@example.lv', 'never-sent'), manager);
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    // Queued after it: once this one is through, the first would have been too.
    await mail.enqueue(invitation('after.rollback@example.lv', 'marker'));
    await smtp.waitFor((m) => m.recipients.includes('after.rollback@example.lv'));
    await sleep(1000);

    expect(receivedBy('rolled.back@example.lv')).toEqual([]);
    expect(await dataSource.query(`SELECT id FROM mail_outbox WHERE recipient = 'rolled.back@example.lv'`)).toEqual([]);
    const orphanJobs = await dataSource.query(
      `SELECT id FROM pgboss.job WHERE name = 'mail-delivery' AND NOT EXISTS (SELECT 1 FROM mail_outbox o WHERE o.id::text = data->>'outboxId')`,
    );
    expect(orphanJobs).toEqual([]);
  });

  it('retries when the server refuses the first attempt, and the row ends sent', async () => {
    smtp.refuseNext(1);
    const attemptsBefore = smtp.attempts;
    await mail.enqueue(invitation('busy.server@example.lv', 'retry-me', { template: 'password_reset', language: 'en' }));

    const [received] = await smtp.waitFor((m) => m.recipients.includes('busy.server@example.lv'));
    expect(received.parsed.subject).toBe('Reset your password for “DI training”');
    expect(received.parsed.text).toContain(`${PUBLIC_URL}/en/set-password#token=retry-me`);
    expect(smtp.attempts - attemptsBefore).toBe(2);

    const row = await waitForRow(dataSource, 'busy.server@example.lv', (r) => r.status === 'sent');
    expect(row).toMatchObject({ transport: 'smtp', attempts: 2, link: null });
    expect(row.last_error).toMatch(/SMTP 451/);
    expect(row.last_error).not.toContain('@');
  });

  it('gives up after the last attempt: the row ends failed, without its link', async () => {
    smtp.refuseNext(FAST.maxAttempts);
    await mail.enqueue(invitation('always.refused@example.lv', 'give-up'));

    const row = await waitForRow(dataSource, 'always.refused@example.lv', (r) => r.status === 'failed', 30_000);
    expect(row).toMatchObject({ attempts: FAST.maxAttempts, link: null, sent_at: null, transport: null });
    expect(row.last_error).toMatch(/SMTP 451/);
    await sleep(1500);
    expect(receivedBy('always.refused@example.lv')).toEqual([]);
  });

  it('sends a message once however many jobs point at it, and the sweep requeues one whose job was lost', async () => {
    await mail.enqueue(invitation('already.sent@example.lv', 'sent-before'));
    await waitForRow(dataSource, 'already.sent@example.lv', (r) => r.status === 'sent');
    // Committed an hour ago, its job gone: as if pg-boss had given up on it while the database was away.
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO mail_outbox (id, recipient, template, language, subject, text_body, html_body, link, created_at)
       VALUES ($1, 'lost.job@example.lv', 'password_reset', 'en', 'Reset', 'Open {{link}}', '<p>{{link}}</p>', $2, now() - interval '1 hour')`,
      [id, `${PUBLIC_URL}/en/set-password#token=lost`],
    );
    const worker = moduleRef.get(MailDeliveryWorker);
    expect(await worker.sweep()).toBe(1);
    // Two more claims at once, besides the swept job: only one may send.
    await Promise.all([worker.deliver(id), worker.deliver(id)]);

    const [received] = await smtp.waitFor((m) => m.recipients.includes('lost.job@example.lv'));
    expect(received.parsed.text).toContain(`Open ${PUBLIC_URL}/en/set-password#token=lost`);
    await waitForRow(dataSource, 'lost.job@example.lv', (r) => r.status === 'sent');
    await sleep(1500);
    expect(receivedBy('lost.job@example.lv')).toHaveLength(1);
    expect(await worker.sweep()).toBe(0);
    expect(receivedBy('already.sent@example.lv')).toHaveLength(1);
  });

  it('shows no link in the outbox listing, which outside demo mode is for status, not for reading', async () => {
    await mail.enqueue(invitation('listed@example.lv', 'not-to-be-listed'));
    await waitForRow(dataSource, 'listed@example.lv', (r) => r.status === 'sent');
    const listed = await moduleRef.get(MailOutboxService).list(Object.assign(new PageQueryDto(), { page: 1, pageSize: 50 }));
    expect(listed.items.map((m) => m.text).join('\n')).not.toContain('token=');
    expect(listed.items.find((m) => m.to === 'listed@example.lv')?.text).toContain('[saite šeit netiek rādīta]');
  });

  it('logs neither addresses nor links', async () => {
    smtp.refuseNext(1);
    await mail.enqueue(invitation('logged.anna@example.lv', 'never-logged'));
    await waitForRow(dataSource, 'logged.anna@example.lv', (r) => r.status === 'sent');
    const log = logger.lines.join('\n');
    expect(log).toMatch(/Email [0-9a-f-]{36} sent/);
    expect(log).toMatch(/attempt 1 of 3 failed \(.*SMTP 451\); will retry/);
    expect(log).not.toContain('@example.lv');
    expect(log).not.toContain('token=');
    expect(log).not.toContain('Anna');
  });
});

describe('mail in demo mode (no SMTP_URL, demo data)', () => {
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let mail: MailService;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    moduleRef = await startMail(await createTestDatabase(), { from: 'DI mācības <no-reply@localhost>', publicUrl: 'http://localhost:3000' }, logger);
    dataSource = moduleRef.get(DataSource);
    mail = moduleRef.get(MailService);
  });
  afterAll(() => moduleRef?.close());

  const page = (page: number, pageSize: number) => moduleRef.get(MailOutboxService).list(Object.assign(new PageQueryDto(), { page, pageSize }));

  it('sends nothing; a message to a demo address is logged once with its subject and link', async () => {
    await mail.enqueue(invitation('demo.person@demo.invalid', 'demo-token', { language: 'en' }));

    const row = await waitForRow(dataSource, 'demo.person@demo.invalid', (r) => r.status === 'sent');
    expect(row).toMatchObject({ transport: 'log', attempts: 1 });
    const link = 'http://localhost:3000/en/set-password#token=demo-token';
    const lines = logger.lines.filter((line) => line.includes(link));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DEMO MODE/);
    expect(lines[0]).toContain('Invitation to the “DI training” platform');
    expect(logger.lines.some((line) => /demo mode/.test(line) && line.includes('SMTP_URL is not set'))).toBe(true);
  });

  it('keeps no link to a real address, even in a demo run: not in the table, the log or the demo mailbox', async () => {
    await mail.enqueue(invitation('real.person@example.lv', 'real-token'));
    const row = await waitForRow(dataSource, 'real.person@example.lv', (r) => r.status === 'sent');
    expect(row.link).toBeNull();
    const log = logger.lines.join('\n');
    expect(log).not.toContain('real-token');
    expect(log).not.toContain('real.person@example.lv');
    const listed = (await page(1, 50)).items.find((m) => m.to === 'real.person@example.lv');
    expect(listed).toMatchObject({ status: 'not_sent', demo: false });
    expect(listed?.text).not.toContain('token=');
  });

  it('shows demo mail with its link in the demo mailbox, marked not sent, newest first, page by page', async () => {
    await mail.enqueue(invitation('first@demo.invalid', 'one', { language: 'en' }));
    await waitForRow(dataSource, 'first@demo.invalid', (r) => r.status === 'sent');
    await mail.enqueue(invitation('second@demo.invalid', 'two'));
    await waitForRow(dataSource, 'second@demo.invalid', (r) => r.status === 'sent');
    await mail.enqueue(invitation('third@demo.invalid', 'three'));
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM mail_outbox');

    const first = await page(1, 2);
    expect(first).toMatchObject({ total: count, page: 1, pageSize: 2 });
    expect(first.items.map((m) => m.to)).toEqual(['third@demo.invalid', 'second@demo.invalid']);
    const second = await page(2, 2);
    expect(second.items[0]).toMatchObject({
      to: 'first@demo.invalid',
      subject: 'Invitation to the “DI training” platform',
      status: 'not_sent',
      demo: true,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(second.items[0].text).toContain('http://localhost:3000/en/set-password#token=one');
  });
});

describe('mail on a real database without SMTP_URL', () => {
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let mail: MailService;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    moduleRef = await startMail(await createTestDatabase(), { from: 'DI mācības <no-reply@localhost>', publicUrl: 'http://localhost:3000' }, logger, false);
    dataSource = moduleRef.get(DataSource);
    mail = moduleRef.get(MailService);
  });
  afterAll(() => moduleRef?.close());

  it('sends nothing, keeps no link (not even to a demo address), and says so', async () => {
    await mail.enqueue(invitation('someone@example.lv', 'secret-one'));
    await mail.enqueue(invitation('looks.like.demo@demo.invalid', 'secret-two'));
    const rows = [
      await waitForRow(dataSource, 'someone@example.lv', (r) => r.status === 'sent'),
      await waitForRow(dataSource, 'looks.like.demo@demo.invalid', (r) => r.status === 'sent'),
    ];
    expect(rows.map((row) => row.link)).toEqual([null, null]);
    const listed = await moduleRef.get(MailOutboxService).list(Object.assign(new PageQueryDto(), { page: 1, pageSize: 50 }));
    expect(listed.items.map((m) => [m.status, m.demo])).toEqual([
      ['not_sent', false],
      ['not_sent', false],
    ]);
    expect(listed.items.map((m) => m.text).join('\n')).not.toContain('secret-');
    const log = logger.lines.join('\n');
    expect(log).not.toContain('secret-');
    expect(log).not.toContain('@example.lv');
    expect(log).toContain('SMTP_URL is not set: no email is sent');
  });
});
