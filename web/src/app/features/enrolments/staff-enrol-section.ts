import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { EnrolmentResult, Page, User } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { ReferenceData } from '../../core/reference/reference-data';
import { enrolmentResultText, tallyResults } from '../../shared/enrolments/enrolment-result-text';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { debouncedSearch } from '../../shared/filters/debounced-search';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { ListPager } from '../../shared/lists/list-pager';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { EmailPartsPipe } from '../../shared/people/email-parts.pipe';
import { EnrolmentsRevision } from './enrolments-revision';
import { organisationChoices } from './organisation-choices';
import { Selection } from './selection';

export const STAFF_PAGE_SIZE = 25;
/** The most people one bulk enrolment takes. */
export const MAX_BULK_ENROLMENT = 500;

interface StaffFilter {
  organisation: string;
  q?: string;
  page: number;
}

export interface StaffResultRow {
  name: string;
  text: string;
  failed: boolean;
}

/**
 * Enrolling a facility's staff: choose an organisation, search, tick people (across pages), enrol
 * the ticked ones in one request, and see each person's outcome.
 */
@Component({
  selector: 'app-staff-enrol-section',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ListPager, LoadError, EmailPartsPipe],
  templateUrl: './staff-enrol-section.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffEnrolSection {
  private readonly api = inject(EnrolmentsApi);
  private readonly revision = inject(EnrolmentsRevision);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();
  protected readonly reference = inject(ReferenceData);
  protected readonly organisationGroups = organisationChoices();

  readonly runId = input.required<string>();

  protected readonly filter = signal<StaffFilter>({ organisation: '', page: 1 });
  protected readonly search = debouncedSearch({
    filter: this.filter,
    withText: (text) => ({ ...this.filter(), q: text.trim() || undefined, page: 1 }),
    emit: (next) => this.filter.set(next),
  });

  private readonly result = rxResource({
    params: () => this.filter(),
    stream: ({ params }) =>
      this.api.people({ organisationId: params.organisation || undefined, q: params.q, role: 'participant', page: params.page, pageSize: STAFF_PAGE_SIZE }),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<User>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  protected readonly people = computed(() => this.data()?.items ?? []);
  private readonly position = pagePosition(this.data, STAFF_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;

  protected readonly selection = new Selection<User>();
  protected readonly pageState = computed(() => this.selection.stateOf(this.people()));

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly results = signal<StaffResultRow[] | null>(null);
  protected readonly tally = signal({ done: 0, failed: 0 });
  private readonly resultBox = viewChild<ElementRef<HTMLElement>>('resultBox');

  protected chooseOrganisation(event: Event): void {
    this.filter.set({ ...this.filter(), organisation: (event.target as HTMLSelectElement).value, page: 1 });
  }

  protected typed(event: Event): void {
    this.search.input((event.target as HTMLInputElement).value);
  }

  protected goTo(page: number): void {
    this.filter.set({ ...this.filter(), page });
  }

  protected retry(): void {
    this.result.reload();
  }

  protected enrolSelected(): void {
    if (this.busy()) return;
    this.failure.set(null);
    const chosen = this.selection.items();
    if (chosen.length === 0) {
      this.failure.set($localize`:@@staffEnrol.noneSelected:Vispirms atzīmējiet cilvēkus, kurus pieteikt.`);
      this.focus.element(this.resultBox);
      return;
    }
    if (chosen.length > MAX_BULK_ENROLMENT) {
      this.failure.set($localize`:@@staffEnrol.tooMany:Vienā reizē var pieteikt ne vairāk kā ${MAX_BULK_ENROLMENT}:max: cilvēkus.`);
      this.focus.element(this.resultBox);
      return;
    }
    this.busy.set(true);
    this.results.set(null);
    this.api
      .enrolMany(this.runId(), chosen.map((person) => person.id))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ results }) => {
          this.busy.set(false);
          this.showResults(results);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(errorMessage(error));
          this.focus.element(this.resultBox);
        },
      });
  }

  private showResults(results: EnrolmentResult[]): void {
    this.results.set(
      results.map((result) => ({
        name: (result.userId && this.selection.get(result.userId)?.fullName) || (result.userId ?? ''),
        text: enrolmentResultText(result),
        failed: result.status === 'error',
      })),
    );
    this.tally.set(tallyResults(results));
    // Those enrolled are done with; those that failed stay ticked, to try again or untick.
    this.selection.remove(results.flatMap((result) => (result.status !== 'error' && result.userId ? [result.userId] : [])));
    this.revision.bump();
    this.focus.element(this.resultBox);
  }
}
