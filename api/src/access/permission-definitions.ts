import type { Permission, Role } from '@di/contracts';
import { everything, inCoordinatorScope, type Reach } from './reach';

/** The objects permissions act on: the table behind each, and the permission that makes one visible. */
export const RESOURCES = {
  user: { table: 'app_user', label: 'The person', readPermission: 'user.read' },
  organisation: { table: 'organisation', label: 'The organisation', readPermission: 'organisation.read' },
} as const satisfies Record<string, { table: string; label: string; readPermission: Permission }>;
export type ResourceName = keyof typeof RESOURCES;

/**
 * For a permission that acts on objects: which resource, and how each role holding it reaches
 * them (`signed-in` for everyone who holds it; roles without an entry reach nothing).
 * Who holds a permission at all is `PERMISSION_HOLDERS` in the contracts.
 */
export interface ObjectPermission {
  resource: ResourceName;
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
};
