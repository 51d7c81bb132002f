import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CalendarSession } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import {
  addDays,
  formatDate,
  rigaParts,
  rigaToday,
  weekdayName,
} from '../../shared/riga-calendar';
import { type CalendarRelation, CalendarApi } from './calendar-api';
import {
  type CalendarDay,
  agendaDays,
  parseView,
  parseWeek,
  viewRange,
  weekDays,
} from './calendar-view';
import { FeedPanel } from './feed-panel';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';

interface DayView {
  date: string;
  heading: string;
  today: boolean;
  sessions: SessionView[];
}

interface SessionView {
  session: CalendarSession;
  time: string;
  cancelled: boolean;
}

/**
 * "My sessions" (a participant's) and "My schedule" (a trainer's): an agenda of the coming days
 * or one week, Monday to Sunday, with the view and the week in the URL.
 */
@Component({
  selector: 'app-calendar-page',
  imports: [MatButtonModule, RouterLink, LocalisedPipe, LoadError, LoadingIndicator, FeedPanel],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CalendarPage {
  private readonly api = inject(CalendarApi);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthSession);
  protected readonly mayReadAttendance = computed(() => this.auth.can('attendance.read'));
  protected readonly mayMarkAttendance = computed(() => this.auth.can('attendance.mark'));

  /** From the route's data: whose sessions, as which. */
  readonly relation = input<CalendarRelation>('participant');
  /** Query params, bound by the router. */
  readonly view = input<string>();
  readonly week = input<string>();

  private readonly today = rigaToday();
  protected readonly shownView = computed(() => parseView(this.view()));
  protected readonly monday = computed(() => parseWeek(this.week(), this.today));
  protected readonly isThisWeek = computed(() => this.monday() === parseWeek(undefined, this.today));
  protected readonly weekLabel = computed(
    () => `${formatDate(this.monday())}–${formatDate(addDays(this.monday(), 6))}`,
  );
  protected readonly previousWeek = computed(() => addDays(this.monday(), -7));
  protected readonly nextWeek = computed(() => addDays(this.monday(), 7));

  private readonly result = rxResource({
    params: () => ({
      ...viewRange(this.shownView(), this.monday(), this.today),
      as: this.relation(),
    }),
    stream: ({ params }) => this.api.sessions(params),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  private readonly sessions = keepWhileLoading<CalendarSession[]>(
    () => (this.result.hasValue() ? this.result.value().items : undefined),
    this.errorDetail,
  );

  protected readonly days = computed<DayView[]>(() => {
    const sessions = (this.sessions() ?? []).filter((session) => session.relation === this.relation());
    const days =
      this.shownView() === 'week'
        ? weekDays(this.monday(), sessions, this.today)
        : agendaDays(sessions, this.today);
    return days.map((day) => this.dayView(day));
  });
  protected readonly hasSessions = computed(() => this.days().some((day) => day.sessions.length > 0));

  protected readonly downloadFailed = signal<string | null>(null);

  protected downloadIcs(view: SessionView): void {
    this.downloadFailed.set(null);
    this.api.sessionIcs(view.session.id).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        const link = this.document.createElement('a');
        link.href = url;
        link.download = `nodarbiba-${rigaParts(view.session.startsAt).date}.ics`;
        this.document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      error: (error: unknown) => this.downloadFailed.set(errorMessage(error)),
    });
  }

  protected retry(): void {
    this.result.reload();
  }

  private dayView(day: CalendarDay): DayView {
    return {
      date: day.date,
      heading: `${weekdayName(day.weekday)}, ${formatDate(day.date)}`,
      today: day.today,
      sessions: day.sessions.map((session) => ({
        session,
        time: `${rigaParts(session.startsAt).time}–${rigaParts(session.endsAt).time}`,
        cancelled: session.status === 'cancelled',
      })),
    };
  }
}
