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
import { RouterLink } from '@angular/router';
import type {
  CourseModule,
  Locale,
  ModuleAttachment,
} from '@di/contracts';
import {
  type ApiError,
  errorMessage,
  isNotFound,
  toApiError,
} from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { pageTitleFrom } from '../../core/title/page-title';
import {
  ErrorSummary,
  type ErrorSummaryItem,
} from '../../shared/forms/error-summary';
import {
  type SummaryField,
  applyFieldErrors,
} from '../../shared/forms/form-errors';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { formSubmit } from '../../shared/forms/form-submit';
import { pageOutcome } from '../../shared/forms/page-outcome';
import { SubmitButton } from '../../shared/forms/submit-button';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { CourseEditorApi } from './course-editor-api';
import { MODULE_FIELD_LABELS } from './course-editor-labels';
import {
  EditorFieldErrorPipe,
  editorSummaryItems,
} from './course-field-error';
import {
  MAX_LINKS,
  MODULE_FIELD_MAP,
  createLinkForm,
  createModuleForm,
  fileSize,
  patchModuleForm,
  toUpdateModuleRequest,
} from './module-form';

/** Largest attachment the API takes: 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The types the API accepts, for the file picker. */
export const ATTACHMENT_ACCEPT = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.png',
  '.jpg',
  '.jpeg',
  '.txt',
  '.csv',
].join(',');

type Outcome = { kind: 'saved' } | { kind: 'unchanged' } | { kind: 'reloaded' };

interface Preview {
  language: Locale;
  html: string;
}

/** One module of a course: its texts in Markdown (with a preview), links and attachments. */
@Component({
  selector: 'app-module-edit-page',
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
  ],
  templateUrl: './module-edit-page.html',
  styleUrl: './course-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ModuleEditPage {
  private readonly api = inject(CourseEditorApi);
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly locale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  protected readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.module(params),
  });
  /** The module as last loaded or saved; attachments change its version too. */
  protected readonly module = linkedSignal<CourseModule | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  private baseline: CourseModule | undefined;
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly moduleTitle = computed(() => {
    const module = this.module();
    return module ? localised(module.title, this.locale) : '';
  });

  protected readonly labels = MODULE_FIELD_LABELS;
  protected readonly loadingLabel = $localize`:@@courseEditor.module.loading:Ielādē moduļa datus…`;
  protected readonly maxLinks = MAX_LINKS;
  protected readonly accept = ATTACHMENT_ACCEPT;
  protected readonly form = createModuleForm(this.fb);
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly outcome = pageOutcome<Outcome>();
  protected readonly stale = signal(false);
  protected readonly reloading = signal(false);
  protected readonly reloadProblem = signal<string | null>(null);
  private readonly summary = viewChild(ErrorSummary);
  private readonly staleNotice =
    viewChild<ElementRef<HTMLElement>>('staleNotice');
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');

  // The preview of one language's Markdown, as the server renders and sanitises it.
  protected readonly preview = signal<Preview | null>(null);
  protected readonly previewing = signal<Locale | null>(null);
  protected readonly previewProblem = signal<string | null>(null);
  private readonly previewHeading =
    viewChild<ElementRef<HTMLElement>>('previewHeading');

  // Attachments.
  private readonly fileInput =
    viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly attachmentsHeading =
    viewChild<ElementRef<HTMLElement>>('attachmentsHeading');
  private readonly uploadProblemBox =
    viewChild<ElementRef<HTMLElement>>('uploadProblemBox');
  protected readonly uploading = signal(false);
  protected readonly uploadProblem = signal<string | null>(null);
  protected readonly attachmentNotice = signal('');
  protected readonly attachments = computed(() =>
    (this.module()?.attachments ?? []).map((attachment) => ({
      attachment,
      size: fileSize(attachment.sizeBytes, this.locale),
    })),
  );

  protected readonly submission = formSubmit<CourseModule>({
    form: this.form,
    blocked: () => !this.module(),
    reset: () => {
      this.outcome.set(null);
      this.errors.set([]);
      this.stale.set(false);
    },
    invalid: () => this.showErrors(),
    request: () => {
      const module = this.module();
      const baseline = this.baseline;
      if (!module || !baseline) return null;
      const request = toUpdateModuleRequest(this.form, baseline);
      if (Object.keys(request).length === 0) {
        this.outcome.set({ kind: 'unchanged' });
        return null;
      }
      return this.api.updateModule(module.id, {
        ...request,
        version: module.version,
      });
    },
    done: (saved) => {
      this.module.set(saved);
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
        ? $localize`:@@courseEditor.module.notFound.title:Modulis nav atrasts`
        : this.moduleTitle() || undefined,
    );
    effect(() => {
      const module = this.loaded.hasValue() ? this.loaded.value() : undefined;
      if (module) {
        untracked(() => this.fill(module));
      }
    });
  }

  protected retryLoad(): void {
    this.loaded.reload();
  }

  protected addLink(): void {
    const links = this.form.controls.links;
    if (links.length >= MAX_LINKS) return;
    links.push(createLinkForm(this.fb));
    const index = links.length - 1;
    afterNextRender(
      () =>
        this.formElement()
          ?.nativeElement.querySelector<HTMLElement>(`#link-${index}-title`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected removeLink(index: number): void {
    const links = this.form.controls.links;
    links.removeAt(index);
    links.markAsDirty();
    // On to the link that took its place, the one before, or "Add a link".
    const next = Math.min(index, links.length - 1);
    afterNextRender(
      () => {
        const root = this.formElement()?.nativeElement;
        const target =
          next >= 0
            ? root?.querySelector<HTMLElement>(`#link-${next}-title`)
            : root?.querySelector<HTMLElement>('#link-add');
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /** Shows what the server makes of one language's Markdown (rendered and sanitised). */
  protected showPreview(language: Locale): void {
    if (this.previewing()) return;
    const controls = this.form.controls;
    const markdown = (language === 'en' ? controls.contentEn : controls.contentLv)
      .value;
    this.previewing.set(language);
    this.previewProblem.set(null);
    this.api.preview(markdown).subscribe({
      next: ({ html }) => {
        this.previewing.set(null);
        this.preview.set({ language, html });
        this.focus.element(this.previewHeading);
      },
      error: (error: unknown) => {
        this.previewing.set(null);
        this.preview.set(null);
        this.previewProblem.set(errorMessage(error));
        this.focus.element(this.previewHeading);
      },
    });
  }

  protected upload(): void {
    const module = this.module();
    const input = this.fileInput()?.nativeElement;
    if (this.uploading() || !module || !input) return;
    this.uploadProblem.set(null);
    this.attachmentNotice.set('');
    const file = input.files?.[0];
    if (!file) {
      this.uploadProblem.set(
        $localize`:@@courseEditor.upload.noFile:Vispirms izvēlieties failu.`,
      );
      this.focus.element(this.uploadProblemBox);
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      this.showUploadProblem(this.tooLargeText(file.name));
      return;
    }
    this.uploading.set(true);
    this.api.uploadAttachment(module.id, file).subscribe({
      next: (attachment) => {
        this.uploading.set(false);
        input.value = '';
        this.changeAttachments((list) => [...list, attachment]);
        this.attachmentNotice.set(
          $localize`:@@courseEditor.upload.done:Pielikums “${attachment.fileName}:fileName:” pievienots.`,
        );
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.showUploadProblem(this.uploadErrorText(toApiError(error), file));
      },
    });
  }

  protected deleteAttachmentLabel(attachment: ModuleAttachment): string {
    return $localize`:@@courseEditor.attachments.delete.label:Dzēst: ${attachment.fileName}:fileName:`;
  }

  protected removeAttachment(attachment: ModuleAttachment): void {
    if (this.uploading()) return;
    this.uploadProblem.set(null);
    this.attachmentNotice.set('');
    this.api.removeAttachment(attachment.id).subscribe({
      next: () => {
        this.changeAttachments((list) =>
          list.filter((other) => other.id !== attachment.id),
        );
        this.attachmentNotice.set(
          $localize`:@@courseEditor.attachment.deleted:Pielikums “${attachment.fileName}:fileName:” dzēsts.`,
        );
        this.focus.element(this.attachmentsHeading);
      },
      error: (error: unknown) => this.showUploadProblem(errorMessage(error)),
    });
  }

  /** After a stale save: the module as it is now, replacing what was typed. */
  protected reloadLatest(): void {
    const module = this.module();
    if (this.reloading() || !module) return;
    this.reloading.set(true);
    this.reloadProblem.set(null);
    this.api.module(module.id).subscribe({
      next: (latest) => {
        this.reloading.set(false);
        this.stale.set(false);
        this.module.set(latest);
        this.fill(latest);
        this.outcome.set({ kind: 'reloaded' });
        afterNextRender(
          () =>
            this.formElement()
              ?.nativeElement.querySelector<HTMLElement>('input, textarea')
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

  /** An attachment added or deleted: the module's version moved on by one. */
  private changeAttachments(
    change: (list: ModuleAttachment[]) => ModuleAttachment[],
  ): void {
    const module = this.module();
    if (!module) return;
    this.module.set({
      ...module,
      attachments: change(module.attachments),
      version: module.version + 1,
    });
  }

  private tooLargeText(fileName: string): string {
    return $localize`:@@courseEditor.upload.tooLarge:Fails “${fileName}:fileName:” ir lielāks par 10 MiB. Pievienojiet mazāku failu (piemēram, saspiestu PDF).`;
  }

  private uploadErrorText(error: ApiError, file: File): string {
    if (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE') {
      return this.tooLargeText(file.name);
    }
    if (error.status === 415 || error.code === 'UNSUPPORTED_MEDIA_TYPE') {
      return $localize`:@@courseEditor.upload.unsupported:Šāda veida failu “${file.name}:fileName:” pievienot nevar. Atļautie faili: PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT un CSV.`;
    }
    if (error.status === 400) {
      return $localize`:@@courseEditor.upload.mismatch:Faila “${file.name}:fileName:” saturs neatbilst tā veidam (piemēram, pārdēvēts fails). Pievienojiet īstu PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT vai CSV failu.`;
    }
    return errorMessage(error);
  }

  private showUploadProblem(text: string): void {
    this.uploadProblem.set(text);
    this.focus.element(this.uploadProblemBox);
  }

  private fill(module: CourseModule): void {
    this.baseline = module;
    patchModuleForm(this.form, module, this.fb);
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  private placeServerErrors(apiError: ApiError): string[] {
    if (apiError.status === 400 && apiError.problem.errors?.length) {
      return applyFieldErrors(this.form, apiError.problem, MODULE_FIELD_MAP);
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
    const l = MODULE_FIELD_LABELS;
    const linkFields: SummaryField[] = c.links.controls.flatMap(
      (link, index) => {
        const n = index + 1;
        return [
          {
            control: link.controls.title,
            id: `link-${index}-title`,
            label: `${l.linkTitle} (${n})`,
          },
          {
            control: link.controls.url,
            id: `link-${index}-url`,
            label: `${l.linkUrl} (${n})`,
          },
        ];
      },
    );
    this.errors.set(
      editorSummaryItems(
        [
          { control: c.titleLv, id: 'module-title-lv', label: l.titleLv },
          { control: c.titleEn, id: 'module-title-en', label: l.titleEn },
          { control: c.contentLv, id: 'module-content-lv', label: l.contentLv },
          { control: c.contentEn, id: 'module-content-en', label: l.contentEn },
          ...linkFields,
          {
            control: c.estimatedMinutes,
            id: 'module-minutes',
            label: l.estimatedMinutes,
          },
        ],
        other,
      ),
    );
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
