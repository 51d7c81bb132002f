import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  COURSE_AUDIENCES,
  COURSE_STATUSES,
  type Organisation,
  type Region,
} from '@di/contracts';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { debouncedSearch } from '../../shared/filters/debounced-search';
import { AudienceLabelPipe, CourseStatusLabelPipe } from './catalogue-labels';
import {
  type CourseFilter,
  isCourseFilterActive,
  parseCourseFilter,
} from './course-filter';

/**
 * Free text, audience, region, provider and (for authors) status. Emits the whole new filter,
 * back on page 1.
 */
@Component({
  selector: 'app-course-filters',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    LocalisedPipe,
    AudienceLabelPipe,
    CourseStatusLabelPipe,
  ],
  templateUrl: './course-filters.html',
  styleUrl: '../../shared/filters/filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseFilters {
  readonly filter = input.required<CourseFilter>();
  readonly regions = input.required<readonly Region[]>();
  readonly providers = input.required<readonly Organisation[]>();
  /** Authors may see drafts and archived courses, so they may filter by status. */
  readonly withStatus = input(false);
  readonly filterChange = output<CourseFilter>();

  protected readonly audiences = COURSE_AUDIENCES;
  protected readonly statuses = COURSE_STATUSES;
  protected readonly isFiltered = isCourseFilterActive;

  protected readonly search = debouncedSearch({
    filter: this.filter,
    withText: (q) => parseCourseFilter({ ...this.rawFilter(), q }),
    emit: (filter) => this.emit(filter),
  });

  protected onAudienceChange(value: string): void {
    this.emit(parseCourseFilter({ ...this.rawFilter(), audience: value }));
  }

  protected onRegionChange(value: string): void {
    this.emit(parseCourseFilter({ ...this.rawFilter(), region: value }));
  }

  protected onProviderChange(value: string): void {
    this.emit({ ...this.filter(), provider: value || undefined });
  }

  protected onStatusChange(value: string): void {
    this.emit(parseCourseFilter({ ...this.rawFilter(), status: value }));
  }

  protected clear(): void {
    this.search.clear();
    this.emit({});
  }

  private rawFilter() {
    const { q, audience, region, provider, status } = this.filter();
    return { q, audience, region, provider, status };
  }

  /** Any change of the filter starts again at page 1. */
  private emit(filter: CourseFilter): void {
    this.filterChange.emit({ ...filter, page: undefined });
  }
}
