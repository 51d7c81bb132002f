import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { errorMessage } from '../../core/api/api-error';
import { EnrolmentsApi } from '../../shared/enrolments/enrolments-api';
import { OwnEnrolment, type OwnEnrolmentChange } from '../../shared/enrolments/own-enrolment';
import { ActionOutcomeBox, type ActionOutcome } from '../../shared/forms/action-outcome';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { LoadError } from '../../shared/lists/load-error';
import { enrolledText, enrolmentAction } from './enrolment-action';


/**
 * The run page's part for the signed-in person: enrol (or ask to, or join the waiting list), or why
 * not; once enrolled, their status with accepting an offered seat and withdrawing. Outcomes are
 * announced, and focus goes to them, as the button pressed may be gone.
 */
@Component({
  selector: 'app-enrolment-panel',
  imports: [ActionOutcomeBox, MatButtonModule, LoadError, OwnEnrolment],
  templateUrl: './enrolment-panel.html',
  styleUrl: './enrolment-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentPanel {
  private readonly api = inject(EnrolmentsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();

  readonly runId = input.required<string>();
  readonly runTitle = input.required<string>();
  /** The person's enrolment changed: the page reloads its seats. */
  readonly changed = output<void>();

  private readonly revision = signal(0);
  private readonly optionsResource = rxResource({
    params: () => ({ runId: this.runId(), revision: this.revision() }),
    stream: ({ params }) => this.api.options(params.runId),
  });
  protected readonly action = computed(() => (this.optionsResource.hasValue() ? enrolmentAction(this.optionsResource.value()) : undefined));
  protected readonly errorDetail = computed(() => {
    const error = this.optionsResource.error();
    return error ? errorMessage(error) : undefined;
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<ActionOutcome | null>(null);
  private readonly outcomeBox = viewChild('outcomeBox', { read: ElementRef<HTMLElement> });

  protected enrol(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(null);
    this.api
      .enrol(this.runId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (enrolment) => {
          this.busy.set(false);
          this.after({ kind: 'done', text: enrolledText(enrolment) });
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.after({ kind: 'failed', text: errorMessage(error) });
        },
      });
  }

  protected ownChanged(change: OwnEnrolmentChange): void {
    this.after({
      kind: 'done',
      text:
        change.kind === 'accepted'
          ? $localize`:@@enrolment.done.accepted:Vieta pieņemta: jums ir vieta šajā ciklā.`
          : $localize`:@@enrolment.done.withdrawn:Jūs atteicāties no dalības šajā ciklā.`,
    });
  }

  protected retry(): void {
    this.optionsResource.reload();
  }

  /** Whatever happened, the options (and the page's seats) are loaded again. */
  private after(outcome: ActionOutcome): void {
    this.outcome.set(outcome);
    this.revision.update((value) => value + 1);
    this.changed.emit();
    this.focus.element(this.outcomeBox);
  }
}
