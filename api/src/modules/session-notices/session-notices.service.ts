import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarSession, Locale, LocalisedText } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarSessionsRepository, SEAT_STATUSES } from '../calendar/calendar-sessions.repository';
import { locationOf, sessionsCalendar } from '../calendar/calendar-ics';
import { MailService } from '../mail/mail.service';
import type { MailAttachment, RenderedOutgoingMail } from '../mail/outgoing-mail';
import { renderSessionCancelled, renderSessionRescheduled, type SessionMailFacts } from '../mail/session-mail-templates';
import type { SessionChangeJob } from '../sessions/session-change-queue';

interface Claimed {
  user_id: string;
  email: string;
  full_name: string;
  language: Locale;
}

/** No one: the session is read for its notice, in which how a person relates to it plays no part. */
const NOBODY = '00000000-0000-0000-0000-000000000000';
export const NOTICE_FILE_NAME = 'session.ics';

const textIn = (text: LocalisedText, language: Locale) => (language === 'en' && text.en) || text.lv;

/**
 * Tells everyone holding a seat that a session has moved or been cancelled, with an `.ics` that
 * updates their calendar. Each notice is claimed in `session_notice` (session, person, sequence)
 * in the transaction that puts its email in the outbox: a job retried, or taken by two
 * processes, tells each person once per version of the session.
 *
 * The notice says what the session is now, whatever the job says changed: of two changes in
 * quick succession (moved, then cancelled), the first job to run tells of the latest, and the
 * later job finds it told already, rather than the cancellation going unsaid.
 */
@Injectable()
export class SessionNoticesService {
  private readonly logger = new Logger('SessionNotices');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: CalendarSessionsRepository,
    private readonly mail: MailService,
  ) {}

  /** Answers how many emails were queued. */
  async notify(job: SessionChangeJob): Promise<number> {
    let queued = 0;
    for (const sessionId of new Set(job.sessionIds)) queued += await this.notifyOf(sessionId);
    if (queued > 0) this.logger.log(`Queued ${queued} session notice(s) of a change (${job.change})`);
    return queued;
  }

  private async notifyOf(sessionId: string): Promise<number> {
    const session = await this.sessions.one(sessionId, NOBODY);
    if (!session) return 0;
    return this.dataSource.transaction(async (manager) => {
      const claimed = await this.claim(manager, session);
      const calendars = new Map<Locale, MailAttachment>();
      for (const person of claimed) {
        let calendar = calendars.get(person.language);
        if (!calendar) {
          calendar = calendarAttachment(session, person.language);
          calendars.set(person.language, calendar);
        }
        await this.mail.enqueue({ ...render(session, person), attachments: [calendar] }, manager);
      }
      return claimed.length;
    });
  }

  /**
   * The people to tell of this version of the session, not told of it yet. Nobody when the run is
   * cancelled (its people are told of that instead) or when the session has changed again since it
   * was read: the job of that change tells of it.
   */
  private claim(manager: EntityManager, session: CalendarSession): Promise<Claimed[]> {
    return manager.query(
      `WITH claimed AS (
         INSERT INTO session_notice (session_id, user_id, sequence)
         SELECT s.id, e.user_id, s.sequence
           FROM training_session s
           JOIN course_run r ON r.id = s.run_id
           JOIN enrolment e ON e.run_id = s.run_id
           JOIN app_user u ON u.id = e.user_id
          WHERE s.id = $1 AND s.sequence = $2 AND s.status = $3 AND r.status <> 'cancelled'
            AND e.status = ANY($4) AND u.active
         ON CONFLICT DO NOTHING
         RETURNING user_id)
       SELECT u.id AS user_id, u.email, u.full_name, u.language FROM claimed JOIN app_user u ON u.id = claimed.user_id`,
      [session.id, session.sequence, session.status, SEAT_STATUSES],
    );
  }
}

function render(session: CalendarSession, person: Claimed): RenderedOutgoingMail {
  const course = textIn(session.courseTitle, person.language);
  const own = session.title ? textIn(session.title, person.language) : null;
  const facts: SessionMailFacts = {
    to: person.email,
    language: person.language,
    fullName: person.full_name,
    title: own ? `${course}: ${own}` : course,
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    mode: session.mode,
    meetingUrl: session.meetingUrl,
    place: locationOf({ mode: 'in_person', meetingUrl: null, venue: session.venue, address: session.address }),
  };
  return session.status === 'cancelled' ? renderSessionCancelled({ ...facts, reason: session.cancellationReason }) : renderSessionRescheduled(facts);
}

function calendarAttachment(session: CalendarSession, language: Locale): MailAttachment {
  const method = session.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return {
    filename: NOTICE_FILE_NAME,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: sessionsCalendar([session], language, method),
  };
}
