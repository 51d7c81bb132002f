import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Region } from '@di/contracts';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ChoicesApi } from '../../core/reference/choices-api';
import { formatDate, parseDisplayDate } from '../../shared/riga-calendar';
import { isReportFilterActive, parseReportFilter, type RawReportFilterParams, type ReportFilter } from './report-filter';

/** Region, project, course and period of a report. Emits the whole new filter, back on page 1. */
@Component({
  selector: 'app-report-filters',
  imports: [MatFormFieldModule, MatInputModule, MatButtonModule, LocalisedPipe],
  templateUrl: './report-filters.html',
  styleUrls: ['../../shared/filters/filters.scss', './report-filters.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFilters {
  readonly filter = input.required<ReportFilter>();
  readonly regions = input.required<readonly Region[]>();
  /** Grouping is offered on the report itself, not on the people list. */
  readonly withGrouping = input(true);
  readonly filterChange = output<ReportFilter>();

  private readonly choices = inject(ChoicesApi);
  private readonly projectsResource = rxResource({ stream: () => this.choices.projects() });
  private readonly coursesResource = rxResource({ stream: () => this.choices.courses() });
  protected readonly projects = () => (this.projectsResource.hasValue() ? this.projectsResource.value().items : []);
  protected readonly courses = () => (this.coursesResource.hasValue() ? this.coursesResource.value().items : []);
  protected readonly isFiltered = isReportFilterActive;
  /** A period end typed in a way that is not a date: said beside it, the filter left as it was. */
  protected readonly badDate = signal<'from' | 'to' | null>(null);

  protected shown(date: string | undefined): string {
    return date ? formatDate(date) : '';
  }

  protected changeDate(key: 'from' | 'to', value: string): void {
    const date = value.trim() ? parseDisplayDate(value) : '';
    if (date === null) {
      this.badDate.set(key);
      return;
    }
    this.badDate.set(null);
    this.change(key, date);
  }

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
