import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SEAT_HOLDING_STATUSES, type CalendarSession } from '@di/contracts';
import { DataSource } from 'typeorm';
import { localised } from '../courses/course-rows';
import { SESSION_COLUMNS, toSession, type SessionRow } from '../sessions/session-rows';

/** Enrolment statuses that hold a seat (the people a session is for). */
export const SEAT_STATUSES = SEAT_HOLDING_STATUSES;

export type CalendarRelation = CalendarSession['relation'];

interface CalendarSessionRow extends SessionRow {
  run_title_lv: string;
  run_title_en: string | null;
  course_id: string;
  course_title_lv: string;
  course_title_en: string | null;
  relation: CalendarRelation;
}

const SELECT = `
  SELECT ${SESSION_COLUMNS},
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
    const rows: CalendarSessionRow[] = await this.dataSource.query(
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
    const rows: CalendarSessionRow[] = await this.dataSource.query(
      `${sessionsOf('$2')}
       WHERE s.id = $1`,
      [sessionId, userId],
    );
    return rows.length > 0 ? toCalendarSession(rows[0]) : null;
  }
}

function toCalendarSession(row: CalendarSessionRow): CalendarSession {
  return {
    ...toSession(row),
    runTitle: localised(row.run_title_lv, row.run_title_en),
    courseId: row.course_id,
    courseTitle: localised(row.course_title_lv, row.course_title_en),
    relation: row.relation,
  };
}
