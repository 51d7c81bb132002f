import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../forms/focus-after-render';
import { FieldErrorPipe, notBlank, placeFieldErrors } from '../forms/form-errors';
import { formSubmit } from '../forms/form-submit';
import { SubmitButton } from '../forms/submit-button';

export const ENROLMENT_REASON_MAX_LENGTH = 500;

/** What the dialog asks and what it does with the reason (withdraw, reject one or many). */
export interface ReasonDialogData<T> {
  heading: string;
  /** Who or what it is about, e.g. the person and the run. */
  subject: string;
  label: string;
  hint: string;
  submit: string;
  send: (reason: string) => Observable<T>;
}

/**
 * Asks for the reason a decision needs (withdrawing, rejecting) and sends it; closes with the
 * response, or with nothing when the person goes back. A failure is shown in the dialog.
 */
@Component({
  selector: 'app-reason-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, SubmitButton, FieldErrorPipe],
  template: `
    <h2 mat-dialog-title>{{ data.heading }}</h2>
    <form #formElement [formGroup]="form" (ngSubmit)="submission.submit()" novalidate>
      <mat-dialog-content>
        <p>{{ data.subject }}</p>
        <mat-form-field appearance="outline" class="reason-dialog__field">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput id="enrolment-reason" formControlName="reason" rows="3" [maxlength]="maxLength"></textarea>
          <mat-hint>{{ data.hint }}</mat-hint>
          <mat-error>{{ form.controls.reason.errors | fieldError }}</mat-error>
        </mat-form-field>
        <div #problemBox tabindex="-1" class="reason-dialog__problem">
          @if (failure(); as failure) {
            <div class="notice notice--error" role="alert"><p>{{ failure }}</p></div>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@enrolment.reason.back">Atpakaļ</button>
        <app-submit-button [busy]="submission.busy()">{{ data.submit }}</app-submit-button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason-dialog__field {
      width: 100%;
    }
    .reason-dialog__problem:focus {
      outline: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonDialog<T> {
  private readonly ref = inject<MatDialogRef<ReasonDialog<T>, T>>(MatDialogRef);
  private readonly focus = focusAfterRender();
  protected readonly data = inject<ReasonDialogData<T>>(MAT_DIALOG_DATA);
  protected readonly maxLength = ENROLMENT_REASON_MAX_LENGTH;

  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.required, notBlank, Validators.maxLength(ENROLMENT_REASON_MAX_LENGTH)] }),
  });
  protected readonly failure = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');

  protected readonly submission = formSubmit<T>({
    form: this.form,
    reset: () => this.failure.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => this.data.send(this.form.controls.reason.value.trim()),
    done: (value) => this.ref.close(value),
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
