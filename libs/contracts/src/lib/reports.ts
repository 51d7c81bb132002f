import type { EnrolmentStatus } from './enrolments';
import type { LocalisedText } from './common';
import type { RegionCode } from './regions';

export const REPORT_GROUPINGS = ['organisation', 'region'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/**
 * The filters every report takes. A period (`from`, `to`, dates `yyyy-MM-dd`, both inclusive)
 * keeps the runs that take place in it, at least in part.
 */
export interface ReportFilters {
  projectId?: string;
  courseId?: string;
  runId?: string;
  regionCode?: RegionCode;
  /** An organisation with everything below it (a VSAC with its branches). */
  organisationId?: string;
  from?: string;
  to?: string;
}

export interface CompletionReportQuery extends ReportFilters {
  groupBy?: ReportGrouping;
}

/**
 * The counts of one group. Each person counts once per run, by their latest enrolment in it (who
 * withdrew and enrolled again counts as enrolled), in the organisation they belonged to when they
 * enrolled: a person who moves later stays counted where they were trained.
 */
export interface CompletionCounts {
  /** Asked to enrol and waiting for approval. */
  requested: number;
  /** Holding a seat: statuses enrolled, completed and not completed. */
  enrolled: number;
  waitlisted: number;
  withdrawn: number;
  completed: number;
  notCompleted: number;
  /** completed / enrolled, 0–1 (0 when nobody is enrolled). */
  completionRate: number;
  /** The mean of the seat holders' attendance percentages, 0–100 with one decimal. */
  averageAttendancePercent: number;
  /** Hours of sessions the seat holders attended, added up over people, one decimal. */
  hoursDelivered: number;
}

export interface CompletionRow extends CompletionCounts {
  /** The organisation's id or the region's code. */
  key: string;
  label: string;
  regionCode: RegionCode;
  /** A branch's VSAC, for grouping by organisation. */
  parentLabel: string | null;
}

export interface CompletionReport {
  groupBy: ReportGrouping;
  rows: CompletionRow[];
  totals: CompletionCounts;
}

/** One person's place in one run, for the drill-down below an organisation. */
export interface CompletionPerson {
  enrolmentId: string;
  userId: string;
  fullName: string;
  organisationId: string | null;
  organisationName: string | null;
  runId: string;
  runTitle: LocalisedText;
  status: EnrolmentStatus;
  sessionsPlanned: number;
  sessionsHeld: number;
  sessionsAttended: number;
  attendancePercent: number;
  requiredModules: number;
  requiredModulesDone: number;
  completedAt: string | null;
  withdrawnAt: string | null;
}

/** A seat holder who can no longer, or may soon not, meet the course's attendance rule. */
export interface AtRiskPerson {
  enrolmentId: string;
  fullName: string;
  organisationName: string | null;
  runId: string;
  runTitle: LocalisedText;
  sessionsPlanned: number;
  sessionsHeld: number;
  sessionsAttended: number;
  attendancePercent: number;
  minAttendancePercent: number;
  /** Sessions still to come. */
  sessionsLeft: number;
  /** How many of those the person must attend to meet the rule; more than `sessionsLeft` when it is out of reach. */
  sessionsNeeded: number;
}

/** A run at a glance: its seats, its attendance, its completions. */
export interface RunOverview {
  runId: string;
  title: LocalisedText;
  courseTitle: LocalisedText;
  regionCode: RegionCode;
  startsOn: string;
  endsOn: string;
  capacity: number;
  /** Seats held (enrolled, completed, not completed). */
  taken: number;
  waitlisted: number;
  requested: number;
  completed: number;
  sessionsPlanned: number;
  sessionsHeld: number;
  averageAttendancePercent: number;
  atRisk: number;
}
