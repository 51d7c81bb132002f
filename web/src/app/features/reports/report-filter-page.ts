import { Directive, computed, input } from '@angular/core';
import { parseReportFilter, sameReportFilter } from './report-filter';

/** The query params every report page reads its filter from (bound by the router), and the filter. */
@Directive()
export abstract class ReportFilterPage {
  readonly group = input<string>();
  readonly region = input<string>();
  readonly organisation = input<string>();
  readonly project = input<string>();
  readonly course = input<string>();
  readonly run = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly filter = computed(
    () =>
      parseReportFilter({
        group: this.group(),
        region: this.region(),
        organisation: this.organisation(),
        project: this.project(),
        course: this.course(),
        run: this.run(),
        from: this.from(),
        to: this.to(),
        status: this.status(),
        page: this.page(),
      }),
    { equal: sameReportFilter },
  );
}
