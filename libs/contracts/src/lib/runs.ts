import type { LocalisedText, PageQuery, Versioned } from './common';
import type { RegionCode } from './regions';

export const RUN_STATUSES = ['planned', 'open', 'in_progress', 'completed', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunTrainer {
  id: string;
  fullName: string;
}

/** A course run: one cycle or cohort of a course, with its dates, seats and trainers. */
export interface CourseRun extends Versioned {
  id: string;
  courseId: string;
  projectId: string | null;
  title: LocalisedText;
  /** The planning region that organises it; a coordinator of that region manages it. */
  regionCode: RegionCode;
  /** The organisation that organises it, when narrower than the region. */
  organiserOrganisationId: string | null;
  startsOn: string;
  endsOn: string;
  enrolmentOpensAt: string | null;
  enrolmentClosesAt: string | null;
  capacity: number;
  requiresApproval: boolean;
  /** Beyond capacity people join a waiting list (else enrolment is refused with `RUN_FULL`). */
  waitlistAllowed: boolean;
  /** A freed seat is offered to the first on the waiting list for this many hours; null promotes at once. */
  promotionOfferHours: number | null;
  trainerIds: string[];
  /** The trainers' names, for pages whose readers may not list people (the schedule editor). */
  trainers?: RunTrainer[];
  /** Minutes in an online session that count as present (used by the attendance import). */
  onlineAttendanceMinMinutes: number | null;
  status: RunStatus;
  /** Counted from the enrolments: people holding a seat. */
  enrolledCount: number;
}

export interface RunQuery extends PageQuery {
  regionCode?: RegionCode;
  status?: RunStatus;
  projectId?: string;
  /** Only runs whose end is today or later. */
  upcoming?: boolean;
}

export interface CreateRunRequest {
  projectId?: string | null;
  title: LocalisedText;
  regionCode: RegionCode;
  organiserOrganisationId?: string | null;
  startsOn: string;
  endsOn: string;
  enrolmentOpensAt?: string | null;
  enrolmentClosesAt?: string | null;
  capacity: number;
  requiresApproval?: boolean;
  waitlistAllowed?: boolean;
  promotionOfferHours?: number | null;
  trainerIds?: string[];
  onlineAttendanceMinMinutes?: number | null;
  status?: RunStatus;
}

export type UpdateRunRequest = Partial<CreateRunRequest> & { version?: number };
