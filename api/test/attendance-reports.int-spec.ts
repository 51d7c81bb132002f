import type { AttendanceImportResult, Problem } from '@di/contracts';
import { commaSeparated, crlf, fixtureText, padTabs, utf16be, utf16le, utf8 } from '../src/modules/attendance/reports/fixtures/report-bytes';
import { courseWithRun, seatedAt } from './support/attendance-fixtures';
import { closeEnrolmentBed, openEnrolmentBed, type EnrolmentBed } from './support/enrolment-fixtures';

jest.setTimeout(120_000);

/** Each export as its tool writes it, the session it is of (Riga time), and what the trainer should see. */
const REPORTS = [
  { file: 'teams-current-en.tsv', bytes: (text: string) => utf16le(crlf(padTabs(text, 7))), session: ['2026-11-16 09:00', '2026-11-16 10:30'], format: 'teams', rejoins: 'Ēriks Šņore' },
  { file: 'teams-current-pl.tsv', bytes: (text: string) => utf16be(text), session: ['2025-03-10 08:00', '2025-03-10 10:20'], format: 'teams', rejoins: null },
  { file: 'teams-meeting-summary.tsv', bytes: (text: string) => utf16le(text), session: ['2021-06-10 10:00', '2021-06-10 11:30'], format: 'teams-meeting-summary', rejoins: 'Jānis Ozoliņš' },
  { file: 'teams-attendance-list.tsv', bytes: (text: string) => utf16le(text), session: ['2025-03-10 08:00', '2025-03-10 09:30'], format: 'teams-attendance-list', rejoins: 'Jānis Ozoliņš' },
  { file: 'zoom-with-meeting.csv', bytes: utf8, session: ['2026-11-19 10:00', '2026-11-19 12:00'], format: 'zoom', rejoins: 'Jānis Ozoliņš' },
  { file: 'zoom-unique-users.csv', bytes: utf8, session: ['2026-11-19 10:00', '2026-11-19 12:00'], format: 'zoom', rejoins: null },
  { file: 'meet-attendance.csv', bytes: utf8, session: ['2026-11-20 10:00', '2026-11-20 12:00'], format: 'google-meet', rejoins: 'Jānis Ozoliņš' },
  { file: 'teams-current-en.tsv', bytes: (text: string) => utf8(commaSeparated(text)), session: ['2026-11-16 09:00', '2026-11-16 10:30'], format: 'teams', rejoins: 'Ēriks Šņore' },
] as const;

describe('importing the attendance reports Teams, Zoom and Meet export', () => {
  let bed: EnrolmentBed;
  let runId: string;
  let trainerToken: string;
  const people = [
    ['Līga Bērziņa', 'liga.berzina@kalkuni.invalid'],
    ['Jānis Ozoliņš', 'janis.ozolins@kalkuni.invalid'],
    ['Ēriks Šņore', 'eriks.snore@kalkuni.invalid'],
  ];

  beforeAll(async () => {
    bed = await openEnrolmentBed();
    const { run, trainer } = await courseWithRun(bed, 'APM-ATSKAITES');
    runId = run.id;
    trainerToken = trainer.accessToken;
    const ids: string[] = [];
    for (const [fullName, email] of people) {
      const [{ id: userId }] = await bed.db.query(
        `INSERT INTO app_user (email, full_name, organisation_id, participant_kind) SELECT $1, $2, id, 'vsac_staff' FROM organisation WHERE name = 'Kalkūni' RETURNING id`,
        [email, fullName],
      );
      const enrolled = await bed.call<{ id: string }>(bed.admin, 'POST', `/api/runs/${run.id}/enrolments`, { userId });
      ids.push(enrolled.body.id);
    }
    // They held their seats long before the meetings of these reports.
    await seatedAt(bed.db, ids, new Date('2020-01-01T00:00:00Z'));
  });

  afterAll(() => closeEnrolmentBed(bed));

  async function onlineSession([from, to]: readonly [string, string]): Promise<string> {
    const [{ id }] = await bed.db.query(
      `INSERT INTO training_session (run_id, starts_at, ends_at, mode, meeting_url)
       VALUES ($1, ($2::timestamp AT TIME ZONE 'Europe/Riga'), ($3::timestamp AT TIME ZONE 'Europe/Riga'), 'online', 'https://meet.test.invalid/atskaite') RETURNING id`,
      [runId, from, to],
    );
    return id;
  }

  it.each(REPORTS.map((report) => [report.file, report.format, report]))('reads %s as %s: people matched, rejoins added up, the rest listed', async (_file, _format, report) => {
    const sessionId = await onlineSession(report.session);
    const response = await fetch(`${bed.base}/api/sessions/${sessionId}/attendance/import?dryRun=true&minMinutes=30`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${trainerToken}`, 'Content-Type': 'text/csv' },
      body: new Uint8Array(report.bytes(fixtureText(report.file))),
    });
    const body = (await response.json()) as AttendanceImportResult & Problem;
    expect(response.status).toBe(200);
    expect(body.format).toBe(report.format);
    const liga = body.matched.find((match) => match.fullName === 'Līga Bērziņa');
    expect(liga).toMatchObject({ status: 'present' });
    if (report.rejoins) expect(body.matched.find((match) => match.fullName === report.rejoins)?.joins).toBeGreaterThanOrEqual(2);
    const all = [...body.matched.map((match) => match.reportName), ...body.unmatched.map((row) => row.name)];
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const row of body.unmatched) expect(row).toEqual(expect.objectContaining({ name: expect.any(String), minutes: expect.any(Number), row: expect.any(Number) }));
    // Anna Kalniņa has no account: where she attended, she is listed for the trainer to match by hand.
    if (fixtureText(report.file).includes('Kalniņa')) expect(body.unmatched.map((row) => row.name)).toContainEqual(expect.stringMatching(/Anna|Kalniņa/));
  });

  it('refuses a file that is none of these, naming the formats it reads, and writes nothing', async () => {
    const sessionId = await onlineSession(['2026-11-16 09:00', '2026-11-16 10:30']);
    const response = await fetch(`${bed.base}/api/sessions/${sessionId}/attendance/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${trainerToken}`, 'Content-Type': 'text/csv' },
      body: fixtureText('people-list.csv'),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as Problem;
    expect(problem.code).toBe('UNREADABLE_FILE');
    expect(problem.detail).toMatch(/Microsoft Teams .* Zoom .* Google Meet/);
    const [{ count }] = await bed.db.query(`SELECT count(*)::int AS count FROM attendance WHERE session_id = $1`, [sessionId]);
    expect(count).toBe(0);
  });
});
