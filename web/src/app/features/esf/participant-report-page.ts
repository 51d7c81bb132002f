import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { Project } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { LoadError } from '../../shared/lists/load-error';
import { saveBlob } from '../../shared/save-blob';
import { EsfApi } from '../../shared/esf/esf-api';
import { ESF_ANSWERS, ESF_QUESTIONS } from './esf-labels';

/** A project's ESF participant report: whether it collects the data, the aggregates (small counts hidden), the yearly report's file. */
@Component({
  selector: 'app-participant-report-page',
  imports: [MatButtonModule, LoadError],
  templateUrl: './participant-report-page.html',
  styleUrl: './my-esf-data-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ParticipantReportPage {
  private readonly api = inject(EsfApi);
  private readonly document = inject(DOCUMENT);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly projectResource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.project(params) });
  private readonly reportResource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.report(params) });
  protected readonly project = computed(() => (this.projectResource.hasValue() ? this.projectResource.value() : undefined));
  protected readonly report = computed(() => (this.reportResource.hasValue() ? this.reportResource.value() : undefined));
  protected readonly errorDetail = computed(() => {
    const error = this.projectResource.error() ?? this.reportResource.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly question = ESF_QUESTIONS;
  protected readonly answerLabel = ESF_ANSWERS;
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected toggle(project: Project, on: boolean): void {
    this.busy.set(true);
    this.failure.set(null);
    this.api.setCollecting(project, on).subscribe({
      next: (changed) => {
        this.busy.set(false);
        this.projectResource.set(changed);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorMessage(error));
        this.projectResource.reload();
      },
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.busy.set(true);
    this.failure.set(null);
    this.api.file(this.id(), format).subscribe({
      next: (blob) => {
        this.busy.set(false);
        saveBlob(this.document, blob, `${$localize`:@@esf.report.fileName:esf-dalibnieku-parskats`}.${format}`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorMessage(error));
      },
    });
  }

  protected retry(): void {
    this.projectResource.reload();
    this.reportResource.reload();
  }
}
