import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CompletionRow } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ChoicesApi } from '../../core/reference/choices-api';
import { ReferenceData } from '../../core/reference/reference-data';
import { filterInUrl } from '../../shared/filters/filter-in-url';
import { LoadError } from '../../shared/lists/load-error';
import { ScrollCue } from '../../shared/lists/scroll-cue';
import { CompletionChart } from './completion-chart';
import { reportDownload } from './report-download';
import { ReportFilters } from './report-filters';
import { groupingOf, peopleQuery, reportFilterToQuery, reportFilterToQueryParams, type ReportFilter } from './report-filter';
import { ReportFilterPage } from './report-filter-page';
import { ReportsApi } from './reports-api';

/** How many of the runs and of the people at risk the overview lists (the rest are a link away). */
const GLANCE_SIZE = 8;

/**
 * A coordinator's (or admin's) report: what needs attention now, completion per region or
 * organisation as a chart and a table, drilling down region → organisations → people, and files
 * of the same rows. Every choice is in the URL.
 */
@Component({
  selector: 'app-reports-page',
  imports: [ReportFilters, CompletionChart, MatButtonModule, RouterLink, DecimalPipe, LocalisedPipe, LoadError, ScrollCue],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ReportsPage extends ReportFilterPage {
  private readonly api = inject(ReportsApi);
  protected readonly session = inject(AuthSession);
  protected readonly reference = inject(ReferenceData);


  protected readonly applyFilter = filterInUrl<ReportFilter & { q?: string }>({ current: this.filter, toQueryParams: reportFilterToQueryParams });
  protected readonly query = computed(() => reportFilterToQuery(this.filter()));
  protected readonly grouping = computed(() => groupingOf(this.filter()));

  private readonly report = rxResource({ params: () => this.query(), stream: ({ params }) => this.api.completion(params) });
  private readonly atRisk = rxResource({ params: () => peopleQuery(this.filter()), stream: ({ params }) => this.api.atRisk({ ...params, pageSize: GLANCE_SIZE }) });
  private readonly runs = rxResource({
    params: () => {
      const { regionCode, projectId, courseId, runId, from, to } = this.query();
      return { regionCode, projectId, courseId, runId, from, to, pageSize: GLANCE_SIZE };
    },
    stream: ({ params }) => this.api.runs(params),
  });

  protected readonly loading = computed(() => this.report.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.report.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = computed(() => (this.report.hasValue() ? this.report.value() : undefined));
  protected readonly riskPage = computed(() => (this.atRisk.hasValue() ? this.atRisk.value() : undefined));
  protected readonly runsPage = computed(() => (this.runs.hasValue() ? this.runs.value() : undefined));

  protected readonly files = reportDownload(() => this.query());

  private readonly choices = inject(ChoicesApi);
  /** For those who read the ESF participant reports: the projects to choose from. */
  private readonly projectsResource = rxResource({
    params: () => (this.session.can('esf.report.read') ? true : undefined),
    stream: () => this.choices.projects(),
  });
  protected readonly esfProjects = computed(() => (this.projectsResource.hasValue() ? this.projectsResource.value().items : []));

  /** Where the report stands in the drill-down: all regions › a region › an organisation. */
  protected readonly trail = computed(() => {
    const filter = this.filter();
    const steps: { label: string; params: ReportFilter | null }[] = [];
    if (filter.region || filter.organisation) steps.push({ label: $localize`:@@reports.trail.all:Visi reģioni`, params: { ...filter, region: undefined, organisation: undefined, group: undefined } });
    if (filter.region) steps.push({ label: this.reference.regionName(filter.region), params: filter.organisation ? { ...filter, organisation: undefined } : null });
    if (filter.organisation) steps.push({ label: this.reference.organisationName(filter.organisation), params: null });
    return steps;
  });

  protected readonly chartCaption = computed(() =>
    this.grouping() === 'region'
      ? $localize`:@@reports.chart.caption.region:Kursu pabeigušo īpatsvars pa plānošanas reģioniem, procentos no uzņemtajiem`
      : $localize`:@@reports.chart.caption.organisation:Kursu pabeigušo īpatsvars pa iestādēm, procentos no uzņemtajiem`,
  );
  protected readonly axisLabel = $localize`:@@reports.chart.axis:Pabeiguši, %`;

  protected paramsOf(filter: ReportFilter | null) {
    return filter ? reportFilterToQueryParams(filter) : null;
  }

  /** The next step down from a row: a region's organisations, an organisation's people. */
  protected drillParams(row: CompletionRow) {
    const filter = this.filter();
    return this.grouping() === 'region'
      ? reportFilterToQueryParams({ ...filter, region: row.regionCode, group: undefined })
      : reportFilterToQueryParams({ ...filter, group: undefined, organisation: row.key });
  }

  protected retry(): void {
    this.report.reload();
    this.atRisk.reload();
    this.runs.reload();
  }
}
