import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import type { TrainingSession } from '@di/contracts';
import { of, catchError } from 'rxjs';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { pageTitleFrom } from '../../core/title/page-title';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { CancelSessionDialog } from './cancel-session-dialog';
import { DisplayDatePipe } from './display-date.pipe';
import { RescheduleDialog, type SessionDialogData } from './reschedule-dialog';
import { ScheduleApi } from './schedule-api';
import { SessionForm, type TrainerOption } from './session-form';
import {
  SessionModePipe,
  SessionStatusPipe,
  sessionTimeText,
} from './session-labels';
import { isoWeekday, rigaParts } from '../../shared/riga-calendar';
import { weekdayName } from '../../shared/riga-calendar';

interface SessionRow {
  session: TrainingSession;
  time: string;
  weekday: string;
  trainers: string;
}

type Outcome =
  | { kind: 'created'; count: number }
  | { kind: 'rescheduled' }
  | { kind: 'cancelled' };

/** The trainer's schedule editor: a run's sessions, adding sessions and series, rescheduling and cancelling. */
@Component({
  selector: 'app-schedule-page',
  imports: [
    MatButtonModule,
    RouterLink,
    LocalisedPipe,
    LoadError,
    LoadingIndicator,
    SessionForm,
    SessionModePipe,
    SessionStatusPipe,
    DisplayDatePipe,
  ],
  templateUrl: './schedule-page.html',
  styleUrl: './schedule-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SchedulePage {
  private readonly api = inject(ScheduleApi);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(AuthSession);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  private readonly runResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.run(params),
  });
  private readonly sessionsResource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.sessions(params),
  });
  /** Only for the module choice: without it, sessions are still planned. */
  private readonly courseResource = rxResource({
    params: () => (this.runResource.hasValue() ? this.runResource.value().courseId : undefined),
    stream: ({ params }) => this.api.course(params).pipe(catchError(() => of(null))),
  });

  protected readonly run = computed(() =>
    this.runResource.hasValue() ? this.runResource.value() : undefined,
  );
  protected readonly modules = computed(() =>
    this.courseResource.hasValue() ? (this.courseResource.value()?.modules ?? []) : [],
  );
  protected readonly loadError = computed(() => {
    const error = this.runResource.error() ?? this.sessionsResource.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly loading = computed(
    () => this.runResource.isLoading() || this.sessionsResource.isLoading(),
  );

  protected readonly trainerOptions = computed<TrainerOption[]>(() => {
    const run = this.run();
    if (!run) return [];
    return run.trainerIds.map((id) => ({ id, name: this.trainerName(id) }));
  });

  protected readonly rows = computed<SessionRow[]>(() => {
    const items = this.sessionsResource.hasValue() ? this.sessionsResource.value().items : [];
    return [...items]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((session) => ({
        session,
        time: sessionTimeText(session.startsAt, session.endsAt),
        weekday: weekdayName(isoWeekday(rigaParts(session.startsAt).date)),
        trainers: session.trainerIds.map((id) => this.trainerName(id)).join(', '),
      }));
  });

  protected readonly outcome = signal<Outcome | null>(null);
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  constructor() {
    pageTitleFrom(() => {
      const run = this.run();
      return run
        ? $localize`:@@schedule.pageTitle:Grafiks: ${localised(run.title, this.locale)}:title:`
        : undefined;
    });
  }

  protected created(count: number): void {
    this.sessionsResource.reload();
    this.showOutcome({ kind: 'created', count });
  }

  protected reschedule(session: TrainingSession): void {
    this.openDialog(RescheduleDialog, session, { kind: 'rescheduled' });
  }

  protected cancel(session: TrainingSession): void {
    this.openDialog(CancelSessionDialog, session, { kind: 'cancelled' });
  }

  protected retry(): void {
    this.runResource.reload();
    this.sessionsResource.reload();
  }

  private openDialog(
    component: typeof RescheduleDialog | typeof CancelSessionDialog,
    session: TrainingSession,
    outcome: Outcome,
  ): void {
    const run = this.run();
    if (!run) return;
    const data: SessionDialogData = {
      session,
      runTitle: localised(run.title, this.locale),
      time: sessionTimeText(session.startsAt, session.endsAt),
    };
    // Material gives focus back to the button that opened it when the dialog closes.
    const ref = this.dialog.open<unknown, SessionDialogData, boolean>(component, {
      data,
      autoFocus: 'first-tabbable',
      restoreFocus: true,
      width: '36rem',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((changed) => {
      if (changed) {
        this.sessionsResource.reload();
        this.outcome.set(outcome);
      }
    });
  }

  private showOutcome(outcome: Outcome): void {
    this.outcome.set(outcome);
    this.focus.element(this.outcomeBox);
  }

  private trainerName(id: string): string {
    const named = this.run()?.trainers?.find((trainer) => trainer.id === id);
    if (named) return named.fullName;
    const me = this.session.me();
    return me?.id === id
      ? me.fullName
      : $localize`:@@schedule.trainer.unnamed:Pasniedzējs`;
  }
}
