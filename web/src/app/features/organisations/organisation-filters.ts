import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ORGANISATION_TYPES, REGION_CODES, type Region } from '@di/contracts';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { debouncedSearch } from '../../shared/filters/debounced-search';
import {
  type OrganisationFilter,
  isFiltered,
  parseFilter,
} from './organisation-filter';
import { OrganisationTypePipe } from './organisation-type-label';

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
  styleUrl: '../../shared/filters/filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFilters {
  readonly filter = input.required<OrganisationFilter>();
  readonly regions = input.required<readonly Region[]>();
  readonly filterChange = output<OrganisationFilter>();

  protected readonly types = ORGANISATION_TYPES;
  protected readonly isFiltered = isFiltered;

  protected readonly search = debouncedSearch({
    filter: this.filter,
    withText: (q) => parseFilter({ ...this.filter(), q }),
    emit: (filter) => this.emit(filter),
  });

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

  protected clear(): void {
    this.search.clear();
    this.emit({});
  }

  private emit(filter: OrganisationFilter): void {
    this.filterChange.emit(filter);
  }
}
