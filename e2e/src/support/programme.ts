import type { CertificateVerification, CheckInCode, Course, CourseModule, CourseRun, EnrolmentProgress, LoginResponse, MyEnrolment, Page, SessionBatch, TrainingSession } from '@di/contracts';
import { expect, type APIRequestContext } from '@playwright/test';
import { ACCOUNTS } from './auth';
import { createPerson, type OwnPerson } from './people';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export async function signInToApi(request: APIRequestContext, email: string, password: string): Promise<LoginResponse> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `sign-in as ${email}`).toBe(200);
  return (await response.json()) as LoginResponse;
}

export async function apiPost<T>(request: APIRequestContext, session: LoginResponse, path: string, data: object, status = 201): Promise<T> {
  const response = await request.post(path, { data, headers: { Authorization: `Bearer ${session.accessToken}` } });
  expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

export interface Programme {
  course: Course;
  module: CourseModule;
  run: CourseRun;
  session: TrainingSession;
  trainer: OwnPerson;
  participant: OwnPerson;
}

/**
 * A course of its own (open to anyone, 80 % attendance and its one required module), a run from
 * yesterday for a month trained by a trainer of its own, one in-person session starting in five
 * minutes, and a participant enrolled by the admin.
 */
export async function createProgramme(request: APIRequestContext, tag: string): Promise<Programme> {
  const admin = await signInToApi(request, ACCOUNTS.admin.email, ACCOUNTS.admin.password);
  const trainer = await createPerson(request, `trainer${tag}`, { roles: [{ role: 'trainer' }] });
  const participant = await createPerson(request, `dalibnieks${tag}`, { roles: [{ role: 'participant' }] });
  const course = await apiPost<Course>(request, admin, '/api/courses', {
    code: `E2E-CMP-${tag}`,
    title: { lv: `E2E pabeigšanas kurss ${tag}`, en: `E2E completion course ${tag}` },
    audience: 'any',
    plannedHours: 2,
    completionRule: { minAttendancePercent: 80, requireAllRequiredModules: true },
    status: 'published',
  });
  const module = await apiPost<CourseModule>(request, admin, `/api/courses/${course.id}/modules`, {
    title: { lv: `Obligātais modulis ${tag}` },
    content: { lv: '## Ievads\n\nMazliet teksta, ko izlasīt.' },
    estimatedMinutes: 20,
    required: true,
  });
  const now = Date.now();
  const run = await apiPost<CourseRun>(request, admin, `/api/courses/${course.id}/runs`, {
    title: { lv: `E2E pabeigšanas cikls ${tag}`, en: `E2E completion run ${tag}` },
    regionCode: 'LPR',
    startsOn: isoDate(now - DAY),
    endsOn: isoDate(now + 30 * DAY),
    capacity: 10,
    trainerIds: [trainer.id],
    status: 'open',
  });
  const startsAt = Math.ceil((now + 5 * MINUTE) / MINUTE) * MINUTE;
  const { items } = await apiPost<SessionBatch>(request, admin, `/api/runs/${run.id}/sessions`, {
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 90 * MINUTE).toISOString(),
    mode: 'in_person',
    venue: `E2E zāle ${tag}`,
    trainerIds: [trainer.id],
  });
  await apiPost(request, admin, `/api/runs/${run.id}/enrolments`, { userId: participant.id });
  return { course, module, run, session: items[0], trainer, participant };
}

/**
 * The programme completed through the API: the participant marks the module done and checks in
 * with the trainer's code. Answers the certificate's code.
 */
export async function completedCertificate(request: APIRequestContext, tag: string): Promise<CertificateVerification['code']> {
  const { module, session, trainer, participant, run } = await createProgramme(request, tag);
  const own = await signInToApi(request, participant.email, participant.password);
  await apiPost<EnrolmentProgress[]>(request, own, `/api/modules/${module.id}/completion`, {}, 200);
  const { code } = await apiPost<CheckInCode>(request, await signInToApi(request, trainer.email, trainer.password), `/api/sessions/${session.id}/check-in-code`, {}, 200);
  await apiPost(request, own, `/api/sessions/${session.id}/check-in`, { code }, 200);
  const mine = await request.get('/api/me/enrolments', { headers: { Authorization: `Bearer ${own.accessToken}` } });
  const enrolment = ((await mine.json()) as Page<MyEnrolment>).items.find((item) => item.run.id === run.id);
  const certificate = enrolment?.progress.certificateCode;
  expect(certificate, 'a certificate once completed').toBeTruthy();
  return certificate ?? '';
}
