import type { ConflictingSession } from '@di/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { localisedText } from './session-rows';
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
const PERIODS = `unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(starts_at, ends_at, n)`;

function toClash(row: OtherRow): Clash {
  return {
    index: row.index,
    other: {
      id: row.id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      runTitle: localisedText(row.run_title_lv, row.run_title_en),
      venue: row.venue,
    },
  };
}

/**
 * The first scheduled session, other than `excluded`, in which one of the trainers is booked
 * during one of the periods. (The exclusion constraint on `session_trainer` is what makes this
 * safe under concurrency; this finds the session to name.)
 */
export async function findTrainerConflict(
  manager: EntityManager,
  periods: readonly Period[],
  trainerIds: readonly string[],
  excluded: readonly string[],
): Promise<Clash | null> {
  const rows: OtherRow[] = await manager.query(
    `SELECT (p.n - 1)::int AS index, ${OTHER_COLUMNS}
       FROM ${PERIODS}
       JOIN session_trainer st ON st.active AND st.trainer_id = ANY($3) AND st.period && tstzrange(p.starts_at, p.ends_at)
       JOIN training_session s ON s.id = st.session_id
       JOIN course_run r ON r.id = s.run_id
      WHERE NOT (s.id = ANY($4))
      ORDER BY p.n, s.starts_at
      LIMIT 1`,
    [periods.map((p) => p.startsAt), periods.map((p) => p.endsAt), trainerIds, excluded],
  );
  return rows.length > 0 ? toClash(rows[0]) : null;
}

/** Scheduled in-person sessions, other than `excluded`, at the same venue (case and spaces aside) during the periods. */
export async function findVenueClashes(manager: EntityManager, periods: readonly Period[], venue: string, excluded: readonly string[]): Promise<Clash[]> {
  const rows: OtherRow[] = await manager.query(
    `SELECT (p.n - 1)::int AS index, ${OTHER_COLUMNS}
       FROM ${PERIODS}
       JOIN training_session s ON s.status = 'scheduled' AND s.mode = 'in_person'
                              AND lower(btrim(s.venue)) = lower(btrim($3))
                              AND tstzrange(s.starts_at, s.ends_at) && tstzrange(p.starts_at, p.ends_at)
       JOIN course_run r ON r.id = s.run_id
      WHERE NOT (s.id = ANY($4))
      ORDER BY p.n, s.starts_at
      LIMIT 200`,
    [periods.map((p) => p.startsAt), periods.map((p) => p.endsAt), venue, excluded],
  );
  return rows.map(toClash);
}
