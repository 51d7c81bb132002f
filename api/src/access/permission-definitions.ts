import type { Permission, Role } from '@di/contracts';
import {
  courseNotDraft,
  enrolmentInCoordinatorScope,
  everything,
  inCoordinatorScope,
  ownRow,
  runForCoordinatorEnrolment,
  runInCoordinatorScope,
  through,
  trainerOfRun,
  type Reach,
} from './reach';

/** The objects permissions act on: the table behind each, and the permission that makes one visible. */
export const RESOURCES = {
  user: { table: 'app_user', label: 'The person', readPermission: 'user.read' },
  organisation: { table: 'organisation', label: 'The organisation', readPermission: 'organisation.read' },
  project: { table: 'project', label: 'The project', readPermission: 'project.read' },
  course: { table: 'course', label: 'The course', readPermission: 'course.read' },
  module: { table: 'course_module', label: 'The module', readPermission: 'module.read' },
  attachment: { table: 'module_attachment', label: 'The attachment', readPermission: 'attachment.read' },
  run: { table: 'course_run', label: 'The course run', readPermission: 'run.read' },
  session: { table: 'training_session', label: 'The session', readPermission: 'session.read' },
  enrolment: { table: 'enrolment', label: 'The enrolment', readPermission: 'enrolment.read' },
  file: { table: 'generated_file', label: 'The file', readPermission: 'file.read' },
} as const satisfies Record<string, { table: string; label: string; readPermission: Permission }>;
export type ResourceName = keyof typeof RESOURCES;

/**
 * For a permission that acts on objects: which resource, and how each role holding it reaches
 * them (`signed-in` for everyone who holds it; roles without an entry reach nothing).
 * Who holds a permission at all is `PERMISSION_HOLDERS` in the contracts.
 */
export interface ObjectPermission {
  resource: ResourceName;
  /** Refused objects are 404 even to those who may read them (enrolling into a run outside one's scope). */
  refusalIsNotFound?: boolean;
  reach: Partial<Record<Role | 'signed-in', Reach>>;
}

/** Permissions without an entry are about no particular object (one's own profile, the outbox, jobs). */
export const OBJECT_PERMISSIONS: Partial<Record<Permission, ObjectPermission>> = {
  'organisation.read': { resource: 'organisation', reach: { 'signed-in': everything } },
  'user.read': { resource: 'user', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  'user.update': { resource: 'user', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  'user.invite': { resource: 'user', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  'user.history.read': { resource: 'user', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  // Creating a person (or moving one) places them in an organisation: the object is that organisation.
  'user.create': { resource: 'organisation', reach: { admin: everything, coordinator: inCoordinatorScope('id') } },
  'project.read': { resource: 'project', reach: { 'signed-in': everything } },
  'project.write': { resource: 'project', reach: { admin: everything } },
  'course.read': { resource: 'course', reach: { 'signed-in': courseNotDraft, admin: everything, coordinator: everything, trainer: everything } },
  'course.write': { resource: 'course', reach: { admin: everything } },
  'module.read': {
    resource: 'module',
    reach: { 'signed-in': through('course', 'course_id', courseNotDraft), admin: everything, coordinator: everything, trainer: everything },
  },
  'module.write': { resource: 'module', reach: { admin: everything } },
  'attachment.read': {
    resource: 'attachment',
    reach: { 'signed-in': through('course_module', 'module_id', through('course', 'course_id', courseNotDraft)), admin: everything, coordinator: everything, trainer: everything },
  },
  'attachment.write': { resource: 'attachment', reach: { admin: everything } },
  'run.read': {
    resource: 'run',
    reach: { 'signed-in': through('course', 'course_id', courseNotDraft), admin: everything, coordinator: everything, trainer: everything },
  },
  // The run's course is the object; which region the new run may be organised in is the service's check.
  'run.create': { resource: 'course', reach: { admin: everything, coordinator: everything } },
  'run.update': { resource: 'run', reach: { admin: everything, coordinator: runInCoordinatorScope } },
  'session.read': {
    resource: 'session',
    reach: {
      'signed-in': through('course_run', 'run_id', through('course', 'course_id', courseNotDraft)),
      admin: everything,
      coordinator: everything,
      trainer: everything,
    },
  },
  'session.create': { resource: 'run', reach: { admin: everything, coordinator: runInCoordinatorScope, trainer: trainerOfRun } },
  'session.update': {
    resource: 'session',
    reach: { admin: everything, coordinator: through('course_run', 'run_id', runInCoordinatorScope), trainer: through('course_run', 'run_id', trainerOfRun) },
  },
  // Enrolling oneself reaches as far as reading the run; enrolling others needs `enrolment.manage` too.
  'enrolment.create': {
    resource: 'run',
    reach: { 'signed-in': through('course', 'course_id', courseNotDraft), admin: everything, coordinator: everything, trainer: everything },
  },
  'enrolment.manage': { resource: 'run', refusalIsNotFound: true, reach: { admin: everything, coordinator: runForCoordinatorEnrolment } },
  'enrolment.read': {
    resource: 'enrolment',
    reach: { 'signed-in': ownRow('user_id'), admin: everything, coordinator: enrolmentInCoordinatorScope, trainer: through('course_run', 'run_id', trainerOfRun) },
  },
  'enrolment.update': { resource: 'enrolment', reach: { 'signed-in': ownRow('user_id'), admin: everything, coordinator: enrolmentInCoordinatorScope } },
  // A request is decided by a coordinator whose scope holds the person's organisation (or an admin).
  'enrolment.approve': { resource: 'enrolment', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  'attendance.read': {
    resource: 'session',
    reach: { admin: everything, coordinator: through('course_run', 'run_id', runForCoordinatorEnrolment), trainer: through('course_run', 'run_id', trainerOfRun) },
  },
  'attendance.mark': { resource: 'session', reach: { admin: everything, trainer: through('course_run', 'run_id', trainerOfRun) } },
  // Whoever may read the session may try; only a seat in its run and the right code mark anyone.
  'attendance.check_in': {
    resource: 'session',
    reach: { 'signed-in': through('course_run', 'run_id', through('course', 'course_id', courseNotDraft)), admin: everything, coordinator: everything, trainer: everything },
  },
  'module.complete': { resource: 'module', reach: { 'signed-in': through('course', 'course_id', courseNotDraft) } },
  'certificate.read': {
    resource: 'enrolment',
    reach: { 'signed-in': ownRow('user_id'), admin: everything, coordinator: enrolmentInCoordinatorScope, trainer: through('course_run', 'run_id', trainerOfRun) },
  },
  'certificate.export': { resource: 'run', reach: { admin: everything, coordinator: runInCoordinatorScope, trainer: trainerOfRun } },
  // Only the person who asked: the file holds other people's data that they were allowed to see then.
  'file.read': { resource: 'file', reach: { 'signed-in': ownRow('requested_by') } },
  // Rows of people: each counted where they belonged when they enrolled, so a coordinator's report holds their scope's people only.
  'report.read': { resource: 'enrolment', reach: { admin: everything, coordinator: inCoordinatorScope('organisation_id') } },
  'report.runs.read': { resource: 'run', reach: { admin: everything, coordinator: runForCoordinatorEnrolment, trainer: trainerOfRun } },
  // Out of reach is not found, even to staff who may read the run: the evidence is its people's data.
  'esf.report.read': { resource: 'project', reach: { admin: everything } },
  'evidence.export': { resource: 'run', refusalIsNotFound: true, reach: { admin: everything, coordinator: runInCoordinatorScope, trainer: trainerOfRun } },
};
