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
import type { Page, User } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { filterInUrl } from '../../shared/filters/filter-in-url';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { pagePosition } from '../../shared/lists/page-position';
import { UserStatusLabelPipe } from '../../shared/people/people-labels';
import { EmailPartsPipe } from '../../shared/people/email-parts.pipe';
import { ScrollCue } from '../../shared/lists/scroll-cue';
import { Pager } from '../../shared/lists/pager';
import {
  USERS_PAGE_SIZE,
  isUserFilterActive,
  parseUserFilter,
  sameUserFilter,
  userFilterToQuery,
  userFilterToQueryParams,
} from './user-filter';
import { UserFilters } from './user-filters';
import { userReferenceData } from './user-reference-data';
import { UsersApi } from './users-api';
import { LoadError } from '../../shared/lists/load-error';

interface UserRow {
  user: User;
  organisation: string;
  roles: string[];
}

@Component({
  selector: 'app-users-page',
  imports: [
    UserFilters,
    MatButtonModule,
    RouterLink,
    UserStatusLabelPipe,
    EmailPartsPipe,
    ScrollCue,
    Pager,
    LoadError,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UsersPage {
  private readonly users = inject(UsersApi);
  protected readonly session = inject(AuthSession);
  private readonly reference = userReferenceData();
  protected readonly organisationGroups = this.reference.organisationGroups;

  /** Query params, bound by the router. */
  readonly q = input<string>();
  readonly organisation = input<string>();
  readonly role = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly filter = computed(
    () =>
      parseUserFilter({
        q: this.q(),
        organisation: this.organisation(),
        role: this.role(),
        status: this.status(),
        page: this.page(),
      }),
    { equal: sameUserFilter },
  );
  protected readonly isFiltered = isUserFilterActive;
  protected readonly applyFilter = filterInUrl({
    current: this.filter,
    toQueryParams: userFilterToQueryParams,
  });

  private readonly result = rxResource({
    params: () => userFilterToQuery(this.filter()),
    stream: ({ params }) => this.users.list(params),
  });

  /** For a coordinator: whose people they see. */
  protected readonly scopeText = computed(() => {
    if (this.session.isAdmin()) {
      return null;
    }
    const names = this.session
      .coordinatorScopes()
      .map((scope) =>
        'regionCode' in scope
          ? this.reference.regionName(scope.regionCode)
          : this.reference.organisationName(scope.organisationId),
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
      organisation: user.organisationId
        ? this.reference.organisationName(user.organisationId)
        : '—',
      roles: user.roles.map((grant) => this.reference.grantLabel(grant)),
    })),
  );

  private readonly position = pagePosition(this.data, USERS_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly firstShown = this.position.firstShown;
  protected readonly lastShown = this.position.lastShown;

  protected readonly pageParams = (page: number) =>
    userFilterToQueryParams({ ...this.filter(), page });

  protected clearFilters(): void {
    this.applyFilter({});
  }

  protected retry(): void {
    this.result.reload();
    this.reference.reload();
  }
}
