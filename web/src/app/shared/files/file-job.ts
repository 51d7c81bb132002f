import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, InjectionToken, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { GeneratedFile } from '@di/contracts';
import type { Observable } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { RigaDatePipe } from '../riga-date.pipe';
import { saveBlob } from '../save-blob';
import { GeneratedFilesApi } from './generated-files-api';

/** How long to wait between two looks at a file being made. */
export const FILE_JOB_POLL_MS = new InjectionToken<number>('FILE_JOB_POLL_MS', { factory: () => 1500 });

let instances = 0;

const finished = (file: GeneratedFile) => file.status === 'done' || file.status === 'failed';

/**
 * A file made by a background job: the button that asks for it, its progress told in a live
 * region as it is made, then the download (or why it failed, and asking again).
 */
@Component({
  selector: 'app-file-job',
  imports: [MatButtonModule, RigaDatePipe],
  templateUrl: './file-job.html',
  styleUrl: './file-job.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileJob {
  private readonly api = inject(GeneratedFilesApi);
  private readonly document = inject(DOCUMENT);
  private readonly pollMs = inject(FILE_JOB_POLL_MS);

  /** The button's text, e.g. "Prepare the evidence pack". */
  readonly startLabel = input.required<string>();
  /** Asks the API to make the file. */
  readonly start = input.required<() => Observable<GeneratedFile>>();
  /** A file already asked for (e.g. the latest evidence pack), shown as it stands. */
  readonly initial = input<GeneratedFile | null>(null);

  protected readonly file = signal<GeneratedFile | null>(null);
  protected readonly starting = signal(false);
  protected readonly downloading = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly working = computed(() => this.starting() || (this.file() !== null && !finished(this.file() as GeneratedFile)));

  protected readonly statusId = `file-job-${++instances}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private followed: string | undefined;

  constructor() {
    effect(() => {
      const initial = this.initial();
      if (initial && untracked(() => this.file()) === null) this.show(initial);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected ask(): void {
    if (this.working()) return;
    this.starting.set(true);
    this.failure.set(null);
    this.start()().subscribe({
      next: (file) => {
        this.starting.set(false);
        this.show(file);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.failure.set(errorMessage(error));
      },
    });
  }

  protected download(): void {
    const file = this.file();
    if (!file || this.downloading()) return;
    this.downloading.set(true);
    this.failure.set(null);
    this.api.content(file.id).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveBlob(this.document, blob, file.fileName ?? 'fails.zip');
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.failure.set(errorMessage(error));
      },
    });
  }

  /** Shows the file and, until it is made, looks at it again after a while (one request at a time). */
  private show(file: GeneratedFile): void {
    this.file.set(file);
    clearTimeout(this.timer);
    this.followed = file.id;
    if (finished(file)) return;
    this.timer = setTimeout(() => {
      this.api.file(file.id).subscribe({
        next: (next) => {
          if (this.followed === file.id) this.show(next);
        },
        // Gone (expired) or out of reach: the button asks again.
        error: (error: unknown) => {
          this.file.set(null);
          this.failure.set(errorMessage(error));
        },
      });
    }, this.pollMs);
  }
}
