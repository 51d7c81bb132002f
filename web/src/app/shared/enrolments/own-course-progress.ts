import { computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { SEAT_HOLDING_STATUSES, type EnrolmentProgress, type MyEnrolment } from '@di/contracts';
import { EnrolmentsApi } from './enrolments-api';

/** Enough for every enrolment a person could have (one live one per run). */
const OWN_ENROLMENTS_PAGE_SIZE = 100;

/** The latest run first: a person enrolled in two runs of a course sees the one they are in now. */
function latestSeat(enrolments: readonly MyEnrolment[], courseId: string): MyEnrolment | undefined {
  return enrolments
    .filter((enrolment) => enrolment.run.courseId === courseId && SEAT_HOLDING_STATUSES.includes(enrolment.status))
    .sort((a, b) => b.run.startsOn.localeCompare(a.run.startsOn))[0];
}

/**
 * The caller's progress in a course (the enrolment holding a seat in a run of it), for the course
 * page and the module reader; null when they hold none. Call in an injection context.
 */
export function ownCourseProgress(courseId: () => string | undefined) {
  const api = inject(EnrolmentsApi);
  const loaded = rxResource({
    params: () => courseId(),
    stream: () => api.mine({ page: 1, pageSize: OWN_ENROLMENTS_PAGE_SIZE }),
  });
  const enrolment = computed(() => {
    const id = courseId();
    return id && loaded.hasValue() ? latestSeat(loaded.value().items, id) : undefined;
  });
  /** Written by `update` after a change, so the page need not load everything again. */
  const progress = linkedSignal<EnrolmentProgress | null>(() => enrolment()?.progress ?? null);
  const doneModuleIds = computed(() => new Set(progress()?.doneModuleIds ?? []));
  return {
    progress: progress.asReadonly(),
    doneModuleIds,
    /** Whether the enrolments are still to come (the control then waits rather than saying "not enrolled"). */
    loading: computed(() => loaded.isLoading()),
    /** Takes the progress a module's completion answered with. */
    update(changed: readonly EnrolmentProgress[]): void {
      const current = progress();
      progress.set(changed.find((item) => item.enrolmentId === current?.enrolmentId) ?? changed[0] ?? current);
    },
  };
}
