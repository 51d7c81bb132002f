import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ROLES, USER_STATUSES } from '@di/contracts';
import { debouncedSearch } from '../../shared/filters/debounced-search';
import {
  RoleLabelPipe,
  UserStatusLabelPipe,
} from '../../shared/people/people-labels';
import type { OrganisationOptionGroup } from '../../shared/organisation-options';
import {
  type UserFilter,
  isUserFilterActive,
  parseUserFilter,
} from './user-filter';

/** Name or email search, organisation, role and account status. Emits the whole new filter, back on page 1. */
@Component({
  selector: 'app-user-filters',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RoleLabelPipe,
    UserStatusLabelPipe,
  ],
  templateUrl: './user-filters.html',
  styleUrl: '../../shared/filters/filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFilters {
  readonly filter = input.required<UserFilter>();
  readonly organisationGroups =
    input.required<readonly OrganisationOptionGroup[]>();
  readonly filterChange = output<UserFilter>();

  protected readonly roles = ROLES;
  protected readonly statuses = USER_STATUSES;
  protected readonly isFiltered = isUserFilterActive;

  protected readonly search = debouncedSearch({
    filter: this.filter,
    withText: (q) => parseUserFilter({ ...this.rawFilter(), q }),
    emit: (filter) => this.emit(filter),
  });

  protected onOrganisationChange(value: string): void {
    this.emit({ ...this.filter(), organisation: value || undefined });
  }

  protected onRoleChange(value: string): void {
    this.emit(parseUserFilter({ ...this.rawFilter(), role: value }));
  }

  protected onStatusChange(value: string): void {
    this.emit(parseUserFilter({ ...this.rawFilter(), status: value }));
  }

  protected clear(): void {
    this.search.clear();
    this.emit({});
  }

  private rawFilter() {
    const { q, organisation, role, status } = this.filter();
    return { q, organisation, role, status };
  }

  /** Any change of the filter starts again at page 1. */
  private emit(filter: UserFilter): void {
    this.filterChange.emit({ ...filter, page: undefined });
  }
}
