import type { Enrolment, EnrolmentProgress, MyEnrolment } from '@di/contracts';

/** An enrolment of the demo participant in `run-1`, with what a test needs changed. */
export function enrolment(extra: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e-1',
    runId: 'run-1',
    userId: 'u-participant',
    fullName: 'Demo Dalībniece',
    email: 'dalibnieks@demo.invalid',
    organisationId: 'branch-kalkuni',
    organisationName: 'Kalkūni',
    status: 'enrolled',
    position: null,
    offerExpiresAt: null,
    reason: null,
    withdrawnAt: null,
    createdAt: '2026-11-02T08:00:00Z',
    updatedAt: '2026-11-02T08:00:00Z',
    enrolledBy: 'u-participant',
    version: 2,
    ...extra,
  };
}

/** A 409 problem with `code`, as the API sends it. */
export function conflict(code: string) {
  return { type: 'about:blank', title: 'Conflict', status: 409, detail: 'An English detail', code };
}

/** The progress of an enrolment with nothing done yet, with what a test needs changed. */
export function progress(extra: Partial<EnrolmentProgress> = {}): EnrolmentProgress {
  return {
    enrolmentId: 'e-1',
    sessionsPlanned: 5,
    sessionsHeld: 0,
    sessionsAttended: 0,
    attendancePercent: 0,
    minAttendancePercent: 80,
    requiredModules: 2,
    requiredModulesDone: 0,
    doneModuleIds: [],
    status: 'enrolled',
    completedAt: null,
    certificateCode: null,
    ...extra,
  };
}

/** An enrolment of the caller as `GET /api/me/enrolments` gives it: in run `run-<id>` of `courseId`. */
export function myEnrolment(id: string, courseId: string, extra: Partial<MyEnrolment> = {}): MyEnrolment {
  return {
    ...enrolment({ id, runId: `run-${id}` }),
    run: { id: `run-${id}`, courseId, title: { lv: `Cikls ${id}` }, startsOn: '2027-02-01', endsOn: '2027-03-31' },
    progress: progress({ enrolmentId: id }),
    ...extra,
  };
}
