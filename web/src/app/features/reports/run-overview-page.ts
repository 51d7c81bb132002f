import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DecimalPipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { Page, RunOverview } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { Pager } from '../../shared/lists/pager';
import { ScrollCue } from '../../shared/lists/scroll-cue';
import { peopleQuery, reportFilterToQueryParams } from './report-filter';
import { ReportFilterPage } from './report-filter-page';
import { ReportsApi } from './reports-api';

const RUNS_PAGE_SIZE = 25;

/** A trainer's runs (or a coordinator's) at a glance: seats, sessions held, attendance, completions, who is at risk. */
@Component({
  selector: 'app-run-overview-page',
  imports: [RouterLink, DecimalPipe, LocalisedPipe, LoadError, Pager, ScrollCue],
  templateUrl: './run-overview-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RunOverviewPage extends ReportFilterPage {
  private readonly api = inject(ReportsApi);


  private readonly result = rxResource({
    params: () => ({ ...peopleQuery(this.filter()), page: this.filter().page ?? 1, pageSize: RUNS_PAGE_SIZE }),
    stream: ({ params }) => this.api.runs(params),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<RunOverview>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  private readonly position = pagePosition(this.data, RUNS_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly pageParams = (page: number) => reportFilterToQueryParams({ ...this.filter(), page });

  protected retry(): void {
    this.result.reload();
  }
}
