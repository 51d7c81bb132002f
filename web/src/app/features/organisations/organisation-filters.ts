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
import { ORGANISATION_TYPES, REGION_CODES, type Region } from '@di/contracts';
import { Subject, debounceTime } from 'rxjs';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import {
  type OrganisationFilter,
  isFiltered,
  parseFilter,
} from './organisation-filter';
import { OrganisationTypePipe } from './organisation-type-label';

export const SEARCH_DEBOUNCE_MS = 250;

/** Region, type and name search. Emits the whole new filter; the search only after a pause. */
@Component({
  selector: 'app-organisation-filters',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    LocalisedPipe,
    OrganisationTypePipe,
  ],
  templateUrl: './organisation-filters.html',
  styleUrl: './organisation-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFilters {
  readonly filter = input.required<OrganisationFilter>();
  readonly regions = input.required<readonly Region[]>();
  readonly filterChange = output<OrganisationFilter>();

  protected readonly types = ORGANISATION_TYPES;
  protected readonly isFiltered = isFiltered;

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
        debounceTime(SEARCH_DEBOUNCE_MS),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.submitSearch());
  }

  protected onRegionChange(value: string): void {
    this.emit({
      ...this.filter(),
      region: REGION_CODES.find((code) => code === value),
    });
  }

  protected onTypeChange(value: string): void {
    this.emit({
      ...this.filter(),
      type: ORGANISATION_TYPES.find((type) => type === value),
    });
  }

  protected onSearchInput(value: string): void {
    this.searchText.set(value);
    this.typing.next();
  }

  protected submitSearch(event?: Event): void {
    event?.preventDefault();
    const next = parseFilter({ ...this.filter(), q: this.searchText() });
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

  private emit(filter: OrganisationFilter): void {
    this.filterChange.emit(filter);
  }
}
