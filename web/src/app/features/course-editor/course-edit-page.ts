import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  COURSE_AUDIENCES,
  COURSE_STATUSES,
  type Course,
} from '@di/contracts';
import { of } from 'rxjs';
import {
  type ApiError,
  errorMessage,
  isNotFound,
} from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { ReferenceData } from '../../core/reference/reference-data';
import { pageTitleFrom } from '../../core/title/page-title';
import {
  ErrorSummary,
  type ErrorSummaryItem,
} from '../../shared/forms/error-summary';
import { applyFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { pageOutcome } from '../../shared/forms/page-outcome';
import { SubmitButton } from '../../shared/forms/submit-button';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { groupOrganisations } from '../../shared/organisation-options';
import { CourseEditorApi } from './course-editor-api';
import {
  COURSE_FIELD_LABELS,
  audienceLabel,
  statusLabel,
} from './course-editor-labels';
import {
  EditorFieldErrorPipe,
  editorSummaryItems,
} from './course-field-error';
import {
  COURSE_FIELD_MAP,
  type CourseForm,
  createCourseForm,
  patchCourseForm,
  toCreateCourseRequest,
  toUpdateCourseRequest,
} from './course-form';
import { CourseModules } from './course-modules';

const ID_PREFIX = 'course';

/** Router navigation state for the edit page, after the course was created. */
export interface CourseEditState {
  notice?: 'created';
}

type Outcome = { kind: 'saved' } | { kind: 'unchanged' } | { kind: 'reloaded' };

/** A new course (`courses/new`) or one to edit (`courses/:id/edit`), with its modules. */
@Component({
  selector: 'app-course-edit-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    ErrorSummary,
    SubmitButton,
    LoadError,
    LoadingIndicator,
    EditorFieldErrorPipe,
    CourseModules,
  ],
  templateUrl: './course-edit-page.html',
  styleUrl: './course-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CourseEditPage {
  private readonly api = inject(CourseEditorApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly locale = inject(ACTIVE_LOCALE);
  protected readonly reference = inject(ReferenceData);

  /** The route's `:id`, bound by the router; none on `courses/new`. */
  readonly id = input<string>();
  protected readonly isNew = computed(() => !this.id());

  protected readonly notice = signal(
    (
      this.router.currentNavigation()?.extras.state as
        | CourseEditState
        | undefined
    )?.notice ?? null,
  );

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => (params ? this.api.course(params) : of(undefined)),
  });
  /** The course as last loaded or saved; its modules and version follow the modules section. */
  protected readonly course = linkedSignal<Course | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  /** What the form was last filled from: a save sends only what differs from it. */
  private baseline: Course | undefined;
  protected readonly loading = computed(
    () => !!this.id() && this.loaded.isLoading(),
  );
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly courseTitle = computed(() => {
    const course = this.course();
    return course ? localised(course.title, this.locale) : '';
  });

  protected readonly idPrefix = ID_PREFIX;
  protected readonly loadingLabel = $localize`:@@courseEditor.loading:Ielādē kursa datus…`;
  protected readonly labels = COURSE_FIELD_LABELS;
  protected readonly audiences = COURSE_AUDIENCES.map((value) => ({
    value,
    label: audienceLabel(value),
  }));
  protected readonly statuses = COURSE_STATUSES.map((value) => ({
    value,
    label: statusLabel(value),
  }));
  protected readonly organisationGroups = computed(() =>
    groupOrganisations(
      this.reference.organisations(),
      this.reference.regions(),
      this.locale,
    ),
  );
  protected readonly form: CourseForm = createCourseForm(
    inject(NonNullableFormBuilder),
  );
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly outcome = pageOutcome<Outcome>();
  protected readonly stale = signal(false);
  protected readonly reloading = signal(false);
  protected readonly reloadProblem = signal<string | null>(null);
  private readonly leaving = signal(false);
  private readonly summary = viewChild(ErrorSummary);
  private readonly staleNotice =
    viewChild<ElementRef<HTMLElement>>('staleNotice');
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');

  protected readonly submission = formSubmit<Course>({
    form: this.form,
    blocked: () => this.leaving() || (!this.isNew() && !this.course()),
    reset: () => {
      this.outcome.set(null);
      this.errors.set([]);
      this.stale.set(false);
      this.notice.set(null);
    },
    invalid: () => this.showErrors(),
    request: () => {
      if (this.isNew()) {
        return this.api.createCourse(toCreateCourseRequest(this.form));
      }
      const course = this.course();
      const baseline = this.baseline;
      if (!course || !baseline) return null;
      const request = toUpdateCourseRequest(this.form, baseline);
      if (Object.keys(request).length === 0) {
        this.outcome.set({ kind: 'unchanged' });
        return null;
      }
      // The version it was based on: the API refuses the change if someone else saved meanwhile.
      return this.api.updateCourse(course.id, {
        ...request,
        version: course.version,
      });
    },
    done: (saved) => {
      if (this.isNew()) {
        // On to the new course's page, where modules are added; nothing is sent twice meanwhile.
        this.leaving.set(true);
        const state: CourseEditState = { notice: 'created' };
        void this.router.navigate(['/courses', saved.id, 'edit'], { state });
        return;
      }
      this.course.set(saved);
      this.fill(saved);
      this.outcome.set({ kind: 'saved' });
    },
    failed: (error) => {
      if (error.code === 'STALE_UPDATE') {
        this.showStale();
      } else {
        this.showErrors(this.placeServerErrors(error));
      }
    },
  });

  constructor() {
    pageTitleFrom(() =>
      this.loadError()?.notFound
        ? $localize`:@@courseEditor.notFound.title:Kurss nav atrasts`
        : this.courseTitle() || undefined,
    );
    // Fill the form when the course first loads (later module changes leave what is typed).
    effect(() => {
      const course = this.loaded.hasValue() ? this.loaded.value() : undefined;
      if (course) {
        untracked(() => this.fill(course));
      }
    });
  }

  /** The modules section changed the course (its modules, its version). */
  protected modulesChanged(course: Course): void {
    this.course.set(course);
  }

  /** After a stale save: the course as it is now, replacing what was typed. */
  protected reloadLatest(): void {
    const course = this.course();
    if (this.reloading() || !course) return;
    this.reloading.set(true);
    this.reloadProblem.set(null);
    this.api.course(course.id).subscribe({
      next: (latest) => {
        this.reloading.set(false);
        this.stale.set(false);
        this.course.set(latest);
        this.fill(latest);
        this.outcome.set({ kind: 'reloaded' });
        afterNextRender(
          () =>
            this.formElement()
              ?.nativeElement.querySelector<HTMLElement>('input, select')
              ?.focus(),
          { injector: this.injector },
        );
      },
      error: (error: unknown) => {
        this.reloading.set(false);
        this.reloadProblem.set(errorMessage(error));
      },
    });
  }

  protected retryLoad(): void {
    this.loaded.reload();
  }

  private fill(course: Course): void {
    this.baseline = course;
    patchCourseForm(this.form, course);
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  private placeServerErrors(apiError: ApiError): string[] {
    const code = this.form.controls.code;
    if (apiError.code === 'ALREADY_EXISTS') {
      code.setErrors({
        server: $localize`:@@courseEditor.error.codeTaken:Kurss ar šādu kodu jau ir. Izvēlieties citu kodu.`,
      });
      code.markAsTouched();
      return [];
    }
    if (apiError.code === 'REFERENCE_NOT_FOUND') {
      const provider = this.form.controls.providerOrganisationId;
      provider.setErrors({
        server: $localize`:@@courseEditor.error.providerGone:Šī organizācija vairs nav atrodama. Izvēlieties citu.`,
      });
      provider.markAsTouched();
      return [];
    }
    if (apiError.status === 400 && apiError.problem.errors?.length) {
      return applyFieldErrors(this.form, apiError.problem, COURSE_FIELD_MAP);
    }
    return [errorMessage(apiError)];
  }

  private showStale(): void {
    this.reloadProblem.set(null);
    this.stale.set(true);
    afterNextRender(() => this.staleNotice()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private showErrors(other: string[] = []): void {
    this.form.markAllAsTouched();
    const c = this.form.controls;
    const l = COURSE_FIELD_LABELS;
    const id = (name: string) => `${ID_PREFIX}-${name}`;
    this.errors.set(
      editorSummaryItems(
        [
          { control: c.code, id: id('code'), label: l.code },
          { control: c.titleLv, id: id('title-lv'), label: l.titleLv },
          { control: c.titleEn, id: id('title-en'), label: l.titleEn },
          {
            control: c.descriptionLv,
            id: id('description-lv'),
            label: l.descriptionLv,
          },
          {
            control: c.descriptionEn,
            id: id('description-en'),
            label: l.descriptionEn,
          },
          { control: c.audience, id: id('audience'), label: l.audience },
          {
            control: c.providerOrganisationId,
            id: id('provider'),
            label: l.provider,
          },
          {
            control: c.plannedHours,
            id: id('planned-hours'),
            label: l.plannedHours,
          },
          {
            control: c.minAttendancePercent,
            id: id('min-attendance'),
            label: l.minAttendancePercent,
          },
          { control: c.status, id: id('status'), label: l.status },
        ],
        other,
      ),
    );
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
