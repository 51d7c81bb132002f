import type { Course, CourseRun, Problem, TrainingSession } from '@di/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/password-hasher';
import { PEOPLE_PASSWORD, type EnrolmentBed } from './enrolment-fixtures';
import { signIn, type SignedIn } from './test-app';

/** A trainer of their own (the demo trainer's sessions would collide with the test's), signed in. */
export async function newTrainer(bed: EnrolmentBed, email: string): Promise<SignedIn> {
  await bed.db.query(
    `WITH person AS (
       INSERT INTO app_user (email, full_name, participant_kind, password_hash, language) VALUES ($1, 'Pasniedzēja ' || $1, 'specialist', $2, 'lv') RETURNING id)
     INSERT INTO user_role (user_id, role) SELECT id, 'trainer' FROM person`,
    [email, await hashPassword(PEOPLE_PASSWORD)],
  );
  return signIn(bed.base, { email, password: PEOPLE_PASSWORD });
}

/**
 * A published course for anyone (two required modules and an optional one, 80 % of the sessions),
 * and a run of it in Latgale from yesterday for a month, with a trainer of its own.
 */
export async function courseWithRun(
  bed: EnrolmentBed,
  code: string,
): Promise<{ course: Course; run: CourseRun; trainer: SignedIn; moduleIds: { required: string[]; optional: string } }> {
  const trainer = await newTrainer(bed, `pasniedzeja-${code.toLowerCase()}@test.invalid`);
  const created = await bed.call<Course>(bed.admin, 'POST', '/api/courses', {
    code,
    title: { lv: 'Sociālo mentoru apmācība — ģimenes atbalsts', en: 'Social mentor training: family support' },
    audience: 'any',
    plannedHours: 16,
    completionRule: { minAttendancePercent: 80, requireAllRequiredModules: true },
    status: 'published',
  });
  if (created.status !== 201) throw new Error(`course: ${created.status} ${JSON.stringify(created.body)}`);
  const moduleIds: string[] = [];
  for (const [title, required] of [['Pirmais modulis', true], ['Otrais modulis', true], ['Papildu lasāmviela', false]] as const) {
    const module = await bed.call<{ id: string }>(bed.admin, 'POST', `/api/courses/${created.body.id}/modules`, { title: { lv: title }, required });
    if (module.status !== 201) throw new Error(`module: ${module.status} ${JSON.stringify(module.body)}`);
    moduleIds.push(module.body.id);
  }
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const run = await bed.call<CourseRun>(bed.admin, 'POST', `/api/courses/${created.body.id}/runs`, {
    title: { lv: `Grupa ${code}` },
    regionCode: 'LPR',
    startsOn: day(-1),
    endsOn: day(30),
    capacity: 20,
    trainerIds: [trainer.userId],
  });
  if (run.status !== 201) throw new Error(`run: ${run.status} ${JSON.stringify(run.body)}`);
  return { course: created.body, run: run.body, trainer, moduleIds: { required: moduleIds.slice(0, 2), optional: moduleIds[2] } };
}

/** `count` sessions of the run, 10 minutes each, the first in 5 minutes and one every 11 minutes: all within the hour the register opens before them. */
export async function sessionsOf(bed: EnrolmentBed, trainer: SignedIn, runId: string, count: number, mode: 'online' | 'in_person' = 'in_person'): Promise<TrainingSession[]> {
  const first = Math.ceil(Date.now() / 60_000) * 60_000 + 5 * 60_000;
  const sessions: TrainingSession[] = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(first + i * 11 * 60_000);
    const created = await bed.call<{ items: TrainingSession[] } & Problem>(trainer, 'POST', `/api/runs/${runId}/sessions`, {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 10 * 60_000).toISOString(),
      mode,
      ...(mode === 'online' ? { meetingUrl: 'https://meet.test.invalid/grupa' } : { venue: `Kalkūnu mācību telpa (${runId.slice(0, 8)})` }),
      trainerIds: [trainer.userId],
    });
    if (created.status !== 201) throw new Error(`session: ${created.status} ${JSON.stringify(created.body)}`);
    sessions.push(created.body.items[0]);
  }
  return sessions;
}

/** Moves when the people got their seats (as if they had enrolled at another time). */
export async function seatedAt(db: DataSource, enrolmentIds: string[], at: Date): Promise<void> {
  await db.query(`UPDATE enrolment SET seated_at = $2 WHERE id = ANY($1::uuid[])`, [enrolmentIds, at]);
}
