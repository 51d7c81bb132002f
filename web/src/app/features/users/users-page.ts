import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Page, RegionCode, User } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { UserStatusLabelPipe } from '../../shared/people/people-labels';
import { OrganisationsApi } from '../organisations/organisations-api';
import {
  grantLabel,
  groupOrganisations,
  organisationsInScope,
} from './organisation-options';
import {
  USERS_PAGE_SIZE,
  type UserFilter,
  isUserFilterActive,
  parseUserFilter,
  sameUserFilter,
  userFilterToQuery,
  userFilterToQueryParams,
} from './user-filter';
import { UserFilters } from './user-filters';
import { UsersApi } from './users-api';

interface UserRow {
  user: User;
  organisation: string;
  roles: string[];
}

@Component({
  selector: 'app-users-page',
  imports: [UserFilters, MatButtonModule, RouterLink, UserStatusLabelPipe],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UsersPage {
  private readonly users = inject(UsersApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly locale = inject(ACTIVE_LOCALE);
  protected readonly session = inject(AuthSession);

  /** Query params, bound by the router. */
  readonly q = input<string>();
  readonly organisation = input<string>();
  readonly role = input<string>();
  readonly page = input<string>();

  protected readonly filter = computed(
    () =>
      parseUserFilter({
        q: this.q(),
        organisation: this.organisation(),
        role: this.role(),
        page: this.page(),
      }),
    { equal: sameUserFilter },
  );
  protected readonly isFiltered = isUserFilterActive;

  private readonly regions = rxResource({
    stream: () => this.organisationsApi.regions(),
  });
  private readonly organisations = rxResource({
    stream: () => this.organisationsApi.all({}),
  });
  private readonly result = rxResource({
    params: () => userFilterToQuery(this.filter()),
    stream: ({ params }) => this.users.list(params),
  });

  private readonly regionList = computed(() =>
    this.regions.hasValue() ? this.regions.value() : [],
  );
  private readonly organisationList = computed(() =>
    this.organisations.hasValue() ? this.organisations.value() : [],
  );
  protected readonly organisationGroups = computed(() =>
    groupOrganisations(
      organisationsInScope(
        this.organisationList(),
        this.session.isAdmin() ? 'all' : this.session.coordinatorScopes(),
      ),
      this.regionList(),
      this.locale,
    ),
  );

  /** For a coordinator: whose people they see. */
  protected readonly scopeText = computed(() => {
    if (this.session.isAdmin()) {
      return null;
    }
    const names = this.session
      .coordinatorScopes()
      .map((scope) =>
        'regionCode' in scope
          ? this.regionName(scope.regionCode)
          : this.organisationName(scope.organisationId),
      );
    return names.length > 0 ? names.join(', ') : null;
  });

  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });

  /** While a new page loads, the previous rows stay (marked busy) instead of flashing away. */
  protected readonly data = keepWhileLoading<Page<User>>(
    () => (this.result.hasValue() ? this.result.value() : undefined),
    this.errorDetail,
  );

  protected readonly rows = computed<UserRow[]>(() =>
    (this.data()?.items ?? []).map((user) => ({
      user,
      organisation: this.organisationName(user.organisationId),
      roles: user.roles.map((grant) =>
        grantLabel(
          grant,
          (code) => this.regionName(code),
          (id) => this.organisationName(id),
        ),
      ),
    })),
  );

  protected readonly total = computed(() => this.data()?.total ?? 0);
  protected readonly currentPage = computed(() => this.data()?.page ?? 1);
  protected readonly pageCount = computed(() => {
    const data = this.data();
    const size = data?.pageSize || USERS_PAGE_SIZE;
    return Math.max(1, Math.ceil((data?.total ?? 0) / size));
  });
  protected readonly firstShown = computed(() => {
    const data = this.data();
    return data && data.items.length > 0
      ? (data.page - 1) * (data.pageSize || USERS_PAGE_SIZE) + 1
      : 0;
  });
  protected readonly lastShown = computed(() =>
    this.firstShown() === 0
      ? 0
      : this.firstShown() + (this.data()?.items.length ?? 0) - 1,
  );

  protected applyFilter(next: UserFilter): void {
    const current = this.filter();
    // Refining a search (typing on) replaces the history entry, so Back does not replay every pause.
    const refinesSearch =
      next.organisation === current.organisation &&
      next.role === current.role &&
      current.q !== undefined &&
      next.q !== undefined;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: userFilterToQueryParams(next),
      replaceUrl: refinesSearch,
    });
  }

  protected pageParams(page: number) {
    return userFilterToQueryParams({ ...this.filter(), page });
  }

  protected clearFilters(): void {
    this.applyFilter({});
  }

  protected retry(): void {
    this.result.reload();
  }

  private regionName(code: RegionCode): string {
    const region = this.regionList().find(
      (candidate) => candidate.code === code,
    );
    return region ? localised(region.name, this.locale) : code;
  }

  private organisationName(id: string | null): string {
    if (id === null) {
      return '—';
    }
    return this.organisationList().find((o) => o.id === id)?.name ?? '…';
  }
}
