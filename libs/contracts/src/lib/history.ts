/** Kinds of object whose changes are kept (attendance marks are in their enrolment's history). */
export const HISTORY_OBJECT_TYPES = ['user', 'project', 'course', 'module', 'run', 'session', 'enrolment'] as const;
export type HistoryObjectType = (typeof HISTORY_OBJECT_TYPES)[number];

/** One change to an object: who, when, what it was and what it became. */
export interface HistoryEntry {
  id: string;
  occurredAt: string;
  action: string;
  /** Null when the platform itself made the change (a job, the first-admin setup). */
  actor: { id: string; fullName: string } | null;
  objectType: HistoryObjectType;
  objectId: string;
  /** The changed fields before and after; fields that are secrets never appear. */
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown> | null;
}
