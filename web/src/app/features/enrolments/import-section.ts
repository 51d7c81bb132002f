import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { EnrolmentImportResponse } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { EnrolmentsApi, type ImportOptions } from '../../shared/enrolments/enrolments-api';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { EnrolmentsRevision } from './enrolments-revision';
import { importFormatText, importNextStep, importRowStatusText, importTally } from './import-preview';

export const IMPORT_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Enrolling people from a CSV or XLSX file: "check" reads it without writing and shows every row
 * as read (so a mangled "Ā" is seen first), then "import" writes it, or only its valid rows.
 */
@Component({
  selector: 'app-import-section',
  imports: [MatButtonModule],
  templateUrl: './import-section.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportSection {
  private readonly api = inject(EnrolmentsApi);
  private readonly revision = inject(EnrolmentsRevision);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();

  readonly runId = input.required<string>();

  protected readonly accept = IMPORT_ACCEPT;
  protected readonly file = signal<File | null>(null);
  protected readonly response = signal<EnrolmentImportResponse | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');

  protected readonly rows = computed(() => (this.response()?.rows ?? []).map((row) => ({ row, status: importRowStatusText(row) })));
  protected readonly tally = computed(() => {
    const response = this.response();
    return response ? importTally(response) : { valid: 0, errors: 0 };
  });
  protected readonly nextStep = computed(() => {
    const response = this.response();
    return response ? importNextStep(response) : null;
  });
  protected readonly formatText = computed(() => {
    const response = this.response();
    return response ? importFormatText(response) : '';
  });

  protected chosen(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.response.set(null);
    this.failure.set(null);
  }

  protected check(): void {
    this.send({ dryRun: true });
  }

  protected importRows(partial: boolean): void {
    this.send({ dryRun: false, partial });
  }

  private send(options: ImportOptions): void {
    if (this.busy()) return;
    const file = this.file();
    this.failure.set(null);
    if (!file) {
      this.failure.set($localize`:@@import.noFile:Vispirms izvēlieties failu.`);
      this.focus.element(this.resultBox);
      return;
    }
    this.busy.set(true);
    this.api
      .importFile(this.runId(), file, options)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.busy.set(false);
          this.response.set(response);
          if (response.written) this.revision.bump();
          this.focus.element(this.resultBox);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.response.set(null);
          this.failure.set(errorMessage(error));
          this.focus.element(this.resultBox);
        },
      });
  }
}
