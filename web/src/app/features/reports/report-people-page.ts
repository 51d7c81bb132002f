import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ENROLMENT_STATUSES, type CompletionPerson, type Page } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ReferenceData } from '../../core/reference/reference-data';
import { EnrolmentStatusLabelPipe } from '../../shared/enrolments/enrolment-status-label';
import { filterInUrl } from '../../shared/filters/filter-in-url';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { Pager } from '../../shared/lists/pager';
import { ScrollCue } from '../../shared/lists/scroll-cue';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { reportDownload } from './report-download';
import { ReportFilters } from './report-filters';
import { parseReportFilter, peopleQuery, reportFilterToQueryParams, type ReportFilter } from './report-filter';
import { ReportFilterPage } from './report-filter-page';
import { ReportsApi } from './reports-api';

const PEOPLE_PAGE_SIZE = 50;

/** The people behind a report's row (an organisation's staff), with their progress in each run. */
@Component({
  selector: 'app-report-people-page',
  imports: [ReportFilters, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, LocalisedPipe, EnrolmentStatusLabelPipe, RigaDatePipe, LoadError, Pager, ScrollCue],
  templateUrl: './report-people-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ReportPeoplePage extends ReportFilterPage {
  private readonly api = inject(ReportsApi);
  protected readonly reference = inject(ReferenceData);


  protected readonly statuses = ENROLMENT_STATUSES.filter((status) => status !== 'rejected');
  protected readonly applyFilter = filterInUrl<ReportFilter & { q?: string }>({ current: this.filter, toQueryParams: reportFilterToQueryParams });

  private readonly result = rxResource({
    params: () => ({ ...peopleQuery(this.filter()), page: this.filter().page ?? 1, pageSize: PEOPLE_PAGE_SIZE }),
    stream: ({ params }) => this.api.people(params),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<CompletionPerson>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  private readonly position = pagePosition(this.data, PEOPLE_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly firstShown = this.position.firstShown;
  protected readonly lastShown = this.position.lastShown;
  protected readonly pageParams = (page: number) => reportFilterToQueryParams({ ...this.filter(), page });

  protected readonly heading = computed(() => {
    const organisation = this.filter().organisation;
    return organisation ? this.reference.organisationName(organisation) : $localize`:@@reportPeople.heading.all:Visi dalībnieki`;
  });
  /** Back up to the organisations of the report, with the same filters. */
  protected readonly backParams = computed(() => reportFilterToQueryParams({ ...this.filter(), organisation: undefined, status: undefined, page: undefined }));
  protected readonly files = reportDownload(() => peopleQuery(this.filter()));

  protected onStatusChange(value: string): void {
    this.applyFilter(parseReportFilter({ ...reportFilterToQueryParams({ ...this.filter(), page: undefined }), status: value || undefined }));
  }

  protected retry(): void {
    this.result.reload();
  }
}
