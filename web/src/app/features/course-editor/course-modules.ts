import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { Course, CourseModule, CreateModuleRequest } from '@di/contracts';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { notBlank, placeFieldErrors } from '../../shared/forms/form-errors';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { CourseEditorApi, type ModuleRemoval } from './course-editor-api';
import { MODULE_FIELD_LABELS } from './course-editor-labels';
import { EditorFieldErrorPipe, integer } from './course-field-error';
import { TITLE_MAX_LENGTH, localisedFrom } from './course-form';
import {
  DeleteModuleDialog,
  type DeleteModuleDialogData,
} from './delete-module-dialog';

/** Modules in their order, numbered from 1. */
export function inOrder(modules: readonly CourseModule[]): CourseModule[] {
  return [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module, index) => ({ ...module, position: index + 1 }));
}

/** The order after moving the module at `index` by `delta` places (ids). */
export function movedOrder(
  modules: readonly CourseModule[],
  index: number,
  delta: number,
): string[] | null {
  const target = index + delta;
  if (target < 0 || target >= modules.length) return null;
  const ids = modules.map((module) => module.id);
  const [moved] = ids.splice(index, 1);
  ids.splice(target, 0, moved);
  return ids;
}

type Direction = 'up' | 'down';

/**
 * A course's modules on its edit page: in order, moved up and down one place at a time (the whole
 * new order in one request), added, deleted or retired. Tells the page the course's new version.
 */
@Component({
  selector: 'app-course-modules',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    SubmitButton,
    EditorFieldErrorPipe,
  ],
  templateUrl: './course-modules.html',
  styleUrl: './course-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseModules {
  private readonly api = inject(CourseEditorApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  readonly course = input.required<Course>();
  readonly courseChange = output<Course>();

  protected readonly modules = computed(() => inOrder(this.course().modules));
  protected readonly labels = MODULE_FIELD_LABELS;
  /** What the live region says after a move, an addition or a deletion. */
  protected readonly announcement = signal('');
  protected readonly moving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly stale = signal(false);
  protected readonly reloading = signal(false);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly addFormElement =
    viewChild<ElementRef<HTMLFormElement>>('addFormElement');

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly addTitle = viewChild<ElementRef<HTMLElement>>('addTitle');
  private readonly addFormDirective = viewChild(FormGroupDirective);
  protected readonly addForm = this.fb.group({
    titleLv: [
      '',
      [Validators.required, notBlank, Validators.maxLength(TITLE_MAX_LENGTH)],
    ],
    titleEn: ['', Validators.maxLength(TITLE_MAX_LENGTH)],
    required: [true],
    estimatedMinutes: this.fb.control<number | null>(null, [
      integer,
      Validators.min(1),
      Validators.max(10_000),
    ]),
    /** '' for the end, else the 1-based place. */
    position: [''],
  });
  protected readonly addProblem = signal<string | null>(null);

  protected readonly addition = formSubmit<CourseModule>({
    form: this.addForm,
    reset: () => {
      this.addProblem.set(null);
      this.announcement.set('');
    },
    invalid: () => this.focus.firstInvalid(this.addFormElement),
    request: () => {
      const value = this.addForm.getRawValue();
      const request: CreateModuleRequest = {
        title: localisedFrom(value.titleLv, value.titleEn),
        required: value.required,
        estimatedMinutes:
          value.estimatedMinutes === null
            ? null
            : Number(value.estimatedMinutes),
      };
      if (value.position) request.position = Number(value.position);
      return this.api.addModule(this.course().id, request);
    },
    done: (added) => {
      const course = this.course();
      const others = this.modules();
      const at = Math.min(added.position, others.length + 1) - 1;
      const modules = [...others];
      modules.splice(at, 0, added);
      // Adding moves the course's version on by one.
      this.courseChange.emit({
        ...course,
        modules: inOrder(modules.map((m, i) => ({ ...m, position: i + 1 }))),
        version: course.version + 1,
      });
      this.announcement.set(
        $localize`:@@courseEditor.modules.added:Modulis “${this.title(added)}:title:” pievienots ${at + 1}:position:. vietā.`,
      );
      // As new: also not "submitted", so the empty title shows no error.
      this.addFormDirective()?.resetForm();
      this.addForm.reset();
      // Ready for the next one.
      this.focus.element(this.addTitle);
    },
    failed: (error) => {
      const placed = placeFieldErrors(this.addForm, error, {
        'title.lv': 'titleLv',
        'title.en': 'titleEn',
        required: 'required',
        estimatedMinutes: 'estimatedMinutes',
        position: 'position',
      });
      if (placed.fieldsOnly) {
        this.focus.firstInvalid(this.addFormElement);
      } else {
        this.addProblem.set(placed.unplaced || errorMessage(error));
      }
    },
  });

  protected title(module: CourseModule): string {
    return localised(module.title, this.locale);
  }

  /** The button's name: what it does (as it shows) and to which module. */
  protected actionLabel(
    module: CourseModule,
    action: Direction | 'delete',
  ): string {
    const title = this.title(module);
    switch (action) {
      case 'up':
        return $localize`:@@courseEditor.modules.up.label:Uz augšu: ${title}:title:`;
      case 'down':
        return $localize`:@@courseEditor.modules.down.label:Uz leju: ${title}:title:`;
      case 'delete':
        return $localize`:@@courseEditor.modules.delete.label:Dzēst: ${title}:title:`;
    }
  }

  protected buttonId(module: CourseModule, action: Direction | 'delete'): string {
    return `module-${module.id}-${action}`;
  }

  /** Moves a module one place; the new order goes to the API in one request. */
  protected move(index: number, direction: Direction): void {
    const modules = this.modules();
    const ids = movedOrder(modules, index, direction === 'up' ? -1 : 1);
    if (!ids || this.moving()) return;
    const module = modules[index];
    const course = this.course();
    this.moving.set(true);
    this.problem.set(null);
    this.stale.set(false);
    this.announcement.set('');
    this.api
      .reorderModules(course.id, { moduleIds: ids, version: course.version })
      .subscribe({
        next: (saved) => {
          this.moving.set(false);
          this.courseChange.emit(saved);
          const position = ids.indexOf(module.id) + 1;
          this.announcement.set(
            $localize`:@@courseEditor.modules.moved:Modulis “${this.title(module)}:title:” pārvietots uz ${position}:position:. vietu no ${ids.length}:count:.`,
          );
          // The row moved; focus stays on its button (or the other one at either end).
          afterNextRender(
            () => {
              const last = position === ids.length;
              const first = position === 1;
              const keep =
                (direction === 'up' && first) || (direction === 'down' && last)
                  ? direction === 'up'
                    ? 'down'
                    : 'up'
                  : direction;
              this.byId(this.buttonId(module, keep))?.focus();
            },
            { injector: this.injector },
          );
        },
        error: (error: unknown) => {
          this.moving.set(false);
          if (toApiError(error).code === 'STALE_UPDATE') {
            this.stale.set(true);
          } else {
            this.problem.set(errorMessage(error));
          }
          this.focus.element(this.problemBox);
        },
      });
  }

  /** After a refused move: the course's modules as they are now. */
  protected reload(): void {
    if (this.reloading()) return;
    this.reloading.set(true);
    this.api.course(this.course().id).subscribe({
      next: (latest) => {
        this.reloading.set(false);
        this.stale.set(false);
        this.courseChange.emit(latest);
        this.announcement.set(
          $localize`:@@courseEditor.modules.reloaded:Moduļu saraksts atjaunots.`,
        );
        this.focus.element(this.heading);
      },
      error: (error: unknown) => {
        this.reloading.set(false);
        this.problem.set(errorMessage(error));
      },
    });
  }

  protected confirmDelete(module: CourseModule): void {
    const data: DeleteModuleDialogData = {
      moduleId: module.id,
      title: this.title(module),
    };
    const ref = this.dialog.open<
      DeleteModuleDialog,
      DeleteModuleDialogData,
      ModuleRemoval
    >(DeleteModuleDialog, { data, autoFocus: 'first-heading', width: '36rem' });
    ref.afterClosed().subscribe((removal) => {
      if (!removal) return;
      const course = this.course();
      this.courseChange.emit({
        ...course,
        modules: inOrder(this.modules().filter((m) => m.id !== module.id)),
        version: course.version + 1,
      });
      this.announcement.set(
        removal.outcome === 'retired'
          ? $localize`:@@courseEditor.modules.retired:Modulis “${data.title}:title:” izņemts no lietošanas.`
          : $localize`:@@courseEditor.modules.deleted:Modulis “${data.title}:title:” dzēsts.`,
      );
      // Its row is gone: on from the list's heading.
      this.focus.element(this.heading);
    });
  }

  private byId(id: string): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`);
  }
}
