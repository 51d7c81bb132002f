import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { Enrolment } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { RigaDatePipe } from '../riga-date.pipe';
import { EnrolmentStatusLabelPipe } from './enrolment-status-label';
import { EnrolmentsApi } from './enrolments-api';
import { reasonDialog } from './reason-dialog-opener';

export interface OwnEnrolmentChange {
  kind: 'accepted' | 'withdrawn';
  enrolment: Enrolment;
}

/** Statuses one may still withdraw from oneself. */
const WITHDRAWABLE = new Set<Enrolment['status']>(['requested', 'enrolled', 'waitlisted']);

/**
 * The signed-in person's own enrolment in a run: its status, the place on the waiting list, a seat
 * on offer with "accept", and withdrawing (with a reason). The page says what happened.
 */
@Component({
  selector: 'app-own-enrolment',
  imports: [MatButtonModule, RigaDatePipe, EnrolmentStatusLabelPipe],
  templateUrl: './own-enrolment.html',
  styleUrl: './enrolment-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnEnrolment {
  private readonly api = inject(EnrolmentsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly askReason = reasonDialog();

  readonly enrolment = input.required<Enrolment>();
  /** For the withdraw dialog: which run it is. */
  readonly runTitle = input.required<string>();
  readonly changed = output<OwnEnrolmentChange>();

  protected readonly mayWithdraw = computed(() => WITHDRAWABLE.has(this.enrolment().status));
  protected readonly offered = computed(() => {
    const enrolment = this.enrolment();
    return enrolment.status === 'waitlisted' && enrolment.offerExpiresAt !== null;
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected accept(): void {
    if (this.busy()) return;
    const enrolment = this.enrolment();
    this.busy.set(true);
    this.failure.set(null);
    this.api
      .update(enrolment.id, { status: 'enrolled', version: enrolment.version })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.changed.emit({ kind: 'accepted', enrolment: updated });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.failure.set(errorMessage(error));
        },
      });
  }

  protected withdraw(): void {
    const enrolment = this.enrolment();
    this.failure.set(null);
    this.askReason({
      heading: $localize`:@@enrolment.withdrawSelf.heading:Atteikties no dalības`,
      subject: this.runTitle(),
      label: $localize`:@@enrolment.withdrawSelf.reason:Kāpēc atsakāties?`,
      hint: $localize`:@@enrolment.withdrawSelf.hint:To redzēs koordinators. Vieta tiks atbrīvota citiem.`,
      submit: $localize`:@@enrolment.withdrawSelf.submit:Atteikties`,
      send: (reason) => this.api.update(enrolment.id, { status: 'withdrawn', reason, version: enrolment.version }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => {
        if (updated) this.changed.emit({ kind: 'withdrawn', enrolment: updated });
      });
  }
}
