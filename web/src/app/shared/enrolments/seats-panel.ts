import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { errorMessage } from '../../core/api/api-error';
import { LoadError } from '../lists/load-error';
import { RigaDatePipe } from '../riga-date.pipe';
import { EnrolmentsApi } from './enrolments-api';

/** A run's seats at a glance: capacity, taken, held for facilities, free, waiting, and per facility. */
@Component({
  selector: 'app-seats-panel',
  imports: [LoadError, RigaDatePipe],
  templateUrl: './seats-panel.html',
  styleUrl: './seats-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeatsPanel {
  private readonly api = inject(EnrolmentsApi);

  readonly runId = input.required<string>();
  /** Bumped by the page after a change to the enrolments, so the numbers are loaded again. */
  readonly revision = input(0);

  private readonly seatsResource = rxResource({
    params: () => ({ runId: this.runId(), revision: this.revision() }),
    stream: ({ params }) => this.api.seats(params.runId),
  });
  protected readonly seats = computed(() => (this.seatsResource.hasValue() ? this.seatsResource.value() : undefined));
  protected readonly loading = computed(() => this.seatsResource.isLoading());
  protected readonly errorDetail = computed(() => {
    const error = this.seatsResource.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly reservations = computed(() =>
    (this.seats()?.reservations ?? []).map((reservation) => ({
      ...reservation,
      free: reservation.releasedAt ? 0 : Math.max(0, reservation.seats - reservation.taken),
    })),
  );

  protected retry(): void {
    this.seatsResource.reload();
  }
}
