import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink, type Params } from '@angular/router';
import type { MyEnrolment, Page } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { OwnEnrolment, type OwnEnrolmentChange } from '../../shared/enrolments/own-enrolment';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { keepWhileLoading } from '../../shared/lists/keep-while-loading';
import { LoadError } from '../../shared/lists/load-error';
import { pagePosition } from '../../shared/lists/page-position';
import { Pager } from '../../shared/lists/pager';
import { formatDate } from '../../shared/riga-calendar';

export const MY_ENROLMENTS_PAGE_SIZE = 25;

/** The signed-in person's enrolments: each run with its dates and status, accepting an offered seat, withdrawing. */
@Component({
  selector: 'app-my-enrolments-page',
  imports: [RouterLink, LoadError, Pager, OwnEnrolment],
  templateUrl: './my-enrolments-page.html',
  styleUrl: './my-enrolments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyEnrolmentsPage {
  private readonly api = inject(EnrolmentsApi);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  /** `?page=`, bound by the router. */
  readonly page = input<string>();
  private readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });

  private readonly result = rxResource({
    params: () => ({ page: this.pageNumber() }),
    stream: ({ params }) => this.api.mine({ page: params.page, pageSize: MY_ENROLMENTS_PAGE_SIZE }),
  });
  protected readonly loading = computed(() => this.result.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.result.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly data = keepWhileLoading<Page<MyEnrolment>>(() => (this.result.hasValue() ? this.result.value() : undefined), this.errorDetail);
  protected readonly rows = computed(() =>
    (this.data()?.items ?? []).map((enrolment) => ({
      enrolment,
      title: localised(enrolment.run.title, this.locale),
      dates: `${formatDate(enrolment.run.startsOn)}–${formatDate(enrolment.run.endsOn)}`,
    })),
  );
  private readonly position = pagePosition(this.data, MY_ENROLMENTS_PAGE_SIZE);
  protected readonly total = this.position.total;
  protected readonly currentPage = this.position.currentPage;
  protected readonly pageCount = this.position.pageCount;
  protected readonly pageParams = (page: number): Params => (page > 1 ? { page } : {});

  protected readonly outcome = signal<string | null>(null);
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  protected changed(title: string, change: OwnEnrolmentChange): void {
    this.outcome.set(
      change.kind === 'accepted'
        ? $localize`:@@myEnrolments.accepted:Vieta pieņemta: ${title}:title:.`
        : $localize`:@@myEnrolments.withdrawn:Jūs atteicāties no dalības: ${title}:title:.`,
    );
    this.result.reload();
    this.focus.element(this.outcomeBox);
  }

  protected retry(): void {
    this.result.reload();
  }
}
