import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { CourseModule, ModuleAttachment } from '@di/contracts';
import { errorMessage, isNotFound } from '../../core/api/api-error';
import { ACTIVE_LOCALE, localised } from '../../core/i18n/active-locale';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { pageTitleFrom } from '../../core/title/page-title';
import { LoadError } from '../../shared/lists/load-error';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { saveBlob } from '../../shared/save-blob';
import { CatalogueApi } from './catalogue-api';
import { formatFileSize } from './file-size';
import { ModuleCompletion } from './module-completion';

interface AttachmentView {
  attachment: ModuleAttachment;
  size: string;
}

/**
 * A module to read: its content (HTML the server rendered from Markdown and sanitised), links and
 * files, with the way to the previous and next module of the course and back to the course.
 */
@Component({
  selector: 'app-module-page',
  imports: [RouterLink, LocalisedPipe, LoadError, LoadingIndicator, ModuleCompletion],
  templateUrl: './module-page.html',
  styleUrl: './catalogue-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ModulePage {
  private readonly api = inject(CatalogueApi);
  private readonly document = inject(DOCUMENT);
  private readonly locale = inject(ACTIVE_LOCALE);

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.module(params),
  });
  protected readonly module = computed(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });
  protected readonly loadingLabel = $localize`:@@module.loading:Ielādē moduli…`;

  /** The module's course: its title and the order of its modules, for moving on. */
  private readonly courseResult = rxResource({
    params: () => this.module()?.courseId,
    stream: ({ params }) => this.api.course(params),
  });
  protected readonly course = computed(() =>
    this.courseResult.hasValue() ? this.courseResult.value() : undefined,
  );
  private readonly siblings = computed<CourseModule[]>(() =>
    [...(this.course()?.modules ?? [])].sort((a, b) => a.position - b.position),
  );
  private readonly index = computed(() =>
    this.siblings().findIndex((module) => module.id === this.id()),
  );
  protected readonly previous = computed(() =>
    this.index() > 0 ? this.siblings()[this.index() - 1] : undefined,
  );
  protected readonly next = computed(() =>
    this.index() >= 0 ? this.siblings()[this.index() + 1] : undefined,
  );
  protected readonly position = computed(() =>
    this.index() >= 0
      ? { current: this.index() + 1, total: this.siblings().length }
      : undefined,
  );

  protected readonly attachments = computed<AttachmentView[]>(() =>
    (this.module()?.attachments ?? []).map((attachment) => ({
      attachment,
      size: formatFileSize(attachment.sizeBytes, this.locale),
    })),
  );

  protected readonly downloadFailed = signal<string | null>(null);

  constructor() {
    // The tab says which module it is.
    pageTitleFrom(() => {
      if (this.loadError()?.notFound) {
        return $localize`:@@module.notFound.title:Modulis nav atrasts`;
      }
      const module = this.module();
      return module ? localised(module.title, this.locale) : undefined;
    });
  }

  /** The file needs the token, so it is fetched and then handed to the browser as a download. */
  protected download(event: Event, attachment: ModuleAttachment): void {
    event.preventDefault();
    this.downloadFailed.set(null);
    this.api.attachment(attachment.id).subscribe({
      next: (blob) => saveBlob(this.document, blob, attachment.fileName),
      error: (error: unknown) => this.downloadFailed.set(errorMessage(error)),
    });
  }

  protected retryLoad(): void {
    this.loaded.reload();
  }
}
