import type { ConflictingSession } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { localised } from '../courses/course-rows';
import type { Period } from './session-times';

/** A trainer would be in two sessions at once; the problem names the session already booked. */
export class TrainerConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'TRAINER_CONFLICT';
  override readonly extensions: { otherSession: ConflictingSession };
  constructor(other: ConflictingSession) {
    super(`A trainer is already booked at that time, in another session (${other.startsAt}–${other.endsAt})`);
    this.extensions = { otherSession: other };
  }
}

/** The venue is taken at that time: a warning the person booking may override with `allowVenueClash`. */
export class VenueClashError extends DomainError {
  readonly status = 409;
  readonly code = 'VENUE_CLASH';
  override readonly extensions: { otherSession: ConflictingSession };
  constructor(other: ConflictingSession) {
    super('The venue is taken at that time by another session; send allowVenueClash: true to book it anyway');
    this.extensions = { otherSession: other };
  }
}

export class SessionCancelledError extends DomainError {
  readonly status = 409;
  readonly code = 'SESSION_CANCELLED';
  constructor() {
    super('The session is cancelled; it cannot be changed');
  }
}

interface OtherRow {
  index: number;
  id: string;
  starts_at: Date;
  ends_at: Date;
  venue: string | null;
  run_title_lv: string;
  run_title_en: string | null;
}

export interface Clash {
  /** Which of the periods asked about. */
  index: number;
  other: ConflictingSession;
}

const OTHER_COLUMNS = `s.id, s.starts_at, s.ends_at, s.venue, r.title_lv AS run_title_lv, r.title_en AS run_title_en`;

/** A period asked about, with who would train in it. */
export interface TrainerBooking extends Period {
  trainerIds: readonly string[];
}

/** A period asked about, at a venue. */
export interface VenueBooking extends Period {
  venue: string;
}

function toClash(row: OtherRow): Clash {
  return {
    index: row.index,
    other: {
      id: row.id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      runTitle: localised(row.run_title_lv, row.run_title_en),
      venue: row.venue,
    },
  };
}

/**
 * The first scheduled session, other than `excluded`, in which one of a booking's trainers is
 * booked during its period (one statement for any number of bookings). The exclusion constraint
 * on `session_trainer` is what makes this safe under concurrency; this finds the session to name.
 */
export async function findTrainerConflict(manager: EntityManager, bookings: readonly TrainerBooking[], excluded: readonly string[]): Promise<Clash | null> {
  if (bookings.length === 0) return null;
  const rows: OtherRow[] = await manager.query(
    `SELECT (p.n - 1)::int AS index, ${OTHER_COLUMNS}
       FROM unnest($1::timestamptz[], $2::timestamptz[], $3::text[]) WITH ORDINALITY AS p(starts_at, ends_at, trainers, n)
       JOIN session_trainer st ON st.active AND st.trainer_id = ANY(string_to_array(p.trainers, ',')::uuid[]) AND st.period && tstzrange(p.starts_at, p.ends_at)
       JOIN training_session s ON s.id = st.session_id
       JOIN course_run r ON r.id = s.run_id
      WHERE NOT (s.id = ANY($4))
      ORDER BY p.n, s.starts_at
      LIMIT 1`,
    [bookings.map((b) => b.startsAt), bookings.map((b) => b.endsAt), bookings.map((b) => b.trainerIds.join(',')), excluded],
  );
  return rows.length > 0 ? toClash(rows[0]) : null;
}

/** Scheduled in-person sessions, other than `excluded`, at a booking's venue (case and spaces aside) during its period. */
export async function findVenueClashes(manager: EntityManager, bookings: readonly VenueBooking[], excluded: readonly string[]): Promise<Clash[]> {
  if (bookings.length === 0) return [];
  const rows: OtherRow[] = await manager.query(
    `SELECT (p.n - 1)::int AS index, ${OTHER_COLUMNS}
       FROM unnest($1::timestamptz[], $2::timestamptz[], $3::text[]) WITH ORDINALITY AS p(starts_at, ends_at, venue, n)
       JOIN training_session s ON s.status = 'scheduled' AND s.mode = 'in_person'
                              AND lower(btrim(s.venue)) = lower(btrim(p.venue))
                              AND tstzrange(s.starts_at, s.ends_at) && tstzrange(p.starts_at, p.ends_at)
       JOIN course_run r ON r.id = s.run_id
      WHERE NOT (s.id = ANY($4))
      ORDER BY p.n, s.starts_at
      LIMIT 200`,
    [bookings.map((b) => b.startsAt), bookings.map((b) => b.endsAt), bookings.map((b) => b.venue), excluded],
  );
  return rows.map(toClash);
}
