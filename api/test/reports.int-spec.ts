import type { AtRiskPerson, CompletionPerson, CompletionReport, Page, Problem, RunOverview } from '@di/contracts';
import ExcelJS from 'exceljs';
import { RunEndSweep } from '../src/modules/progress/run-end-sweep';
import { TallyFold } from '../src/modules/reports/tally-fold';
import { courseWithRun, sessionsOf } from './support/attendance-fixtures';
import { closeEnrolmentBed, openEnrolmentBed, organisationId, signedInPeople, type EnrolmentBed } from './support/enrolment-fixtures';
import type { SignedIn } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The report's numbers against a small data set counted by hand: one finished run in Latgale
 * (people who completed, did not complete, withdrew, withdrew and enrolled again, and one who
 * moved to a Rīga organisation afterwards, plus a Rīga person), and one run still going with a
 * waiting list and people behind on attendance.
 */
describe('completion reports', () => {
  let bed: EnrolmentBed;
  let finished: { runId: string; courseId: string };
  let going: { runId: string };
  const names: Record<string, string> = {};

  const report = (who: SignedIn, query: string) => bed.call<CompletionReport & Problem>(who, 'GET', `/api/reports/completion?${query}`);

  async function enrol(runId: string, person: SignedIn): Promise<{ id: string; status: string }> {
    const answer = await bed.call<{ id: string; status: string }>(bed.admin, 'POST', `/api/runs/${runId}/enrolments`, { userId: person.userId });
    expect(answer.status).toBe(201);
    return answer.body;
  }

  async function person(organisation: string, prefix: string, fullName: string): Promise<SignedIn> {
    const [one] = await signedInPeople(bed.db, bed.base, { count: 1, organisation, prefix });
    await bed.db.query(`UPDATE app_user SET full_name = $2 WHERE id = $1`, [one.userId, fullName]);
    names[prefix] = fullName;
    return one;
  }

  beforeAll(async () => {
    bed = await openEnrolmentBed();

    // The finished run: 5 sessions, 80 % and both required modules to complete.
    const a = await courseWithRun(bed, 'ATSK-BEIGTS');
    const sessions = await sessionsOf(bed, a.trainer, a.run.id, 5);
    const completes = await person('Kalkūni', 'atsk-k1', 'Anna Pabeidza');
    const behind = await person('Kalkūni', 'atsk-k2', 'Baiba Kavēja');
    const leaves = await person('Kalkūni', 'atsk-k3', 'Cilda Atsauca');
    const mover = await person('Kalkūni', 'atsk-m1', 'Dace Pārcēlās');
    const returns = await person('Kalupe', 'atsk-p1', 'Edgars Atgriezās');
    const riga = await person('Ogres novads', 'atsk-r1', 'Rīgas Reģiona Persona');
    const [k1, k2, k3, m1] = [await enrol(a.run.id, completes), await enrol(a.run.id, behind), await enrol(a.run.id, leaves), await enrol(a.run.id, mover)];
    const r1 = await enrol(a.run.id, riga);
    const firstTry = await enrol(a.run.id, returns);
    expect((await bed.call(returns, 'PATCH', `/api/enrolments/${firstTry.id}`, { status: 'withdrawn', reason: 'Kļūda' })).status).toBe(200);
    const p1 = await enrol(a.run.id, returns);
    expect((await bed.call(leaves, 'PATCH', `/api/enrolments/${k3.id}`, { status: 'withdrawn', reason: 'Slimība' })).status).toBe(200);
    for (const who of [completes, mover, returns]) for (const moduleId of a.moduleIds.required) await bed.call(who, 'POST', `/api/modules/${moduleId}/completion`);
    for (const [index, session] of sessions.entries()) {
      const marks = [
        { enrolmentId: k1.id, status: 'present' },
        { enrolmentId: m1.id, status: 'present' },
        { enrolmentId: p1.id, status: index === 4 ? 'late' : 'present' },
        { enrolmentId: k2.id, status: index < 2 ? 'present' : 'absent' },
        { enrolmentId: r1.id, status: 'absent' },
      ];
      expect((await bed.call(a.trainer, 'PUT', `/api/sessions/${session.id}/attendance`, marks)).status).toBe(200);
    }
    await bed.db.query(`UPDATE course_run SET starts_on = current_date - 40, ends_on = current_date - 2 WHERE id = $1`, [a.run.id]);
    await bed.testApp.app.get(RunEndSweep).sweep();
    // She moves to a Rīga organisation after the course: she stays counted where she was trained.
    await bed.db.query(`UPDATE app_user SET organisation_id = (SELECT id FROM organisation WHERE name = 'Ogres novads') WHERE id = $1`, [mover.userId]);
    finished = { runId: a.run.id, courseId: a.course.id };

    // The run still going: 2 seats and a waiting list, 10 sessions, 2 held so far.
    const b = await courseWithRun(bed, 'ATSK-NOTIEK');
    await bed.db.query(`UPDATE course_run SET capacity = 2 WHERE id = $1`, [b.run.id]);
    const bSessions = await sessionsOf(bed, b.trainer, b.run.id, 10);
    const onTrack = await person('Kalupe', 'atsk-b1', 'Gatis Apmeklē');
    const atRisk = await person('Kalupe', 'atsk-b2', 'Helēna Neierodas');
    const waiting = await person('Kalupe', 'atsk-b3', 'Ilze Gaida');
    const [b1, b2] = [await enrol(b.run.id, onTrack), await enrol(b.run.id, atRisk)];
    expect((await enrol(b.run.id, waiting)).status).toBe('waitlisted');
    for (const session of bSessions.slice(0, 2)) {
      const marks = [
        { enrolmentId: b1.id, status: 'present' },
        { enrolmentId: b2.id, status: 'absent' },
      ];
      expect((await bed.call(b.trainer, 'PUT', `/api/sessions/${session.id}/attendance`, marks)).status).toBe(200);
    }
    going = { runId: b.run.id };
  });

  afterAll(() => closeEnrolmentBed(bed));

  it('counts each person once, where they were when they enrolled, as counted by hand', async () => {
    const answer = await report(bed.admin, `groupBy=organisation&runId=${finished.runId}`);
    expect(answer.status).toBe(200);
    const byLabel = Object.fromEntries(answer.body.rows.map((row) => [row.label, row]));
    expect(Object.keys(byLabel).sort()).toEqual(['Kalkūni', 'Kalupe', 'Ogres novads']);
    // Anna and Dace completed (5 of 5), Baiba 2 of 5 did not, Cilda withdrew; 10-minute sessions.
    expect(byLabel['Kalkūni']).toMatchObject({
      regionCode: 'LPR',
      requested: 0,
      enrolled: 3,
      waitlisted: 0,
      withdrawn: 1,
      completed: 2,
      notCompleted: 1,
      completionRate: 0.667,
      averageAttendancePercent: 80,
      hoursDelivered: 2,
    });
    // Edgars withdrew and enrolled again: once, as completed.
    expect(byLabel['Kalupe']).toMatchObject({ enrolled: 1, withdrawn: 0, completed: 1, completionRate: 1, averageAttendancePercent: 100 });
    expect(byLabel['Ogres novads']).toMatchObject({ regionCode: 'RPR', enrolled: 1, completed: 0, notCompleted: 1, averageAttendancePercent: 0, hoursDelivered: 0 });
    expect(answer.body.totals).toMatchObject({ enrolled: 5, withdrawn: 1, completed: 3, notCompleted: 2, completionRate: 0.6 });

    const regions = await report(bed.admin, `groupBy=region&courseId=${finished.courseId}`);
    expect(regions.body.rows.map((row) => [row.key, row.enrolled, row.completed, row.notCompleted, row.withdrawn])).toEqual([
      ['RPR', 1, 0, 1, 0],
      ['LPR', 4, 3, 1, 1],
    ].sort((x, y) => (x[0] === 'RPR' ? 1 : -1) - (y[0] === 'RPR' ? 1 : -1)));
  });

  it('stays the same once the differences are folded into the tallies, read per run or per organisation', async () => {
    const before = await report(bed.admin, `groupBy=organisation&runId=${finished.runId}`);
    // Without run filters the per-organisation tally answers; a period that holds every run makes it read per run.
    const perOrganisation = await report(bed.admin, 'groupBy=organisation&regionCode=LPR');
    expect(perOrganisation.body.rows.length).toBeGreaterThan(1);
    expect((await report(bed.admin, 'groupBy=organisation&regionCode=LPR&from=2000-01-01')).body).toEqual(perOrganisation.body);
    expect(await bed.testApp.app.get(TallyFold).fold()).toBeGreaterThan(0);
    const [{ count }]: { count: string }[] = await bed.db.query(`SELECT count(*) FROM enrolment_tally_delta`);
    expect(Number(count)).toBe(0);
    expect((await report(bed.admin, `groupBy=organisation&runId=${finished.runId}`)).body).toEqual(before.body);
    expect((await report(bed.admin, 'groupBy=organisation&regionCode=LPR')).body).toEqual(perOrganisation.body);
    expect((await report(bed.admin, 'groupBy=region')).body).toEqual((await report(bed.admin, 'groupBy=region&to=2999-12-31')).body);
  });

  it('drills down to the people of a branch with their progress', async () => {
    const kalkuni = await organisationId(bed.db, 'Kalkūni');
    const people = await bed.call<Page<CompletionPerson>>(bed.latgale, 'GET', `/api/reports/completion/people?organisationId=${kalkuni}&runId=${finished.runId}`);
    expect(people.status).toBe(200);
    expect(people.body.items.map((p) => [p.fullName, p.status, p.sessionsAttended, p.attendancePercent])).toEqual([
      ['Anna Pabeidza', 'completed', 5, 100],
      ['Baiba Kavēja', 'not_completed', 2, 40],
      ['Cilda Atsauca', 'withdrawn', 0, 0],
      ['Dace Pārcēlās', 'completed', 5, 100],
    ]);
    const notDone = await bed.call<Page<CompletionPerson>>(bed.latgale, 'GET', `/api/reports/completion/people?organisationId=${kalkuni}&status=not_completed`);
    expect(notDone.body.items.map((p) => p.fullName)).toEqual(['Baiba Kavēja']);
  });

  it('shows a Latgale coordinator only Latgale people, and refuses filters outside Latgale', async () => {
    const answer = await report(bed.latgale, `groupBy=organisation&runId=${finished.runId}`);
    expect(answer.body.rows.map((row) => row.label).sort()).toEqual(['Kalkūni', 'Kalupe']);
    expect(answer.body.totals.enrolled).toBe(4);
    const regions = await report(bed.latgale, `groupBy=region`);
    expect(regions.body.rows.map((row) => row.key)).toEqual(['LPR']);
    const people = await bed.call<Page<CompletionPerson>>(bed.latgale, 'GET', `/api/reports/completion/people?runId=${finished.runId}&pageSize=200`);
    expect(people.body.items.map((p) => p.fullName)).not.toContain(names['atsk-r1']);
    expect(people.body.total).toBe(5);

    const ogre = await organisationId(bed.db, 'Ogres novads');
    for (const query of ['regionCode=RPR', `organisationId=${ogre}`]) {
      const refused = await report(bed.latgale, query);
      expect([refused.status, refused.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    // The Rīga coordinator sees the Rīga person of the Latgale run, and nobody else.
    const riga = await report(bed.riga, `groupBy=organisation&runId=${finished.runId}`);
    expect(riga.body.rows.map((row) => row.label)).toEqual(['Ogres novads']);
  });

  it('answers bad filters with a problem', async () => {
    for (const query of ['groupBy=person', 'from=2027-02-01&to=2027-01-01', 'from=01.02.2027', `runId=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`]) {
      const answer = await report(bed.admin, query);
      expect([400, 404]).toContain(answer.status);
      expect(answer.body.code).toMatch(/INVALID_INPUT|NOT_FOUND/);
    }
    expect((await report(bed.admin, 'from=2027-02-01&to=2027-01-01')).body.errors?.[0]?.field).toBe('to');
    expect((await bed.call<Problem>(bed.admin, 'GET', '/api/reports/completion')).status).toBe(200);
  });

  it('finds the people at risk and the runs at a glance', async () => {
    const risk = await bed.call<Page<AtRiskPerson>>(bed.latgale, 'GET', `/api/reports/at-risk?runId=${going.runId}`);
    expect(risk.body.items.map((p) => [p.fullName, p.sessionsAttended, p.sessionsLeft, p.sessionsNeeded])).toEqual([['Helēna Neierodas', 0, 8, 8]]);
    const runs = await bed.call<Page<RunOverview>>(bed.latgale, 'GET', `/api/reports/runs?runId=${going.runId}`);
    expect(runs.body.items).toEqual([
      expect.objectContaining({ capacity: 2, taken: 2, waitlisted: 1, requested: 0, sessionsPlanned: 10, sessionsHeld: 2, averageAttendancePercent: 50, atRisk: 1 }),
    ]);
    // The demo trainer trains neither run.
    expect((await bed.call<Problem>(bed.riga, 'GET', `/api/reports/at-risk?runId=${going.runId}`)).status).toBe(404);
  });

  it('exports the same rows as CSV for Latvian Excel and as XLSX, without Rīga people for a Latgale coordinator', async () => {
    const csv = await fetch(`${bed.base}/api/reports/completion?runId=${finished.runId}`, { headers: { Authorization: `Bearer ${bed.latgale.accessToken}`, Accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(';')[0]).toBe('Iestāde');
    expect(lines.find((line) => line.startsWith('Kalkūni;'))).toBe('Kalkūni;"VSAC ""Latgale""";LPR;0;3;0;1;2;1;66,7;80;2');
    expect(text).not.toContain('Ogres');

    const xlsx = await fetch(`${bed.base}/api/reports/completion/people.xlsx?runId=${finished.runId}`, { headers: { Authorization: `Bearer ${bed.latgale.accessToken}`, 'Accept-Language': 'en' } });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain('Name');
    const people = rows.slice(1).map((row) => row[1]);
    expect(people).toEqual(expect.arrayContaining([names['atsk-k1'], names['atsk-p1']]));
    expect(people).not.toContain(names['atsk-r1']);
    expect(rows.slice(1)).toHaveLength(5);

    const refused = await fetch(`${bed.base}/api/reports/completion.xlsx?regionCode=RPR`, { headers: { Authorization: `Bearer ${bed.latgale.accessToken}` } });
    expect(refused.status).toBe(404);
  });
});
