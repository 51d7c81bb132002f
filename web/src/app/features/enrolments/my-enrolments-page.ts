import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, type Params } from '@angular/router';
import { SEAT_HOLDING_STATUSES, type MyEnrolment, type Page } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { OwnEnrolment, type OwnEnrolmentChange } from '../../shared/enrolments/own-enrolment';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { Pager } from '../../shared/lists/pager';
import { formatDate } from '../../shared/riga-calendar';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { EnrolmentProgressView } from './enrolment-progress';
import { NextSessionsApi } from './next-sessions-api';
import { EsfApi } from '../../shared/esf/esf-api';
import { NEXT_SESSIONS_DAYS, SESSION_ON_LOOKBACK_MS, nextSessionByRun } from './next-sessions';

const DAY_MS = 24 * 60 * 60 * 1000;

export const MY_ENROLMENTS_PAGE_SIZE = 25;

/**
 * The signed-in person's enrolments: each run with its dates and status, accepting an offered seat,
 * withdrawing; for a seat, the progress towards completion, the certificate and the next session.
 */
@Component({
  selector: 'app-my-enrolments-page',
  imports: [MatButtonModule, RouterLink, LoadError, Pager, OwnEnrolment, EnrolmentProgressView, RigaDatePipe],
  templateUrl: './my-enrolments-page.html',
  styleUrl: './my-enrolments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyEnrolmentsPage {
  private readonly api = inject(EnrolmentsApi);
  private readonly sessionsApi = inject(NextSessionsApi);
  private readonly esf = inject(EsfApi);
  /** Projects of the person's courses that ask for the ESF entry data and have no answers yet. */
  private readonly esfEntries = rxResource({ stream: () => this.esf.mine() });
  protected readonly esfUnanswered = computed(() => (this.esfEntries.hasValue() ? this.esfEntries.value().filter((entry) => entry.version === 0).length : 0));
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  /** `?page=`, bound by the router. */
  readonly page = input<string>();
  private readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });

  private readonly result = rxResource({
    params: () => ({ page: this.pageNumber() }),
    stream: ({ params }) => this.api.mine({ page: params.page, pageSize: MY_ENROLMENTS_PAGE_SIZE }),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<MyEnrolment>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  /** When the page was opened: what counts as "now" for the next sessions and check-in. */
  private readonly openedAt = Date.now();
  private readonly sessions = rxResource({
    stream: () =>
      this.sessionsApi.sessions(new Date(this.openedAt - SESSION_ON_LOOKBACK_MS), new Date(this.openedAt + NEXT_SESSIONS_DAYS * DAY_MS)),
  });
  /** Without the sessions the page still shows the enrolments; only the next sessions are left out. */
  private readonly nextByRun = computed(() =>
    nextSessionByRun(this.sessions.hasValue() ? this.sessions.value().items : [], this.openedAt),
  );
  protected readonly rows = computed(() =>
    (this.data()?.items ?? []).map((enrolment) => ({
      enrolment,
      title: localised(enrolment.run.title, this.locale),
      dates: `${formatDate(enrolment.run.startsOn)}–${formatDate(enrolment.run.endsOn)}`,
      holdsSeat: SEAT_HOLDING_STATUSES.includes(enrolment.status),
      next: SEAT_HOLDING_STATUSES.includes(enrolment.status) ? this.nextByRun().get(enrolment.run.id) : undefined,
    })),
  );
  private readonly position = pagePosition(this.data, MY_ENROLMENTS_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly pageParams = (page: number): Params => (page > 1 ? { page } : {});

  protected readonly outcome = signal<string | null>(null);
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  protected changed(title: string, change: OwnEnrolmentChange): void {
    this.outcome.set(
      change.kind === 'accepted'
        ? $localize`:@@myEnrolments.accepted:Vieta pieņemta: ${title}:title:.`
        : $localize`:@@myEnrolments.withdrawn:Jūs atteicāties no dalības: ${title}:title:.`,
    );
    this.result.reload();
    this.focus.element(this.outcomeBox);
  }

  protected retry(): void {
    this.result.reload();
  }
}
