import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { Enrolment, Page } from '@di/contracts';
import type { Observable } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { enrolmentStatusLabel } from '../../shared/enrolments/enrolment-status-label';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { reasonDialog } from '../../shared/enrolments/reason-dialog-opener';
import { ActionOutcomeBox, type ActionOutcome } from '../../shared/forms/action-outcome';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { ListPager } from '../../shared/lists/list-pager';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { EmailPartsPipe } from '../../shared/people/email-parts.pipe';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { EnrolmentsRevision } from './enrolments-revision';

/** The statuses with a list of their own on a run's enrolments page. */
export type ListedStatus = 'enrolled' | 'waitlisted' | 'requested';

export const ENROLMENT_LIST_PAGE_SIZE = 20;


/** The row buttons' names: the visible text, then whose row it is. */
const ROW_ACTION_LABELS = {
  withdraw: (name: string) => $localize`:@@runEnrolments.withdraw.for:Atsaukt dalību: ${name}:name:`,
  promote: (name: string) => $localize`:@@runEnrolments.promote.for:Piešķirt vietu: ${name}:name:`,
  approve: (name: string) => $localize`:@@runEnrolments.approve.for:Apstiprināt: ${name}:name:`,
  reject: (name: string) => $localize`:@@runEnrolments.reject.for:Noraidīt: ${name}:name:`,
};

/**
 * One status's people of a run, paged: those with a seat (withdraw), the waiting list in order
 * (give a seat), or the requests (approve, reject). Every change reloads the page's sections.
 */
@Component({
  selector: 'app-run-enrolment-list',
  imports: [ActionOutcomeBox, MatButtonModule, ListPager, LoadError, EmailPartsPipe, RigaDatePipe],
  templateUrl: './run-enrolment-list.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RunEnrolmentList {
  private readonly api = inject(EnrolmentsApi);
  private readonly revision = inject(EnrolmentsRevision);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();
  private readonly askReason = reasonDialog();

  readonly runId = input.required<string>();
  readonly runTitle = input.required<string>();
  readonly status = input.required<ListedStatus>();

  protected readonly labels = ROW_ACTION_LABELS;
  protected readonly page = signal(1);
  private readonly result = rxResource({
    params: () => ({ runId: this.runId(), status: this.status(), page: this.page(), revision: this.revision.value() }),
    stream: ({ params }) => this.api.list(params.runId, { status: params.status, page: params.page, pageSize: ENROLMENT_LIST_PAGE_SIZE }),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<Enrolment>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  protected readonly rows = computed(() => this.data()?.items ?? []);
  private readonly position = pagePosition(this.data, ENROLMENT_LIST_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;

  protected readonly headingId = computed(() => `enrolments-${this.status()}-heading`);
  protected readonly heading = computed(() => {
    switch (this.status()) {
      case 'enrolled':
        return $localize`:@@runEnrolments.enrolled.heading:Dalībnieki ar vietu`;
      case 'waitlisted':
        return $localize`:@@runEnrolments.waitlist.heading:Gaidīšanas saraksts`;
      default:
        return $localize`:@@runEnrolments.requests.heading:Pieteikumi apstiprināšanai`;
    }
  });
  protected readonly pagerLabel = computed(() => $localize`:@@runEnrolments.pagerLabel:${this.heading()}:list:: lapas`);

  protected readonly busyId = signal<string | null>(null);
  protected readonly outcome = signal<ActionOutcome | null>(null);
  private readonly outcomeBox = viewChild('outcomeBox', { read: ElementRef<HTMLElement> });

  protected goTo(page: number): void {
    this.page.set(page);
  }

  protected retry(): void {
    this.result.reload();
  }

  /** Approving a request, or giving the first on the waiting list a seat by hand. */
  protected enrol(enrolment: Enrolment): void {
    if (this.busyId()) return;
    this.busyId.set(enrolment.id);
    this.run(this.api.update(enrolment.id, { status: 'enrolled', version: enrolment.version }), enrolment);
  }

  protected withdraw(enrolment: Enrolment): void {
    this.askReason({
      heading: $localize`:@@runEnrolments.withdraw.heading:Atsaukt dalību`,
      subject: `${enrolment.fullName}, ${this.runTitle()}`,
      label: $localize`:@@runEnrolments.withdraw.reason:Atsaukšanas iemesls`,
      hint: $localize`:@@runEnrolments.withdraw.hint:Iemesls tiks saglabāts pie pieteikuma. Atbrīvoto vietu saņems pirmais gaidīšanas sarakstā.`,
      submit: $localize`:@@runEnrolments.withdraw.submit:Atsaukt dalību`,
      send: (reason) => this.api.update(enrolment.id, { status: 'withdrawn', reason, version: enrolment.version }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => updated && this.changed(enrolment, updated));
  }

  protected reject(enrolment: Enrolment): void {
    this.askReason({
      heading: $localize`:@@runEnrolments.reject.heading:Noraidīt pieteikumu`,
      subject: `${enrolment.fullName}, ${this.runTitle()}`,
      label: $localize`:@@runEnrolments.reject.reason:Noraidīšanas iemesls`,
      hint: $localize`:@@runEnrolments.reject.hint:Pieteicējs redzēs šo iemeslu.`,
      submit: $localize`:@@runEnrolments.reject.submit:Noraidīt`,
      send: (reason) => this.api.update(enrolment.id, { status: 'rejected', reason, version: enrolment.version }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => updated && this.changed(enrolment, updated));
  }

  private run(request: Observable<Enrolment>, enrolment: Enrolment): void {
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (updated) => {
        this.busyId.set(null);
        this.changed(enrolment, updated);
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.show({ kind: 'failed', text: `${enrolment.fullName}: ${errorMessage(error)}` });
        // Someone else may have changed it first: show it as it is now.
        this.revision.bump();
      },
    });
  }

  private changed(before: Enrolment, after: Enrolment): void {
    this.show({ kind: 'done', text: $localize`:@@runEnrolments.changed:${before.fullName}:name: — ${enrolmentStatusLabel(after.status)}:status:.` });
    this.revision.bump();
  }

  private show(outcome: ActionOutcome): void {
    this.outcome.set(outcome);
    this.focus.element(this.outcomeBox);
  }
}
