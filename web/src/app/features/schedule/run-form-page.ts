import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CourseRun } from '@di/contracts';
import { of, catchError, map } from 'rxjs';
import { type ApiError, errorMessage, isNotFound } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { ReferenceData } from '../../core/reference/reference-data';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { FieldErrorPipe, placeFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { MAX_PROMOTION_OFFER_HOURS, RUN_FIELD_MAP, RUN_STATUS_OPTIONS, createRunForm, runFormValue, toRunRequest } from './run-form-model';
import { ScheduleApi } from './schedule-api';
import { RunStatusLabelPipe } from '../../shared/run-status-label';
import { SessionFieldErrorPipe } from './session-field-errors';

/**
 * A new run of a course (`courses/:id/runs/new`) or a change to one (`runs/:id/edit`): dates,
 * enrolment window, seats, approval, trainers. A coordinator organises runs in their own region.
 */
@Component({
  selector: 'app-run-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    LocalisedPipe,
    LoadError,
    LoadingIndicator,
    SubmitButton,
    FieldErrorPipe,
    SessionFieldErrorPipe,
    RunStatusLabelPipe,
  ],
  templateUrl: './run-form-page.html',
  styleUrl: './run-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class RunFormPage {
  private readonly api = inject(ScheduleApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthSession);
  private readonly focus = focusAfterRender();
  protected readonly reference = inject(ReferenceData);
  /** `new`: `:id` is the course; `edit`: `:id` is the run. */
  protected readonly mode: 'new' | 'edit' = inject(ActivatedRoute).snapshot.data['runForm'] === 'edit' ? 'edit' : 'new';

  readonly id = input.required<string>();

  private readonly runResource = rxResource({
    params: () => (this.mode === 'edit' ? this.id() : undefined),
    stream: ({ params }) => this.api.run(params),
  });
  private readonly courseResource = rxResource({
    params: () => (this.mode === 'new' ? this.id() : this.runResource.hasValue() ? this.runResource.value().courseId : undefined),
    stream: ({ params }) => this.api.course(params),
  });
  private readonly projectsResource = rxResource({ stream: () => this.api.projects().pipe(map((page) => page.items), catchError(() => of([]))) });
  private readonly trainersResource = rxResource({ stream: () => this.api.trainers().pipe(map((page) => page.items), catchError(() => of([]))) });

  protected readonly run = computed<CourseRun | undefined>(() => (this.runResource.hasValue() ? this.runResource.value() : undefined));
  protected readonly course = computed(() => (this.courseResource.hasValue() ? this.courseResource.value() : undefined));
  protected readonly projects = computed(() => (this.projectsResource.hasValue() ? this.projectsResource.value() : []));
  protected readonly statuses = RUN_STATUS_OPTIONS;
  protected readonly maxOfferHours = MAX_PROMOTION_OFFER_HOURS;
  protected readonly loadError = computed(() => {
    const error = this.runResource.error() ?? this.courseResource.error();
    if (!error) return undefined;
    return isNotFound(error) ? { notFound: true, detail: '' } : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly ready = computed(() => !!this.course() && (this.mode === 'new' || !!this.run()));

  protected readonly form = createRunForm();
  /** The run's own trainers first (with their names from the run), then the others the caller may see. */
  protected readonly trainerOptions = computed(() => {
    const own = this.run()?.trainers ?? [];
    const seen = this.trainersResource.hasValue() ? this.trainersResource.value().filter((user) => user.status === 'active') : [];
    return [...own, ...seen.filter((user) => !own.some((trainer) => trainer.id === user.id)).map((user) => ({ id: user.id, fullName: user.fullName }))];
  });
  protected readonly organisations = computed(() => {
    const region = this.regionCode();
    return this.reference.organisations().filter((organisation) => !region || organisation.regionCode === region);
  });
  private readonly regionCode = toSignal(this.form.controls.regionCode.valueChanges, { initialValue: this.form.controls.regionCode.value });

  protected readonly stale = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');

  protected readonly submission = formSubmit<CourseRun>({
    form: this.form,
    reset: () => {
      this.failure.set(null);
      this.stale.set(false);
    },
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const request = toRunRequest(this.form.getRawValue());
      const run = this.run();
      return run ? this.api.updateRun(run.id, { ...request, version: run.version }) : this.api.createRun(this.id(), request);
    },
    leavesPage: true,
    done: (run) => void this.router.navigate(['/runs', run.id]),
    failed: (error) => this.showFailure(error),
  });

  constructor() {
    // A coordinator's own region is where a new run is most likely organised.
    effect(() => {
      if (this.mode !== 'new') return;
      const region = this.auth.me()?.roles.find((grant) => grant.role === 'coordinator' && grant.scope && 'regionCode' in grant.scope)?.scope;
      if (region && 'regionCode' in region && !this.form.controls.regionCode.value) untracked(() => this.form.controls.regionCode.setValue(region.regionCode));
    });
    effect(() => {
      const run = this.run();
      if (run) untracked(() => this.fill(run));
    });
    effect(() => {
      const options = this.trainerOptions();
      const chosen = new Set(this.run()?.trainerIds ?? []);
      untracked(() => {
        const group = this.form.controls.trainers;
        for (const option of options) if (!group.contains(option.id)) group.addControl(option.id, new FormControl(chosen.has(option.id), { nonNullable: true }));
      });
    });
  }

  protected trainerBox(id: string): FormControl<boolean> {
    return this.form.controls.trainers.controls[id];
  }

  /** After a stale save: the run as it is now, replacing what was typed. */
  protected reload(): void {
    this.runResource.reload();
  }

  private fill(run: CourseRun): void {
    this.form.patchValue(runFormValue(run));
    for (const [id, box] of Object.entries(this.form.controls.trainers.controls)) box.setValue(run.trainerIds.includes(id));
    this.form.markAsPristine();
  }

  private showFailure(error: ApiError): void {
    if (error.code === 'STALE_UPDATE') {
      this.stale.set(true);
      this.focus.element(this.problemBox);
      return;
    }
    const placed = placeFieldErrors(this.form, error, RUN_FIELD_MAP);
    if (placed.fieldsOnly) {
      this.focus.firstInvalid(this.formElement);
      return;
    }
    this.failure.set(placed.unplaced || errorMessage(error));
    this.focus.element(this.problemBox);
  }
}
