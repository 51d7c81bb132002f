import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ROLES } from '@di/contracts';
import { Subject, debounceTime } from 'rxjs';
import { RoleLabelPipe } from '../../shared/people/people-labels';
import type { OrganisationOptionGroup } from './organisation-options';
import {
  type UserFilter,
  isUserFilterActive,
  parseUserFilter,
} from './user-filter';

export const USER_SEARCH_DEBOUNCE_MS = 250;

/** Name or email search, organisation and role. Emits the whole new filter, back on page 1. */
@Component({
  selector: 'app-user-filters',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule, RoleLabelPipe],
  templateUrl: './user-filters.html',
  styleUrl: './user-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFilters {
  readonly filter = input.required<UserFilter>();
  readonly organisationGroups =
    input.required<readonly OrganisationOptionGroup[]>();
  readonly filterChange = output<UserFilter>();

  protected readonly roles = ROLES;
  protected readonly isFiltered = isUserFilterActive;

  /** The last search this component asked for, so its echo from the URL does not undo typing. */
  private requestedQuery: string | undefined;
  protected readonly searchText = linkedSignal<string | undefined, string>({
    source: () => this.filter().q,
    computation: (q, previous) =>
      previous !== undefined && q === this.requestedQuery
        ? previous.value
        : (q ?? ''),
  });

  private readonly typing = new Subject<void>();

  constructor() {
    this.typing
      .pipe(
        debounceTime(USER_SEARCH_DEBOUNCE_MS),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.submitSearch());
  }

  protected onOrganisationChange(value: string): void {
    this.emit({ ...this.filter(), organisation: value || undefined });
  }

  protected onRoleChange(value: string): void {
    this.emit(parseUserFilter({ ...this.rawFilter(), role: value }));
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    this.typing.next();
  }

  protected submitSearch(event?: Event): void {
    event?.preventDefault();
    const next = parseUserFilter({ ...this.rawFilter(), q: this.searchText() });
    if (next.q !== this.filter().q) {
      this.requestedQuery = next.q;
      this.emit(next);
    }
  }

  protected clear(): void {
    this.requestedQuery = undefined;
    this.searchText.set('');
    this.emit({});
  }

  private rawFilter() {
    const { q, organisation, role } = this.filter();
    return { q, organisation, role };
  }

  /** Any change of the filter starts again at page 1. */
  private emit(filter: UserFilter): void {
    this.filterChange.emit({ ...filter, page: undefined });
  }
}
