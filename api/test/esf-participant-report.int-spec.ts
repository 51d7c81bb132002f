import type { EsfParticipantReport, MyEsfEntry, Problem, Project } from '@di/contracts';
import { courseWithRun } from './support/attendance-fixtures';
import { closeEnrolmentBed, openEnrolmentBed, signedInPeople, type EnrolmentBed } from './support/enrolment-fixtures';
import type { SignedIn } from './support/test-app';

jest.setTimeout(120_000);

describe('the ESF participant report', () => {
  let bed: EnrolmentBed;
  let project: Project;
  let people: SignedIn[];

  const mine = (who: SignedIn) => bed.call<MyEsfEntry[]>(who, 'GET', '/api/me/esf-entries');
  const answer = (who: SignedIn, body: Record<string, unknown>) => bed.call<MyEsfEntry & Problem>(who, 'PUT', `/api/me/esf-entries/${project.id}`, body);

  beforeAll(async () => {
    bed = await openEnrolmentBed();
    project = (await bed.call<Project>(bed.admin, 'POST', '/api/projects', { title: 'ESF pārskata pārbaudes projekts', regionCode: 'LPR' })).body;
    const first = await courseWithRun(bed, 'ESF-PIRMAIS');
    const second = await courseWithRun(bed, 'ESF-OTRAIS');
    await bed.db.query(`UPDATE course_run SET project_id = $1 WHERE id = ANY($2::uuid[])`, [project.id, [first.run.id, second.run.id]]);
    people = await signedInPeople(bed.db, bed.base, { count: 6, organisation: 'Kalkūni', prefix: 'esf' });
    for (const person of people) expect((await bed.call(bed.admin, 'POST', `/api/runs/${first.run.id}/enrolments`, { userId: person.userId })).status).toBe(201);
    // The first person takes the project's second course too: still one participant of the project.
    expect((await bed.call(bed.admin, 'POST', `/api/runs/${second.run.id}/enrolments`, { userId: people[0].userId })).status).toBe(201);
  });

  afterAll(() => closeEnrolmentBed(bed));

  it('asks nothing until the project collects the data, then takes each answer (or "prefers not to say") with its version', async () => {
    expect((await mine(people[0])).body).toEqual([]);
    expect((await answer(people[0], { gender: 'female', version: 0 })).status).toBe(404);

    const turnedOn = await bed.call<Project>(bed.admin, 'PATCH', `/api/projects/${project.id}`, { collectsParticipantData: true, version: project.version });
    expect(turnedOn.body.collectsParticipantData).toBe(true);
    const [asked] = (await mine(people[0])).body;
    expect(asked).toMatchObject({ projectId: project.id, version: 0, enteredAt: null, answers: { gender: null, disability: null } });

    const saved = await answer(people[0], { gender: 'female', ageGroup: 'from_25_to_54', disability: 'yes', homeless: 'not_stated', version: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, answers: { gender: 'female', disability: 'yes', homeless: 'not_stated', educationLevel: null } });
    expect(saved.body.enteredAt).not.toBeNull();
    const stale = await answer(people[0], { gender: 'male', version: 0 });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_UPDATE']);
    const bad = await answer(people[0], { gender: 'unknown', version: 1 });
    expect([bad.status, bad.body.code]).toEqual([400, 'INVALID_INPUT']);

    // Two first saves at once: one is kept, the other is told to reload.
    const both = await Promise.all([answer(people[1], { gender: 'female', version: 0 }), answer(people[1], { gender: 'male', version: 0 })]);
    expect(both.map((reply) => reply.status).sort()).toEqual([200, 409]);

    // The trail says who answered which questions, never the answers.
    const [event]: { details: Record<string, unknown> }[] = await bed.db.query(
      `SELECT details FROM audit_event WHERE action = 'esf_entry.recorded' AND subject_user_id = $1 ORDER BY occurred_at LIMIT 1`,
      [people[0].userId],
    );
    expect(event.details).toEqual({ projectId: project.id, questions: ['gender', 'ageGroup', 'disability', 'homeless'] });
  });

  it('counts each participant once per project, hides counts under five, and is for its permission holders only', async () => {
    for (const person of people.slice(2)) expect((await answer(person, { gender: 'female', disability: 'not_stated', version: 0 })).status).toBe(200);
    const report = await bed.call<EsfParticipantReport>(bed.admin, 'GET', `/api/projects/${project.id}/participant-report`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ participants: 6, answered: 6, suppressBelow: 5 });
    const gender = report.body.indicators.find((item) => item.indicator === 'gender');
    const women = gender?.counts.find((count) => count.value === 'female')?.count;
    const men = gender?.counts.find((count) => count.value === 'male')?.count;
    expect(women === 6 || women === 5).toBe(true);
    expect(men === null || men === 0).toBe(true);
    const disability = report.body.indicators.find((item) => item.indicator === 'disability');
    expect(disability?.counts).toEqual([
      { value: 'yes', count: null },
      { value: 'no', count: 0 },
      { value: 'not_stated', count: null },
    ]);
    expect(disability?.notAnswered).toBeNull();

    for (const who of [bed.latgale, people[0]]) {
      const refused = await bed.call<Problem>(who, 'GET', `/api/projects/${project.id}/participant-report`);
      expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('exports the yearly report: each participant once, with their answers in words', async () => {
    const csv = await fetch(`${bed.base}/api/projects/${project.id}/participant-report.csv`, { headers: { Authorization: `Bearer ${bed.admin.accessToken}` } });
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(';').slice(0, 5)).toEqual(['Nr.', 'Vārds, uzvārds', 'Iestāde', 'Dzimums', 'Vecuma grupa']);
    expect(lines).toHaveLength(7);
    const first = lines.find((line) => line.includes('esf-1@test.invalid'));
    expect(first?.split(';').slice(3, 5)).toEqual(['Sieviete', '25–54']);
    expect(first).toContain('Jā');
    expect(first?.split(';').at(-1)).toBe('Turpina');
  });
});
