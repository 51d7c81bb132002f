import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { pageTitleFrom } from '../../core/title/page-title';
import { SeatsPanel } from '../../shared/enrolments/seats-panel';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { RunsApi } from '../../shared/runs/runs-api';
import { EnrolmentsRevision } from './enrolments-revision';
import { ImportSection } from './import-section';
import { ReservationsSection } from './reservations-section';
import { RunEnrolmentList } from './run-enrolment-list';
import { StaffEnrolSection } from './staff-enrol-section';

/**
 * A run's enrolments for its coordinator (or an admin): who has a seat, the waiting list, the
 * requests, enrolling staff by hand or from a file, and the seats reserved for facilities.
 */
@Component({
  selector: 'app-run-enrolments-page',
  imports: [RouterLink, LocalisedPipe, LoadError, LoadingIndicator, SeatsPanel, RunEnrolmentList, StaffEnrolSection, ImportSection, ReservationsSection],
  providers: [EnrolmentsRevision],
  templateUrl: './run-enrolments-page.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RunEnrolmentsPage {
  private readonly runs = inject(RunsApi);
  private readonly locale = inject(ACTIVE_LOCALE);
  protected readonly revision = inject(EnrolmentsRevision);

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  private readonly runResource = rxResource({ params: () => this.id(), stream: ({ params }) => this.runs.run(params) });
  protected readonly run = computed(() => (this.runResource.hasValue() ? this.runResource.value() : undefined));
  protected readonly title = computed(() => {
    const run = this.run();
    return run ? localised(run.title, this.locale) : '';
  });
  protected readonly loadError = computed(() => {
    const error = this.runResource.error();
    if (!error) return undefined;
    return isNotFound(error) ? { notFound: true, detail: '' } : { notFound: false, detail: errorMessage(error) };
  });

  constructor() {
    pageTitleFrom(() => {
      const title = this.title();
      return title ? $localize`:@@runEnrolments.pageTitle:Dalībnieki: ${title}:title:` : undefined;
    });
  }

  /** The reservations were saved (or are being reloaded): the run's version moved on. */
  protected reloadRun(): void {
    this.runResource.reload();
  }
}
