import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { of, catchError } from 'rxjs';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ReferenceData } from '../../core/reference/reference-data';
import { pageTitleFrom } from '../../core/title/page-title';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { SeatsPanel } from '../../shared/enrolments/seats-panel';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { isoWeekday, rigaParts, weekdayName } from '../../shared/riga-calendar';
import { DisplayDatePipe } from './display-date.pipe';
import { EnrolmentPanel } from './enrolment-panel';
import { RunEvidencePanel } from './run-evidence-panel';
import { ScheduleApi } from './schedule-api';
import { RunStatusLabelPipe } from '../../shared/run-status-label';
import { SessionModePipe, SessionStatusPipe, sessionTimeText } from './session-labels';

/** A course run: its dates, trainers and seats, enrolling in it, and its sessions in Riga time. */
@Component({
  selector: 'app-run-page',
  imports: [
    RouterLink,
    LocalisedPipe,
    LoadError,
    LoadingIndicator,
    RigaDatePipe,
    DisplayDatePipe,
    SessionModePipe,
    SessionStatusPipe,
    RunStatusLabelPipe,
    EnrolmentPanel,
    SeatsPanel,
    RunEvidencePanel,
  ],
  templateUrl: './run-page.html',
  styleUrl: './schedule-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RunPage {
  private readonly api = inject(ScheduleApi);
  private readonly auth = inject(AuthSession);
  private readonly locale = inject(ACTIVE_LOCALE);
  protected readonly reference = inject(ReferenceData);

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  private readonly runResource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.run(params) });
  private readonly sessionsResource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.sessions(params) });
  private readonly courseResource = rxResource({
    params: () => (this.runResource.hasValue() ? this.runResource.value().courseId : undefined),
    stream: ({ params }) => this.api.course(params).pipe(catchError(() => of(null))),
  });

  /** The DI project that funds it, named on the page (a run without one shows none). */
  private readonly projectResource = rxResource({
    params: () => (this.runResource.hasValue() ? (this.runResource.value().projectId ?? undefined) : undefined),
    stream: ({ params }) => this.api.project(params).pipe(catchError(() => of(null))),
  });
  protected readonly project = computed(() => (this.projectResource.hasValue() ? this.projectResource.value() : null));
  protected readonly run = computed(() => (this.runResource.hasValue() ? this.runResource.value() : undefined));
  protected readonly course = computed(() => (this.courseResource.hasValue() ? this.courseResource.value() : null));
  protected readonly mayEditSchedule = computed(() => this.auth.can('session.create'));
  protected readonly mayEditRun = computed(() => this.auth.can('run.update'));
  protected readonly mayManageEnrolments = computed(() => this.auth.can('enrolment.manage'));
  protected readonly mayReadAttendance = computed(() => this.auth.can('attendance.read'));
  protected readonly mayMarkAttendance = computed(() => this.auth.can('attendance.mark'));
  /** Bumped when the person's enrolment changes, so the seats are counted again. */
  protected readonly seatsRevision = signal(0);
  protected readonly loadError = computed(() => {
    const error = this.runResource.error() ?? this.sessionsResource.error();
    if (!error) return undefined;
    return isNotFound(error) ? { notFound: true, detail: '' } : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly sessions = computed(() =>
    (this.sessionsResource.hasValue() ? this.sessionsResource.value().items : []).map((session) => ({
      session,
      time: sessionTimeText(session.startsAt, session.endsAt),
      weekday: weekdayName(isoWeekday(rigaParts(session.startsAt).date)),
    })),
  );
  protected readonly trainerNames = computed(() => (this.run()?.trainers ?? []).map((trainer) => trainer.fullName).join(', '));

  constructor() {
    pageTitleFrom(() => {
      const run = this.run();
      return run ? localised(run.title, this.locale) : undefined;
    });
  }

  protected enrolmentChanged(): void {
    this.seatsRevision.update((value) => value + 1);
  }

  protected retry(): void {
    this.runResource.reload();
    this.sessionsResource.reload();
  }
}
