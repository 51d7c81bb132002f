import type { Enrolment } from '@di/contracts';

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
