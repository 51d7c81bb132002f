import type { CompletionCounts } from '@di/contracts';

/** The sums a report's statement gives for a group (bigint sums come back from pg as strings). */
export interface CountSums {
  requested: string | number;
  enrolled: string | number;
  waitlisted: string | number;
  withdrawn: string | number;
  completed: string | number;
  not_completed: string | number;
  attendance_sum: string | number;
  minutes_sum: string | number;
}

export const COUNT_SUMS_SQL = (alias: string) =>
  ['requested', 'enrolled', 'waitlisted', 'withdrawn', 'completed', 'not_completed', 'attendance_sum', 'minutes_sum'].map((column) => `sum(${alias}.${column}) AS ${column}`).join(', ');

export function countsOf(sums: CountSums): CompletionCounts {
  const enrolled = Number(sums.enrolled);
  const completed = Number(sums.completed);
  return {
    requested: Number(sums.requested),
    enrolled,
    waitlisted: Number(sums.waitlisted),
    withdrawn: Number(sums.withdrawn),
    completed,
    notCompleted: Number(sums.not_completed),
    completionRate: enrolled === 0 ? 0 : Math.round((completed / enrolled) * 1000) / 1000,
    averageAttendancePercent: enrolled === 0 ? 0 : Math.round((Number(sums.attendance_sum) / enrolled) * 10) / 10,
    hoursDelivered: Math.round(Number(sums.minutes_sum) / 6) / 10,
  };
}

export function totalOf(groups: readonly CountSums[]): CompletionCounts {
  const keys = ['requested', 'enrolled', 'waitlisted', 'withdrawn', 'completed', 'not_completed', 'attendance_sum', 'minutes_sum'] as const;
  const total = Object.fromEntries(keys.map((key) => [key, groups.reduce((sum, group) => sum + Number(group[key]), 0)])) as unknown as CountSums;
  return countsOf(total);
}
