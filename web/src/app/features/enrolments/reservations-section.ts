import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { SeatReservation } from '@di/contracts';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { placeFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { LoadError } from '../../shared/lists/load-error';
import { EnrolmentsRevision } from './enrolments-revision';
import { organisationChoices } from './organisation-choices';
import { ReservationFieldErrorPipe } from './reservation-field-errors';
import { createReservationRow, createReservationsForm, reservationRowValue, toReservationInputs } from './reservation-form';

/**
 * Seats held for facilities until a release date and time (Riga): rows of organisation, seats and
 * release, added and removed, saved as a whole at the run's version; a stale save says so.
 */
@Component({
  selector: 'app-reservations-section',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, SubmitButton, LoadError, ReservationFieldErrorPipe],
  templateUrl: './reservations-section.html',
  styleUrl: './enrolment-tables.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReservationsSection {
  private readonly api = inject(EnrolmentsApi);
  private readonly revision = inject(EnrolmentsRevision);
  private readonly focus = focusAfterRender();
  protected readonly organisationGroups = organisationChoices();

  readonly runId = input.required<string>();
  /** The run's version the reservations are saved at (`If-Match`). */
  readonly runVersion = input.required<number>();
  /** Saved: the run's version has moved on, so the page loads the run again. */
  readonly saved = output<void>();

  private readonly reservationsResource = rxResource({
    params: () => this.runId(),
    stream: ({ params }) => this.api.reservations(params),
  });
  protected readonly errorDetail = computed(() => {
    const error = this.reservationsResource.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly loaded = computed(() => this.reservationsResource.hasValue());

  protected readonly form = createReservationsForm();
  protected readonly rows = this.form.controls.rows;
  protected readonly stale = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly outcome = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly addButton = viewChild('addButton', { read: ElementRef<HTMLElement> });

  protected readonly submission = formSubmit<SeatReservation[]>({
    form: this.form,
    reset: () => {
      this.failure.set(null);
      this.stale.set(false);
      this.outcome.set(null);
    },
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => this.api.saveReservations(this.runId(), toReservationInputs(this.rows.getRawValue()), this.runVersion()),
    done: (saved) => {
      this.fill(saved);
      this.outcome.set($localize`:@@reservations.saved:Rezervācijas saglabātas.`);
      this.focus.element(this.problemBox);
      this.revision.bump();
      this.saved.emit();
    },
    failed: (error) => this.showFailure(error),
  });

  constructor() {
    effect(() => {
      if (this.reservationsResource.hasValue()) {
        const reservations = this.reservationsResource.value();
        untracked(() => this.fill(reservations));
      }
    });
  }

  protected add(): void {
    this.rows.push(createReservationRow());
    const index = this.rows.length - 1;
    this.focus.element(() => this.fieldOf(index));
  }

  protected removeLabel(index: number): string {
    return $localize`:@@reservations.remove.for:Noņemt rezervāciju ${index + 1}:number:`;
  }

  protected remove(index: number): void {
    this.rows.removeAt(index);
    this.rows.markAsDirty();
    this.outcome.set($localize`:@@reservations.rowRemoved:Rinda noņemta. Izmaiņas stāsies spēkā pēc saglabāšanas.`);
    this.focus.element(this.addButton);
  }

  /** After a stale save: the reservations as they are now, replacing what was typed; the page reloads the run. */
  protected reload(): void {
    this.stale.set(false);
    this.reservationsResource.reload();
    this.saved.emit();
  }

  protected retry(): void {
    this.reservationsResource.reload();
  }

  private fill(reservations: readonly SeatReservation[]): void {
    this.rows.clear();
    for (const reservation of reservations) {
      const row = createReservationRow();
      row.setValue(reservationRowValue(reservation));
      this.rows.push(row);
    }
    this.form.markAsPristine();
  }

  private fieldOf(index: number): ElementRef<HTMLElement> | undefined {
    const element = this.formElement()?.nativeElement.querySelector<HTMLElement>(`#reservation-organisation-${index}`);
    return element ? new ElementRef(element) : undefined;
  }

  private showFailure(error: ApiError): void {
    if (error.code === 'STALE_UPDATE') {
      this.stale.set(true);
      this.focus.element(this.problemBox);
      return;
    }
    const placed = placeFieldErrors(this.form, error);
    if (placed.fieldsOnly) {
      this.focus.firstInvalid(this.formElement);
      return;
    }
    this.failure.set(placed.unplaced || errorMessage(error));
    this.focus.element(this.problemBox);
  }
}
