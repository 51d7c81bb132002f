import { createTestDatabase, withClient } from './support/test-database';
import { startTestApp } from './support/test-app';

/** The demo programmes as the sources describe them, loaded only with the demo people. */
describe('demo catalogue', () => {
  it('has the online VSAC cycle from the 4 December on or coming (running until it ends), weekly at 10:00 Riga time to the end of January, and the spring mentor training', async () => {
    const url = await createTestDatabase();
    const testApp = await startTestApp(url);
    try {
      await withClient(url, async (client) => {
        const runs = await client.query<{ code: string; region_code: string; capacity: number; starts_on: string; ends_on: string; project: string; provider: string }>(
          `SELECT c.code, r.region_code, r.capacity, r.starts_on::text, r.ends_on::text, p.number AS project, o.name AS provider
             FROM course_run r JOIN course c ON c.id = r.course_id JOIN project p ON p.id = r.project_id JOIN organisation o ON o.id = c.provider_organisation_id
            ORDER BY r.starts_on`,
        );
        const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());
        // The cycle on or coming: in January, last December's is still running.
        const year = Number(today.slice(0, 4)) - (today.slice(5, 7) === '01' ? 1 : 0);
        expect(runs.rows).toEqual([
          { code: 'VSAC-GRT', region_code: 'RPR', capacity: 50, starts_on: `${year}-12-04`, ends_on: `${year + 1}-01-31`, project: '9.2.2.1/15/I/002', provider: 'Biedrība "Rīgas pilsētas "Rūpju bērns""' },
          expect.objectContaining({ code: 'SOC-MENT', region_code: 'RPR', starts_on: `${year + 1}-03-01`, ends_on: `${year + 1}-05-31` }),
        ]);

        const sessions = await client.query<{ local: string; mode: string }>(
          `SELECT to_char(s.starts_at AT TIME ZONE 'Europe/Riga', 'YYYY-MM-DD HH24:MI') AS local, s.mode
             FROM training_session s JOIN course_run r ON r.id = s.run_id JOIN course c ON c.id = r.course_id
            WHERE c.code = 'VSAC-GRT' ORDER BY s.starts_at`,
        );
        const locals = sessions.rows.map((row) => row.local);
        expect(locals[0]).toBe(`${year}-12-04 10:00`);
        expect(locals.every((local) => local.endsWith(' 10:00'))).toBe(true);
        expect(locals).not.toContain(`${year}-12-25 10:00`);
        expect(locals).not.toContain(`${year + 1}-01-01 10:00`);
        expect((locals.at(-1) ?? '') > `${year + 1}-01-24`).toBe(true);
        expect(sessions.rows.every((row) => row.mode === 'online')).toBe(true);

        const enrolled = await client.query<{ organisation: string }>(
          `SELECT o.name AS organisation FROM enrolment e JOIN course_run r ON r.id = e.run_id JOIN course c ON c.id = r.course_id
             JOIN organisation o ON o.id = e.organisation_id WHERE c.code = 'VSAC-GRT' AND e.status = 'enrolled' ORDER BY o.name`,
        );
        expect(enrolled.rows.map((row) => row.organisation)).toEqual(['Kalkūni', 'Kalupe', 'Krastiņi']);
      });
    } finally {
      await testApp.close();
    }
  });

  it('is not loaded without the demo people', async () => {
    const url = await createTestDatabase();
    const testApp = await startTestApp(url, { demoData: false });
    try {
      const counts = await withClient(url, async (client) => (await client.query(`SELECT (SELECT count(*) FROM course)::int AS courses, (SELECT count(*) FROM training_session)::int AS sessions`)).rows[0]);
      expect(counts).toEqual({ courses: 0, sessions: 0 });
    } finally {
      await testApp.close();
    }
  });
});
