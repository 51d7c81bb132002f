import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { errorMessage } from '../../core/api/api-error';
import { ACTIVE_LOCALE } from '../../core/i18n/active-locale';
import { OrganisationsApi } from '../../core/reference/organisations-api';
import { ReferenceData } from '../../core/reference/reference-data';
import { filterInUrl } from '../../shared/filters/filter-in-url';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import {
  filterToQuery,
  filterToQueryParams,
  isFiltered,
  parseFilter,
  sameFilter,
} from './organisation-filter';
import { OrganisationFilters } from './organisation-filters';
import { type RegionGroup, groupByRegion } from './organisation-groups';
import { OrganisationList } from './organisation-list';
import { LoadError } from '../../shared/lists/load-error';

@Component({
  selector: 'app-organisations-page',
  imports: [OrganisationFilters, OrganisationList, MatButtonModule, LoadError],
  templateUrl: './organisations-page.html',
  styleUrl: './organisations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class OrganisationsPage {
  private readonly api = inject(OrganisationsApi);
  private readonly reference = inject(ReferenceData);
  private readonly locale = inject(ACTIVE_LOCALE);

  /** Query params, bound by the router (`withComponentInputBinding`). */
  readonly region = input<string>();
  readonly type = input<string>();
  readonly q = input<string>();

  protected readonly filter = computed(
    () =>
      parseFilter({ region: this.region(), type: this.type(), q: this.q() }),
    { equal: sameFilter },
  );

  protected readonly isFiltered = isFiltered;

  /** Only a filtered view asks the API; the whole list is the shared reference data. */
  private readonly search = rxResource({
    params: () => {
      const filter = this.filter();
      return isFiltered(filter) ? filterToQuery(filter) : undefined;
    },
    stream: ({ params }) => this.api.all(params),
  });

  protected readonly regionOptions = this.reference.regions;
  protected readonly loading = computed(
    () => this.reference.loading() || this.search.isLoading(),
  );
  protected readonly errorDetail = computed(() => {
    const error = this.reference.error() ?? this.search.error();
    return error ? errorMessage(error) : undefined;
  });

  private readonly freshGroups = computed<RegionGroup[] | undefined>(() => {
    if (!this.reference.loaded()) {
      return undefined;
    }
    const found = isFiltered(this.filter())
      ? this.search.hasValue()
        ? this.search.value()
        : undefined
      : this.reference.organisations();
    // A branch found without its VSAC still names it, from the whole list: no request per parent.
    return found
      ? groupByRegion(
          found,
          this.reference.organisationsById(),
          this.reference.regions(),
          this.locale,
        )
      : undefined;
  });
  /** While new results load, the previous ones stay on screen (marked busy) instead of flashing away. */
  protected readonly groups = keepWhileLoading(
    this.freshGroups,
    this.errorDetail,
  );
  protected readonly count = computed(
    () => this.groups()?.reduce((sum, group) => sum + group.count, 0) ?? 0,
  );

  protected readonly applyFilter = filterInUrl({
    current: this.filter,
    toQueryParams: filterToQueryParams,
  });

  protected clearFilters(): void {
    this.applyFilter({});
  }

  protected retry(): void {
    this.reference.reload();
    if (this.search.error()) {
      this.search.reload();
    }
  }
}
