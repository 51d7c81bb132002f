import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarSession, LocalisedText } from '@di/contracts';
import { DataSource } from 'typeorm';

/** Enrolment statuses that hold a seat (the people a session is for). */
export const SEAT_STATUSES = ['enrolled', 'completed', 'not_completed'] as const;

export type CalendarRelation = CalendarSession['relation'];

interface SessionRow {
  id: string;
  run_id: string;
  series_id: string | null;
  title_lv: string | null;
  title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: CalendarSession['mode'];
  meeting_url: string | null;
  venue: string | null;
  address: string | null;
  capacity: number | null;
  module_id: string | null;
  status: CalendarSession['status'];
  cancellation_reason: string | null;
  sequence: number;
  version: number;
  trainer_ids: string[];
  run_title_lv: string;
  run_title_en: string | null;
  course_id: string;
  course_title_lv: string;
  course_title_en: string | null;
  relation: CalendarRelation;
}

const text = (lv: string, en: string | null): LocalisedText => (en ? { lv, en } : { lv });

const SELECT = `
  SELECT s.id, s.run_id, s.series_id, s.title_lv, s.title_en, s.starts_at, s.ends_at, s.mode, s.meeting_url,
         s.venue, s.address, s.capacity, s.module_id, s.status, s.cancellation_reason, s.sequence, s.version,
         coalesce((SELECT array_agg(st.trainer_id::text ORDER BY st.trainer_id) FROM session_trainer st WHERE st.session_id = s.id), '{}') AS trainer_ids,
         r.title_lv AS run_title_lv, r.title_en AS run_title_en, c.id AS course_id, c.title_lv AS course_title_lv, c.title_en AS course_title_en`;

const trains = (userParam: string) => `EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id AND st.trainer_id = ${userParam})`;

/** The columns, with how the person (`userParam`) relates to each session, and the tables behind them. */
const sessionsOf = (userParam: string) => `${SELECT},
         CASE WHEN ${trains(userParam)} THEN 'trainer' ELSE 'participant' END AS relation
        FROM training_session s
        JOIN course_run r ON r.id = s.run_id
        JOIN course c ON c.id = r.course_id`;

/** A person's sessions, read straight from the tables (the calendar needs no run or session service). */
@Injectable()
export class CalendarSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sessions starting in [from, to) that the person holds a seat in (participant) or trains. */
  async ofPerson(userId: string, from: Date, to: Date, relations: readonly CalendarRelation[]): Promise<CalendarSession[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `${sessionsOf('$1')}
       WHERE s.starts_at >= $2 AND s.starts_at < $3
         AND (('trainer' = ANY($4) AND ${trains('$1')})
           OR ('participant' = ANY($4) AND EXISTS (SELECT 1 FROM enrolment e WHERE e.run_id = s.run_id AND e.user_id = $1 AND e.status = ANY($5))))
       ORDER BY s.starts_at, s.id
       LIMIT 2000`,
      [userId, from, to, relations, SEAT_STATUSES],
    );
    return rows.map(toCalendarSession);
  }

  async one(sessionId: string, userId: string): Promise<CalendarSession | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `${sessionsOf('$2')}
       WHERE s.id = $1`,
      [sessionId, userId],
    );
    return rows.length > 0 ? toCalendarSession(rows[0]) : null;
  }
}

function toCalendarSession(row: SessionRow): CalendarSession {
  return {
    id: row.id,
    runId: row.run_id,
    seriesId: row.series_id,
    title: row.title_lv ? text(row.title_lv, row.title_en) : null,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    mode: row.mode,
    meetingUrl: row.meeting_url,
    venue: row.venue,
    address: row.address,
    trainerIds: row.trainer_ids,
    capacity: row.capacity,
    moduleId: row.module_id,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    sequence: row.sequence,
    version: row.version,
    runTitle: text(row.run_title_lv, row.run_title_en),
    courseId: row.course_id,
    courseTitle: text(row.course_title_lv, row.course_title_en),
    relation: row.relation,
  };
}
