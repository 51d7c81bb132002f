import { API_PATHS, type CalendarSession } from '@di/contracts';
import { PARTICIPANT } from '../../core/auth/auth.testing';
import { settle, text } from '../../testing/dom.testing';
import { openRoute } from '../../testing/route.testing';
import { appRoutes } from '../../app.routes';
import { agendaDays, parseWeek, viewRange, weekDays } from './calendar-view';

function session(id: string, startsAt: string, endsAt: string, extra: Partial<CalendarSession> = {}): CalendarSession {
  return {
    id,
    runId: 'run-1',
    seriesId: null,
    title: null,
    startsAt,
    endsAt,
    mode: 'online',
    meetingUrl: 'https://meet.example.invalid/vsac',
    venue: null,
    address: null,
    trainerIds: [],
    capacity: null,
    moduleId: null,
    status: 'scheduled',
    cancellationReason: null,
    sequence: 0,
    version: 1,
    runTitle: { lv: 'VSAC cikls (tiešsaistē)' },
    courseId: 'course-1',
    courseTitle: { lv: 'VSAC darbinieku apmācības' },
    relation: 'participant',
    ...extra,
  };
}

describe('calendar views', () => {
  it('weeks start on Monday, in Riga time', () => {
    expect(parseWeek('2026-12-06')).toBe('2026-11-30');
    expect(parseWeek('nonsense', '2026-12-04')).toBe('2026-11-30');
    expect(viewRange('week', '2026-11-30')).toEqual({
      from: '2026-11-29T22:00:00.000Z',
      to: '2026-12-06T22:00:00.000Z',
    });
  });

  it('groups by Riga day: 23:30 UTC is already the next day in Riga', () => {
    const days = agendaDays([session('b', '2026-12-04T23:30:00Z', '2026-12-05T00:30:00Z'), session('a', '2026-12-04T08:00:00Z', '2026-12-04T11:00:00Z')]);
    expect(days.map((day) => [day.date, day.sessions.map((s) => s.id)])).toEqual([
      ['2026-12-04', ['a']],
      ['2026-12-05', ['b']],
    ]);
    expect(weekDays('2026-11-30', []).map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('CalendarPage', () => {
  it('shows the week from the URL, cancelled sessions marked in words', async () => {
    const { page, http } = await openRoute('/my-sessions?view=week&week=2026-12-02', appRoutes, PARTICIPANT);
    const request = http.expectOne((r) => r.url === API_PATHS.meSessions);
    expect(request.request.params.get('from')).toBe('2026-11-29T22:00:00.000Z');
    expect(request.request.params.get('as')).toBe('participant');
    request.flush({
      items: [
        session('s-1', '2026-12-04T08:00:00Z', '2026-12-04T11:00:00Z'),
        session('s-2', '2026-12-05T08:00:00Z', '2026-12-05T11:00:00Z', { status: 'cancelled', cancellationReason: 'Slimība' }),
      ],
    });
    await settle();
    expect(page.querySelectorAll('section.day')).toHaveLength(7);
    expect(text(page.querySelector('section.day h3'))).toBe('pirmdiena, 30.11.2026');
    const friday = page.querySelector('section[data-date="2026-12-04"]');
    expect(text(friday)).toContain('10:00–13:00');
    expect(friday?.querySelector('a[href="https://meet.example.invalid/vsac"]')).not.toBeNull();
    expect(text(page.querySelector('li[data-session="s-2"]'))).toContain('Atcelta');
  });

  it('shows the feed address only when asked', async () => {
    const { page, http } = await openRoute('/my-sessions', appRoutes, PARTICIPANT);
    http.expectOne((r) => r.url === API_PATHS.meSessions).flush({ items: [] });
    await settle();
    expect(page.querySelector('#feed-address')).toBeNull();
    [...page.querySelectorAll<HTMLButtonElement>('app-feed-panel button')].find((b) => text(b) === 'Rādīt kalendāra adresi')?.click();
    http.expectOne(API_PATHS.meCalendarFeed).flush({ url: 'https://example.invalid/api/calendar/secret.ics', createdAt: '2026-12-01T00:00:00Z' });
    await settle();
    expect(page.querySelector<HTMLInputElement>('#feed-address')?.value).toBe('https://example.invalid/api/calendar/secret.ics');
    [...page.querySelectorAll<HTMLButtonElement>('app-feed-panel button')].find((b) => text(b) === 'Atsaukt adresi')?.click();
    const revoke = http.expectOne(API_PATHS.meCalendarFeed);
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush(null);
    await settle();
    expect(page.querySelector('#feed-address')).toBeNull();
  });
});
