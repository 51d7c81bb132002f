import type { TrainingSession } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { InvalidInputError } from '../../errors/domain-error';
import type { UpdateSessionDto } from './dto/session.dto';

/** What a change may set on a session besides its time (which session-times.ts plans). */
export interface SessionValues {
  titleLv: string | null;
  titleEn: string | null;
  mode: TrainingSession['mode'];
  meetingUrl: string | null;
  venue: string | null;
  address: string | null;
  capacity: number | null;
  moduleId: string | null;
  trainerIds: string[];
}

/** Fields an attendee's calendar shows: a change to one moves the iCalendar SEQUENCE on. */
export const VISIBLE_FIELDS = ['titleLv', 'titleEn', 'mode', 'meetingUrl', 'venue', 'address'] as const;
/** Fields whose change the people enrolled are told of (with the time). */
export const PLACE_FIELDS = ['mode', 'meetingUrl', 'venue', 'address'] as const;

export function valuesOfSession(session: TrainingSession): SessionValues {
  return {
    titleLv: session.title?.lv ?? null,
    titleEn: session.title?.en ?? null,
    mode: session.mode,
    meetingUrl: session.meetingUrl,
    venue: session.venue,
    address: session.address,
    capacity: session.capacity,
    moduleId: session.moduleId,
    trainerIds: [...session.trainerIds].sort(),
  };
}

type ValueInput = Pick<UpdateSessionDto, 'title' | 'mode' | 'meetingUrl' | 'venue' | 'address' | 'capacity' | 'moduleId' | 'trainerIds'>;

export function withSessionInput(base: SessionValues, input: ValueInput): SessionValues {
  const next = { ...base };
  if (input.title !== undefined) {
    next.titleLv = input.title?.lv ?? null;
    next.titleEn = input.title?.en || null;
  }
  if (input.mode !== undefined) next.mode = input.mode;
  if (input.meetingUrl !== undefined) next.meetingUrl = input.meetingUrl;
  if (input.venue !== undefined) next.venue = input.venue;
  if (input.address !== undefined) next.address = input.address;
  if (input.capacity !== undefined) next.capacity = input.capacity;
  if (input.moduleId !== undefined) next.moduleId = input.moduleId;
  if (input.trainerIds !== undefined) next.trainerIds = [...input.trainerIds].sort();
  return next;
}

/** An online session needs its link, one in person its venue. */
export function assertPlace(values: Pick<SessionValues, 'mode' | 'meetingUrl' | 'venue'>): void {
  if (values.mode === 'online' && !values.meetingUrl) {
    throw new InvalidInputError([{ field: 'meetingUrl', message: 'An online session needs its meeting link (http or https)' }]);
  }
  if (values.mode === 'in_person' && !values.venue) {
    throw new InvalidInputError([{ field: 'venue', message: 'A session in person needs its venue' }]);
  }
}

/** A session's module must be one of its run's course. */
export async function assertModuleOfCourse(manager: EntityManager, moduleId: string | null, courseId: string): Promise<void> {
  if (moduleId === null) return;
  const rows: unknown[] = await manager.query(`SELECT 1 FROM course_module WHERE id = $1 AND course_id = $2`, [moduleId, courseId]);
  if (rows.length === 0) throw new InvalidInputError([{ field: 'moduleId', message: "moduleId is not a module of the run's course" }]);
}
