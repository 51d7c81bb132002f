import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router } from '@angular/router';
import { errorMessage } from '../../core/api/api-error';
import { ACTIVE_LOCALE } from '../../core/i18n/active-locale';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import {
  type OrganisationFilter,
  filterToQuery,
  filterToQueryParams,
  isFiltered,
  parseFilter,
  sameFilter,
} from './organisation-filter';
import { OrganisationFilters } from './organisation-filters';
import { type RegionGroup, groupByRegion } from './organisation-groups';
import { OrganisationList } from './organisation-list';
import { OrganisationsApi } from './organisations-api';

@Component({
  selector: 'app-organisations-page',
  imports: [OrganisationFilters, OrganisationList, MatButtonModule],
  templateUrl: './organisations-page.html',
  styleUrl: './organisations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class OrganisationsPage {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
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

  private readonly regions = rxResource({ stream: () => this.api.regions() });
  private readonly organisations = rxResource({
    params: () => filterToQuery(this.filter()),
    stream: ({ params }) => this.api.search(params),
  });

  protected readonly regionOptions = computed(() =>
    this.regions.hasValue() ? this.regions.value() : [],
  );
  protected readonly loading = computed(
    () => this.regions.isLoading() || this.organisations.isLoading(),
  );
  protected readonly errorDetail = computed(() => {
    const error = this.regions.error() ?? this.organisations.error();
    return error ? errorMessage(error) : undefined;
  });

  private readonly freshGroups = computed<RegionGroup[] | undefined>(() => {
    const found = this.organisations.hasValue()
      ? this.organisations.value()
      : undefined;
    const regions = this.regions.hasValue() ? this.regions.value() : undefined;
    return found && regions
      ? groupByRegion(found.organisations, found.parents, regions, this.locale)
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

  protected applyFilter(next: OrganisationFilter): void {
    const current = this.filter();
    // Refining a search (typing on) replaces the history entry, so Back does not replay every
    // pause in typing; starting or clearing a search, or choosing a region or type, adds one.
    const refinesSearch =
      next.region === current.region &&
      next.type === current.type &&
      current.q !== undefined &&
      next.q !== undefined;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterToQueryParams(next),
      replaceUrl: refinesSearch,
    });
  }

  protected clearFilters(): void {
    this.applyFilter({});
  }

  protected retry(): void {
    if (this.regions.error()) {
      this.regions.reload();
    }
    if (this.organisations.error()) {
      this.organisations.reload();
    }
  }
}
