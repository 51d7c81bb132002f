import type { Role } from './users';

/**
 * Named permissions: what a route needs and what the web shows or hides. The API's access
 * policy defines, for each, which objects an actor may act on; the roles below say who holds
 * it at all. Both sides read this one list, so they cannot disagree.
 */
export const PERMISSIONS = [
  'profile.read',
  'profile.update',
  'region.read',
  'organisation.read',
  'user.read',
  'user.create',
  'user.update',
  'user.invite',
  'user.history.read',
  'mail.outbox.read',
  'job.read',
  'job.retry',
  'project.read',
  'project.write',
  'course.read',
  'course.write',
  'module.read',
  'module.write',
  'attachment.read',
  'attachment.write',
  'run.read',
  'run.create',
  'run.update',
  'session.read',
  'session.create',
  'session.update',
  'calendar.read',
  'enrolment.create',
  'enrolment.read',
  'enrolment.manage',
  'enrolment.update',
  'enrolment.approve',
  'attendance.read',
  'attendance.mark',
  'attendance.check_in',
  'module.complete',
  'certificate.read',
  'certificate.export',
  'file.read',
  'report.read',
  'report.runs.read',
  'evidence.export',
  'esf.report.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** `signed-in`: every signed-in person, whatever their roles. */
export const PERMISSION_HOLDERS: Readonly<Record<Permission, readonly Role[] | 'signed-in'>> = {
  'profile.read': 'signed-in',
  'profile.update': 'signed-in',
  'region.read': 'signed-in',
  'organisation.read': 'signed-in',
  'user.read': ['admin', 'coordinator'],
  'user.create': ['admin', 'coordinator'],
  'user.update': ['admin', 'coordinator'],
  'user.invite': ['admin', 'coordinator'],
  'user.history.read': ['admin', 'coordinator'],
  'mail.outbox.read': ['admin'],
  'job.read': ['admin'],
  'job.retry': ['admin'],
  'project.read': 'signed-in',
  'project.write': ['admin'],
  /** Participants see published (and archived) courses; authors and planners see drafts too. */
  'course.read': 'signed-in',
  'course.write': ['admin'],
  'module.read': 'signed-in',
  'module.write': ['admin'],
  /** A module's files: whoever may read the module may download them; its authors add and delete them. */
  'attachment.read': 'signed-in',
  'attachment.write': ['admin'],
  'run.read': 'signed-in',
  /** A coordinator creates runs organised in their own scope (the service checks the region). */
  'run.create': ['admin', 'coordinator'],
  'run.update': ['admin', 'coordinator'],
  'session.read': 'signed-in',
  /** Sessions of a run: its trainers, a coordinator in scope, an admin. */
  'session.create': ['admin', 'coordinator', 'trainer'],
  'session.update': ['admin', 'coordinator', 'trainer'],
  /** One's own sessions, schedule and calendar feed. */
  'calendar.read': 'signed-in',
  /** Enrolling oneself into a run one may read; a coordinator or admin enrols others too (`enrolment.manage`). */
  'enrolment.create': 'signed-in',
  /** One's own enrolments; a run's enrolments for its trainers, coordinators in scope, admins. */
  'enrolment.read': 'signed-in',
  /** Enrolling other people, in bulk or from a file, reserving seats, promoting from the waiting list. */
  'enrolment.manage': ['admin', 'coordinator'],
  /** Withdrawing (one's own, or as a coordinator in scope), accepting an offered seat. */
  'enrolment.update': 'signed-in',
  /** Approving or rejecting requests of people in the coordinator's scope. */
  'enrolment.approve': ['admin', 'coordinator'],
  /** A session's register: its run's trainers, coordinators whose people or run it is, admins. */
  'attendance.read': ['admin', 'coordinator', 'trainer'],
  /** Marking a register, importing an online meeting's report, showing the check-in code: the run's trainers, admins. */
  'attendance.mark': ['admin', 'trainer'],
  /** Checking oneself in with the code shown in the room (the service checks the enrolment). */
  'attendance.check_in': 'signed-in',
  /** Marking a module of one's own course done or not done. */
  'module.complete': 'signed-in',
  /** A completion's certificate: its owner, the run's trainers, coordinators in scope, admins. */
  'certificate.read': 'signed-in',
  /** All certificates of a run as one file. */
  'certificate.export': ['admin', 'coordinator', 'trainer'],
  /** Files made by a background job, for the person who asked for them. */
  'file.read': 'signed-in',
  /** Completion per organisation and region, the people behind it, who is at risk, and their exports: admins, coordinators (their scope's people). */
  'report.read': ['admin', 'coordinator'],
  /** Runs at a glance (seats, attendance, completions): admins, coordinators of the runs they fill, trainers of their runs. */
  'report.runs.read': ['admin', 'coordinator', 'trainer'],
  /** A run's ESF evidence pack (participant list, attendance sheets, reports, certificates, history). */
  'evidence.export': ['admin', 'coordinator', 'trainer'],
  /**
   * The ESF participant report: entry data including the sensitive indicators, so not every
   * coordinator's: only admins (the project's reporting) for now.
   */
  'esf.report.read': ['admin'],
};

export function holdsPermission(roles: readonly Role[], permission: Permission): boolean {
  const holders = PERMISSION_HOLDERS[permission];
  return holders === 'signed-in' || roles.some((role) => holders.includes(role));
}

/** Every permission that a person with these roles holds, in the order of `PERMISSIONS`. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => holdsPermission(roles, permission));
}
