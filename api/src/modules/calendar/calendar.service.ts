import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarFeed, CalendarSession, Locale } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { InvalidInputError, NotFoundError } from '../../errors/domain-error';
import { SigningSecretService } from '../auth/signing-secret.service';
import { sessionsCalendar } from './calendar-ics';
import { CalendarSessionsRepository, type CalendarRelation } from './calendar-sessions.repository';
import type { MySessionsQueryDto } from './dto/my-sessions-query.dto';
import { feedIdOf, feedToken } from './feed-token';

const DAY_MS = 24 * 3600 * 1000;
const DEFAULT_DAYS = 90;
const MAX_DAYS = 400;
/** What a subscribed calendar shows: the recent past and the year ahead. */
const FEED_PAST_DAYS = 60;
const FEED_FUTURE_DAYS = 400;

export interface IcsFile {
  body: string;
  fileName: string;
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: CalendarSessionsRepository,
    private readonly policy: AccessPolicy,
    private readonly secret: SigningSecretService,
  ) {}

  async mySessions(actor: Actor, query: MySessionsQueryDto): Promise<{ items: CalendarSession[] }> {
    const from = query.from ? new Date(query.from) : new Date();
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + DEFAULT_DAYS * DAY_MS);
    if (to.getTime() <= from.getTime()) throw new InvalidInputError([{ field: 'to', message: 'to must be later than from' }]);
    if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw new InvalidInputError([{ field: 'to', message: `to must be at most ${MAX_DAYS} days after from` }]);
    const relations: CalendarRelation[] = query.as ? [query.as] : ['participant', 'trainer'];
    return { items: await this.sessions.ofPerson(actor.id, from, to, relations) };
  }

  /** One session as a file, for anyone who may read it. */
  async sessionIcs(actor: Actor, sessionId: string): Promise<IcsFile> {
    await this.policy.require(actor, 'session.read', [sessionId]);
    const session = await this.sessions.one(sessionId, actor.id);
    if (!session) throw new NotFoundError('The session');
    return { body: sessionsCalendar([session], actor.language, 'PUBLISH'), fileName: `session-${session.startsAt.slice(0, 10)}.ics` };
  }

  /** The caller's feed address, made on first ask. */
  async feed(actor: Actor, origin: string): Promise<CalendarFeed> {
    await this.dataSource.query(`INSERT INTO calendar_feed (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [actor.id]);
    const [row]: { id: string; created_at: Date }[] = await this.dataSource.query(`SELECT id, created_at FROM calendar_feed WHERE user_id = $1`, [actor.id]);
    return this.toFeed(row, origin);
  }

  /** A new address; the old one answers 404 from now on. */
  async renewFeed(actor: Actor, origin: string): Promise<CalendarFeed> {
    const [row]: { id: string; created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO calendar_feed (user_id) VALUES ($1)
       ON CONFLICT (user_id) DO UPDATE SET id = gen_random_uuid(), created_at = now()
       RETURNING id, created_at`,
      [actor.id],
    );
    return this.toFeed(row, origin);
  }

  async revokeFeed(actor: Actor): Promise<void> {
    await this.dataSource.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [actor.id]);
  }

  /** The feed behind a token, as iCalendar text; an unknown, altered or revoked token is not found. */
  async feedContent(token: string): Promise<string> {
    const feedId = feedIdOf(await this.secret.get(), token);
    const [owner]: { user_id: string; language: Locale }[] = feedId
      ? await this.dataSource.query(
          `SELECT f.user_id, u.language FROM calendar_feed f JOIN app_user u ON u.id = f.user_id WHERE f.id = $1 AND u.active`,
          [feedId],
        )
      : [];
    if (!owner) throw new NotFoundError('The calendar');
    const now = Date.now();
    const sessions = await this.sessions.ofPerson(owner.user_id, new Date(now - FEED_PAST_DAYS * DAY_MS), new Date(now + FEED_FUTURE_DAYS * DAY_MS), [
      'participant',
      'trainer',
    ]);
    return sessionsCalendar(sessions, owner.language, 'PUBLISH');
  }

  private async toFeed(row: { id: string; created_at: Date }, origin: string): Promise<CalendarFeed> {
    const token = feedToken(await this.secret.get(), row.id);
    return { url: `${origin.replace(/\/+$/, '')}/api/calendar/${token}.ics`, createdAt: row.created_at.toISOString() };
  }
}
