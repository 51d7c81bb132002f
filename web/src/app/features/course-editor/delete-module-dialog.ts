import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { CourseEditorApi, type ModuleRemoval } from './course-editor-api';

export interface DeleteModuleDialogData {
  moduleId: string;
  title: string;
}

/**
 * "Delete this module?" When the API refuses (409 IN_USE: a required module of a published course
 * with enrolments), it says why and offers to retire the module instead. Closes with what was done.
 */
@Component({
  selector: 'app-delete-module-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title i18n="@@courseEditor.delete.heading">Dzēst moduli?</h2>
    <mat-dialog-content>
      <p i18n="@@courseEditor.delete.text">
        Modulis “{{ data.title }}” tiks dzēsts kopā ar tā pielikumiem. To nevarēs atsaukt.
      </p>
      <div #problemBox tabindex="-1" class="dialog__problem">
        @if (inUse()) {
          <div class="notice notice--error" role="alert">
            <h3 class="notice__heading" i18n="@@courseEditor.inUse.heading">Šo moduli nevar dzēst</h3>
            <p i18n="@@courseEditor.inUse.text">
              Tas ir obligāts modulis publicētā kursā, kurā jau ir pieteikušies dalībnieki.
            </p>
            <p i18n="@@courseEditor.inUse.retire">
              Moduli var izņemt no lietošanas. Izņemts modulis vairs netiek rādīts kursā un neskaitās
              kursa pabeigšanā, bet tā apguves liecības saglabājas.
            </p>
          </div>
        } @else if (failure(); as failure) {
          <div class="notice notice--error" role="alert"><p>{{ failure }}</p></div>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close i18n="@@courseEditor.delete.keep">Nedzēst</button>
      @if (inUse()) {
        <button
          mat-flat-button
          type="button"
          class="dialog__retire"
          [aria-disabled]="busy()"
          (click)="remove(true)"
          i18n="@@courseEditor.inUse.retireButton"
        >
          Izņemt no lietošanas
        </button>
      } @else {
        <button
          mat-flat-button
          type="button"
          class="dialog__delete"
          [aria-disabled]="busy()"
          (click)="remove(false)"
          i18n="@@courseEditor.delete.confirm"
        >
          Dzēst moduli
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .dialog__problem:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteModuleDialog {
  protected readonly data = inject<DeleteModuleDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<DeleteModuleDialog, ModuleRemoval>>(MatDialogRef);
  private readonly api = inject(CourseEditorApi);
  private readonly focus = focusAfterRender();
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  protected readonly busy = signal(false);
  /** The API refused to delete it: it may be retired instead. */
  protected readonly inUse = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected remove(retire: boolean): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.api.removeModule(this.data.moduleId, retire).subscribe({
      next: (removal) => this.ref.close(removal),
      error: (error: unknown) => {
        this.busy.set(false);
        if (!retire && toApiError(error).code === 'IN_USE') {
          this.inUse.set(true);
        } else {
          this.failure.set(errorMessage(error));
        }
        this.focus.element(this.problemBox);
      },
    });
  }
}
