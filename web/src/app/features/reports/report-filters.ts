import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Region } from '@di/contracts';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { CatalogueApi } from '../catalogue/catalogue-api';
import { ScheduleApi } from '../schedule/schedule-api';
import { isReportFilterActive, parseReportFilter, type RawReportFilterParams, type ReportFilter } from './report-filter';

/** Region, project, course and period of a report. Emits the whole new filter, back on page 1. */
@Component({
  selector: 'app-report-filters',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule, LocalisedPipe],
  templateUrl: './report-filters.html',
  styleUrl: '../../shared/filters/filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilters {
  readonly filter = input.required<ReportFilter>();
  readonly regions = input.required<readonly Region[]>();
  /** Grouping is offered on the report itself, not on the people list. */
  readonly withGrouping = input(true);
  readonly filterChange = output<ReportFilter>();

  private readonly schedule = inject(ScheduleApi);
  private readonly catalogue = inject(CatalogueApi);
  private readonly projectsResource = rxResource({ stream: () => this.schedule.projects() });
  private readonly coursesResource = rxResource({ stream: () => this.catalogue.courses({ pageSize: 200 }) });
  protected readonly projects = () => (this.projectsResource.hasValue() ? this.projectsResource.value().items : []);
  protected readonly courses = () => (this.coursesResource.hasValue() ? this.coursesResource.value().items : []);
  protected readonly isFiltered = isReportFilterActive;

  protected change(key: keyof RawReportFilterParams, value: string): void {
    const raw = Object.fromEntries(Object.entries(this.filter()).map(([k, v]) => [k, v === undefined ? undefined : String(v)])) as RawReportFilterParams;
    const next = parseReportFilter({ ...raw, [key]: value || undefined, page: undefined });
    // Another region leaves the organisation of the former behind.
    if (key === 'region') next.organisation = undefined;
    this.filterChange.emit(next);
  }

  protected clear(): void {
    this.filterChange.emit({ group: this.filter().group });
  }
}
