import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@di/contracts';
import { DataSource } from 'typeorm';
import { SEAT_STATUSES } from '../calendar/calendar-sessions.repository';
import { locationOf } from '../calendar/calendar-ics';
import { MailService } from '../mail/mail.service';
import { renderSessionReminder } from '../mail/session-mail-templates';

interface DueSession {
  id: string;
  starts_at: Date;
  ends_at: Date;
  mode: 'online' | 'in_person';
  meeting_url: string | null;
  venue: string | null;
  address: string | null;
  title_lv: string | null;
  title_en: string | null;
  course_title_lv: string;
  course_title_en: string | null;
}

interface Claimed {
  user_id: string;
  email: string;
  full_name: string;
  language: Locale;
}

const BATCH = 200;

/**
 * Reminders of sessions starting within REMINDER_LEAD_HOURS, to everyone holding a seat. A
 * reminder is claimed in `session_reminder` (keyed by session, person and start time) in the
 * transaction that puts its email in the outbox, so two processes sweeping at once send it once,
 * and a session moved to another time is reminded of again.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: ConfigService,
  ) {}

  /** Sends the reminders due now; answers how many were queued. */
  async sweep(): Promise<number> {
    const leadHours = this.config.get<number>('REMINDER_LEAD_HOURS') ?? 24;
    const due: DueSession[] = await this.dataSource.query(
      `SELECT s.id, s.starts_at, s.ends_at, s.mode, s.meeting_url, s.venue, s.address, s.title_lv, s.title_en,
              c.title_lv AS course_title_lv, c.title_en AS course_title_en
         FROM training_session s JOIN course_run r ON r.id = s.run_id JOIN course c ON c.id = r.course_id
        WHERE s.status = 'scheduled' AND r.status <> 'cancelled'
          AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => $1)
        ORDER BY s.starts_at LIMIT ${BATCH}`,
      [leadHours],
    );
    let sent = 0;
    for (const session of due) sent += await this.remind(session);
    if (sent > 0) this.logger.log(`Queued ${sent} session reminder(s)`);
    return sent;
  }

  private remind(session: DueSession): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: Claimed[] = await manager.query(
        `WITH claimed AS (
           INSERT INTO session_reminder (session_id, user_id, starts_at)
           SELECT $1, e.user_id, $2 FROM enrolment e JOIN app_user u ON u.id = e.user_id
            WHERE e.run_id = (SELECT run_id FROM training_session WHERE id = $1) AND e.status = ANY($3) AND u.active
           ON CONFLICT DO NOTHING
           RETURNING user_id)
         SELECT u.id AS user_id, u.email, u.full_name, u.language FROM claimed JOIN app_user u ON u.id = claimed.user_id`,
        [session.id, session.starts_at, SEAT_STATUSES],
      );
      for (const person of claimed) {
        const en = person.language === 'en';
        const course = (en && session.course_title_en) || session.course_title_lv;
        const own = (en && session.title_en) || session.title_lv;
        await this.mail.enqueue(
          renderSessionReminder({
            to: person.email,
            language: person.language,
            fullName: person.full_name,
            title: own ? `${course}: ${own}` : course,
            startsAt: session.starts_at,
            endsAt: session.ends_at,
            mode: session.mode,
            meetingUrl: session.meeting_url,
            place: locationOf({ mode: 'in_person', meetingUrl: null, venue: session.venue, address: session.address }),
          }),
          manager,
        );
      }
      return claimed.length;
    });
  }
}
