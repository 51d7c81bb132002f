import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { MatCheckboxModule, type MatCheckboxChange } from '@angular/material/checkbox';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { CompletionApi } from '../../shared/enrolments/completion-api';
import { ownCourseProgress } from '../../shared/enrolments/own-course-progress';
import { RequiredModulesText } from '../../shared/enrolments/required-modules-text';

/**
 * On the module reader, for a person holding a seat in a run of the course: "I have learnt this
 * module", saved at once, with the outcome announced. Hidden for everyone else.
 */
@Component({
  selector: 'app-module-completion',
  imports: [MatCheckboxModule, RequiredModulesText],
  templateUrl: './module-completion.html',
  styleUrl: './module-completion.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleCompletion {
  private readonly api = inject(CompletionApi);

  readonly courseId = input.required<string>();
  readonly moduleId = input.required<string>();
  readonly required = input.required<boolean>();

  protected readonly own = ownCourseProgress(() => this.courseId());
  protected readonly done = computed(() => this.own.doneModuleIds().has(this.moduleId()));
  /** What the box shows: the saved state, or the person's choice while it is being saved. */
  protected readonly checked = linkedSignal(() => this.done());
  protected readonly busy = signal(false);
  protected readonly outcome = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected toggle(event: MatCheckboxChange): void {
    if (this.busy()) return;
    const done = event.checked;
    this.checked.set(done);
    this.busy.set(true);
    this.outcome.set(null);
    this.failure.set(null);
    this.api.markModule(this.moduleId(), done).subscribe({
      next: (progress) => {
        this.busy.set(false);
        this.own.update(progress);
        this.outcome.set(
          done
            ? $localize`:@@moduleCompletion.done:Modulis atzīmēts kā apgūts.`
            : $localize`:@@moduleCompletion.undone:Atzīme noņemta: modulis vairs nav atzīmēts kā apgūts.`,
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.checked.set(!done);
        this.failure.set(
          toApiError(error).code === 'NOT_ENROLLED'
            ? $localize`:@@moduleCompletion.notEnrolled:Moduļus var atzīmēt tikai tie, kam ir vieta kādā šī kursa ciklā.`
            : errorMessage(error),
        );
      },
    });
  }
}
