import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ESF_INDICATOR_NAMES, ESF_INDICATORS, SENSITIVE_ESF_INDICATORS, type EsfAnswers, type EsfIndicator, type MyEsfEntry } from '@di/contracts';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { LoadError } from '../../shared/lists/load-error';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { EsfApi } from '../../shared/esf/esf-api';
import { ESF_ANSWERS, ESF_QUESTIONS } from './esf-labels';

type Outcome = { projectId: string; kind: 'saved' | 'stale' | 'failed'; detail?: string };

/**
 * The ESF entry questions of the projects whose courses the person takes: every answer optional,
 * "prefers not to say" offered for each, the sensitive ones set apart and explained.
 */
@Component({
  selector: 'app-my-esf-data-page',
  imports: [MatButtonModule, NgTemplateOutlet, LoadError, RigaDatePipe],
  templateUrl: './my-esf-data-page.html',
  styleUrl: './my-esf-data-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyEsfDataPage {
  private readonly api = inject(EsfApi);

  private readonly entries = rxResource({ stream: () => this.api.mine() });
  protected readonly list = computed<MyEsfEntry[]>(() => (this.entries.hasValue() ? this.entries.value() : []));
  protected readonly loading = computed(() => this.entries.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.entries.error();
    return error ? errorMessage(error) : undefined;
  });
  /** Answers changed on the page and not saved yet, per project. */
  private readonly drafts = signal<Record<string, Partial<EsfAnswers>>>({});
  protected readonly saving = signal<string | null>(null);
  protected readonly outcome = signal<Outcome | null>(null);

  protected readonly general = ESF_INDICATOR_NAMES.filter((name) => !SENSITIVE_ESF_INDICATORS.includes(name));
  protected readonly sensitive = SENSITIVE_ESF_INDICATORS;
  protected readonly answerLabel = ESF_ANSWERS;

  protected questionOf(indicator: EsfIndicator): string {
    return ESF_QUESTIONS[indicator];
  }

  protected options(indicator: EsfIndicator): readonly string[] {
    return ESF_INDICATORS[indicator];
  }

  protected chosen(entry: MyEsfEntry, indicator: EsfIndicator): string | null {
    const draft = this.drafts()[entry.projectId];
    return draft && indicator in draft ? (draft[indicator] ?? null) : entry.answers[indicator];
  }

  protected choose(entry: MyEsfEntry, indicator: EsfIndicator, value: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [entry.projectId]: { ...drafts[entry.projectId], [indicator]: value } }));
  }

  protected save(entry: MyEsfEntry, event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    this.saving.set(entry.projectId);
    this.outcome.set(null);
    this.api.save(entry.projectId, { ...this.drafts()[entry.projectId], version: entry.version }).subscribe({
      next: () => {
        this.saving.set(null);
        this.drafts.update(({ [entry.projectId]: _saved, ...rest }) => rest);
        this.outcome.set({ projectId: entry.projectId, kind: 'saved' });
        this.entries.reload();
      },
      error: (error: unknown) => {
        this.saving.set(null);
        const stale = toApiError(error).code === 'STALE_UPDATE';
        this.outcome.set({ projectId: entry.projectId, kind: stale ? 'stale' : 'failed', detail: errorMessage(error) });
      },
    });
  }

  protected reload(): void {
    this.drafts.set({});
    this.outcome.set(null);
    this.entries.reload();
  }
}
