import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { SessionBatch, SessionEditScope } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { notBlank, placeFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import type { SessionDialogData } from './reschedule-dialog';
import { ScheduleApi } from './schedule-api';
import { SessionFieldErrorPipe } from './session-field-errors';

export const MAX_REASON_LENGTH = 500;

/** Cancelling a session (or it and the later ones of its series), with the reason people are told. */
@Component({
  selector: 'app-cancel-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    SubmitButton,
    SessionFieldErrorPipe,
  ],
  template: `
    @let c = form.controls;
    <h2 mat-dialog-title i18n="@@schedule.cancel.heading">Atcelt nodarbību</h2>
    <form #formElement [formGroup]="form" (ngSubmit)="submission.submit()" novalidate>
      <mat-dialog-content>
        <p i18n="@@schedule.dialog.session">{{ data.runTitle }}: {{ data.time }}</p>
        <mat-form-field appearance="outline" class="dialog__field">
          <mat-label i18n="@@schedule.field.reason">Atcelšanas iemesls</mat-label>
          <textarea matInput id="cancel-reason" formControlName="reason" rows="3" [maxlength]="maxReason"></textarea>
          <mat-hint i18n="@@schedule.field.reason.hint">Dalībnieki to redzēs e-pastā un kalendārā.</mat-hint>
          <mat-error>{{ c.reason.errors | sessionFieldError }}</mat-error>
        </mat-form-field>
        @if (inSeries) {
          <fieldset class="form__group">
            <legend i18n="@@schedule.cancelScope.legend">Kuras nodarbības atcelt</legend>
            <mat-radio-group formControlName="scope" class="dialog__choices">
              <mat-radio-button value="this" i18n="@@schedule.scope.this">Tikai šo</mat-radio-button>
              <mat-radio-button value="following" i18n="@@schedule.cancelScope.following">Šo un visas nākamās sērijas nodarbības</mat-radio-button>
            </mat-radio-group>
          </fieldset>
        }
        <div #problemBox tabindex="-1" class="dialog__problem">
          @if (failure(); as failure) {
            <div class="notice notice--error" role="alert"><p>{{ failure }}</p></div>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@schedule.cancel.keep">Neatcelt</button>
        <app-submit-button [busy]="submission.busy()" i18n="@@schedule.cancel.submit">Atcelt nodarbību</app-submit-button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './session-dialogs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelSessionDialog {
  private readonly api = inject(ScheduleApi);
  private readonly ref = inject<MatDialogRef<CancelSessionDialog, boolean>>(MatDialogRef);
  private readonly focus = focusAfterRender();
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  protected readonly maxReason = MAX_REASON_LENGTH;
  protected readonly inSeries = this.data.session.seriesId !== null;

  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank, Validators.maxLength(MAX_REASON_LENGTH)],
    }),
    scope: new FormControl<SessionEditScope>('this', { nonNullable: true }),
  });
  protected readonly failure = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');

  protected readonly submission = formSubmit<SessionBatch>({
    form: this.form,
    reset: () => this.failure.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const value = this.form.getRawValue();
      return this.api.cancel(this.data.session.id, {
        reason: value.reason.trim(),
        scope: this.inSeries ? value.scope : 'this',
        version: this.data.session.version,
      });
    },
    done: () => this.ref.close(true),
    failed: (error) => {
      const placed = placeFieldErrors(this.form, error);
      if (placed.fieldsOnly) {
        this.focus.firstInvalid(this.formElement);
        return;
      }
      this.failure.set(placed.unplaced || errorMessage(error));
      this.focus.element(this.problemBox);
    },
  });
}
