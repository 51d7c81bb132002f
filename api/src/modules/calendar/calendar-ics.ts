import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import type { CalendarSession, Locale } from '@di/contracts';
import { RIGA_ZONE } from '../../time/riga-time';

/** How long a calendar app should wait before asking for the feed again. */
export const FEED_REFRESH_SECONDS = 3600;

const CALENDAR_NAME: Record<Locale, string> = { lv: 'DI mācības – manas nodarbības', en: 'DI training – my sessions' };
const CANCELLED_PREFIX: Record<Locale, string> = { lv: 'ATCELTS: ', en: 'CANCELLED: ' };

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** The one UID a session has in every calendar, feed or email, for as long as it exists. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@di-training`;
}

function inRiga(instant: string): DateTime {
  // ical-generator writes a JS Date in the process's zone; a luxon time in Riga is written as Riga time.
  return DateTime.fromISO(instant, { zone: RIGA_ZONE });
}

function textIn(text: { lv: string; en?: string } | null, language: Locale): string | null {
  if (!text) return null;
  return language === 'en' && text.en ? text.en : text.lv;
}

function summaryOf(session: CalendarSession, language: Locale): string {
  const course = textIn(session.courseTitle, language) ?? '';
  const own = textIn(session.title, language);
  const summary = own ? `${course}: ${own}` : course;
  // Some Outlook subscriptions show cancelled events as if they were on: say it in the title too.
  return session.status === 'cancelled' ? `${CANCELLED_PREFIX[language]}${summary}` : summary;
}

export function locationOf(session: Pick<CalendarSession, 'mode' | 'meetingUrl' | 'venue' | 'address'>): string | null {
  if (session.mode === 'online') return session.meetingUrl;
  const place = [session.venue, session.address].filter((part): part is string => !!part && part.trim() !== '');
  return place.length > 0 ? place.join(', ') : null;
}

/**
 * An iCalendar text of sessions, times written in Europe/Riga with its VTIMEZONE (Outlook
 * needs one for every TZID). `PUBLISH` for feeds and downloads; `REQUEST`/`CANCEL` for email.
 */
export function sessionsCalendar(sessions: readonly CalendarSession[], language: Locale, method: IcsMethod, now = new Date()): string {
  const calendar = ical({
    prodId: { company: 'di-training', product: 'calendar', language: language.toUpperCase() },
    method: method as ICalCalendarMethod,
    name: CALENDAR_NAME[language],
    // No calendar-wide zone: ical-generator would write DTSTAMP in it, without the Z it must have.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: method === 'PUBLISH' ? FEED_REFRESH_SECONDS : null,
    x: { 'X-WR-TIMEZONE': RIGA_ZONE },
  });
  for (const session of sessions) {
    const cancelled = session.status === 'cancelled' || method === 'CANCEL';
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.sequence,
      stamp: now,
      start: inRiga(session.startsAt),
      end: inRiga(session.endsAt),
      timezone: RIGA_ZONE,
      summary: summaryOf({ ...session, status: cancelled ? 'cancelled' : session.status }, language),
      description: cancelled && session.cancellationReason ? session.cancellationReason : null,
      location: locationOf(session),
      url: session.mode === 'online' ? session.meetingUrl : null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
