import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CourseSummary, Organisation, Page } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { byLatvianName } from '../../core/i18n/latvian-order';
import { ReferenceData } from '../../core/reference/reference-data';
import { filterInUrl } from '../../shared/filters/filter-in-url';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { pagePosition } from '../../shared/lists/page-position';
import { LoadError } from '../../shared/lists/load-error';
import { Pager } from '../../shared/lists/pager';
import { CatalogueApi } from './catalogue-api';
import { AudienceLabelPipe, CourseStatusLabelPipe } from './catalogue-labels';
import {
  COURSES_PAGE_SIZE,
  courseFilterToQuery,
  courseFilterToQueryParams,
  isCourseFilterActive,
  parseCourseFilter,
  sameCourseFilter,
} from './course-filter';
import { CourseFilters } from './course-filters';

interface CourseRow {
  course: CourseSummary;
  provider: string | null;
}

/** The course catalogue: what one may learn, filtered by audience, region, provider and text. */
@Component({
  selector: 'app-catalogue-page',
  imports: [
    CourseFilters,
    MatButtonModule,
    RouterLink,
    LocalisedPipe,
    AudienceLabelPipe,
    CourseStatusLabelPipe,
    Pager,
    LoadError,
  ],
  templateUrl: './catalogue-page.html',
  styleUrl: './catalogue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CataloguePage {
  private readonly api = inject(CatalogueApi);
  private readonly reference = inject(ReferenceData);
  private readonly session = inject(AuthSession);

  /** Query params, bound by the router. */
  readonly q = input<string>();
  readonly audience = input<string>();
  readonly region = input<string>();
  readonly provider = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  /** Authors see every status, so they may choose one; participants see published courses only. */
  protected readonly withStatus = computed(() =>
    this.session.can('course.write'),
  );

  protected readonly filter = computed(
    () =>
      parseCourseFilter({
        q: this.q(),
        audience: this.audience(),
        region: this.region(),
        provider: this.provider(),
        status: this.withStatus() ? this.status() : undefined,
        page: this.page(),
      }),
    { equal: sameCourseFilter },
  );
  protected readonly isFiltered = isCourseFilterActive;
  protected readonly applyFilter = filterInUrl({
    current: this.filter,
    toQueryParams: courseFilterToQueryParams,
  });

  protected readonly regions = this.reference.regions;
  protected readonly providers = computed<readonly Organisation[]>(() =>
    this.reference
      .organisations()
      .filter((organisation) => organisation.type === 'provider')
      .sort(byLatvianName),
  );

  private readonly result = rxResource({
    params: () => courseFilterToQuery(this.filter(), this.withStatus()),
    stream: ({ params }) => this.api.courses(params),
  });

  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });

  /** While a new page loads, the previous courses stay (marked busy) instead of flashing away. */
  protected readonly data = keepWhileLoading<Page<CourseSummary>>(
    () => (this.result.hasValue() ? this.result.value() : undefined),
    this.errorDetail,
  );

  protected readonly rows = computed<CourseRow[]>(() =>
    (this.data()?.items ?? []).map((course) => ({
      course,
      provider: course.providerOrganisationId
        ? this.reference.organisationName(course.providerOrganisationId)
        : null,
    })),
  );

  private readonly position = pagePosition(this.data, COURSES_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly firstShown = this.position.firstShown;
  protected readonly lastShown = this.position.lastShown;

  protected readonly pageParams = (page: number) =>
    courseFilterToQueryParams({ ...this.filter(), page });

  protected clearFilters(): void {
    this.applyFilter({});
  }

  protected retry(): void {
    this.result.reload();
    this.reference.reload();
  }
}
