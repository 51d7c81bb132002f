import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink, type Params } from '@angular/router';
import type { BulkEnrolmentResponse, Enrolment, EnrolmentResult, LocalisedText, Page } from '@di/contracts';
import type { Observable } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { enrolmentResultText, tallyResults } from '../../shared/enrolments/enrolment-result-text';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { reasonDialog } from '../../shared/enrolments/reason-dialog-opener';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { Pager } from '../../shared/lists/pager';
import { EmailPartsPipe } from '../../shared/people/email-parts.pipe';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { runTitles } from './run-titles';
import { Selection } from './selection';

export const REQUESTS_PAGE_SIZE = 25;
/** The most requests one decision takes. */
export const MAX_DECISIONS = 200;

export interface DecisionRow {
  name: string;
  /** Kept with the row: once decided, its run may leave the list (and its titles). */
  runTitle: LocalisedText | null;
  text: string;
  failed: boolean;
}

/**
 * Requests waiting for the coordinator's decision, across runs: tick several (or a whole page),
 * approve them or reject them with a reason, and see each one's outcome.
 */
@Component({
  selector: 'app-pending-requests-page',
  imports: [MatButtonModule, MatCheckboxModule, RouterLink, LocalisedPipe, LoadError, Pager, EmailPartsPipe, RigaDatePipe],
  templateUrl: './pending-requests-page.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class PendingRequestsPage {
  private readonly api = inject(EnrolmentsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();
  private readonly askReason = reasonDialog();

  /** `?page=`, bound by the router. */
  readonly page = input<string>();
  private readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });

  private readonly result = rxResource({
    params: () => ({ page: this.pageNumber() }),
    stream: ({ params }) => this.api.search({ status: 'requested', page: params.page, pageSize: REQUESTS_PAGE_SIZE }),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<Enrolment>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  protected readonly requests = computed(() => this.data()?.items ?? []);
  private readonly position = pagePosition(this.data, REQUESTS_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly pageParams = (page: number): Params => (page > 1 ? { page } : {});

  protected readonly runTitle = runTitles(() => this.requests().map((request) => request.runId));
  protected readonly selection = new Selection<Enrolment>();
  protected readonly pageState = computed(() => this.selection.stateOf(this.requests()));

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly results = signal<DecisionRow[] | null>(null);
  protected readonly tally = signal({ done: 0, failed: 0 });
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');

  protected approveSelected(): void {
    const ids = this.chosenIds();
    if (!ids || this.busy()) return;
    this.busy.set(true);
    this.api
      .decide({ enrolmentIds: ids, status: 'enrolled' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.busy.set(false);
          this.showResults(response.results);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.fail(errorMessage(error));
        },
      });
  }

  protected rejectSelected(): void {
    const ids = this.chosenIds();
    if (!ids) return;
    const send = (reason: string): Observable<BulkEnrolmentResponse> => this.api.decide({ enrolmentIds: ids, status: 'rejected', reason });
    this.askReason({
      heading: $localize`:@@pendingRequests.reject.heading:Noraidīt atzīmētos pieteikumus`,
      subject: $localize`:@@pendingRequests.reject.subject:Atzīmēti pieteikumi: ${ids.length}:count:`,
      label: $localize`:@@runEnrolments.reject.reason:Noraidīšanas iemesls`,
      hint: $localize`:@@pendingRequests.reject.hint:Katrs pieteicējs redzēs šo iemeslu.`,
      submit: $localize`:@@runEnrolments.reject.submit:Noraidīt`,
      send,
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((response) => response && this.showResults(response.results));
  }

  protected retry(): void {
    this.result.reload();
  }

  /** The ticked requests, or null (and why) when there are none or too many. */
  private chosenIds(): string[] | null {
    this.failure.set(null);
    const ids = this.selection.ids();
    if (ids.length === 0) {
      this.fail($localize`:@@pendingRequests.noneSelected:Vispirms atzīmējiet pieteikumus.`);
      return null;
    }
    if (ids.length > MAX_DECISIONS) {
      this.fail($localize`:@@pendingRequests.tooMany:Vienā reizē var izlemt ne vairāk kā ${MAX_DECISIONS}:max: pieteikumus.`);
      return null;
    }
    return ids;
  }

  private fail(text: string): void {
    this.failure.set(text);
    this.focus.element(this.resultBox);
  }

  private showResults(results: EnrolmentResult[]): void {
    this.results.set(
      results.map((result) => {
        const request = result.enrolmentId ? this.selection.get(result.enrolmentId) : undefined;
        return {
          name: request?.fullName ?? '',
          runTitle: request ? this.runTitle(request.runId) : null,
          text: enrolmentResultText(result),
          failed: result.status === 'error',
        };
      }),
    );
    this.tally.set(tallyResults(results));
    this.selection.remove(results.flatMap((result) => (result.status !== 'error' && result.enrolmentId ? [result.enrolmentId] : [])));
    this.result.reload();
    this.focus.element(this.resultBox);
  }
}
