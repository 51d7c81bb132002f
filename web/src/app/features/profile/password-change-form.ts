import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@di/contracts';
import { errorMessage, toApiError } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import {
  FieldErrorPipe,
  placeFieldErrors,
  sameAs,
} from '../../shared/forms/form-errors';
import { SubmitButton } from '../../shared/forms/submit-button';
import { ProfileApi } from './profile-api';

type Outcome = { kind: 'changed' } | { kind: 'failed'; detail: string };

/** Changing one's own password: the current one, and the new one twice. */
@Component({
  selector: 'app-password-change-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    SubmitButton,
    FieldErrorPipe,
  ],
  templateUrl: './password-change-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordChangeForm {
  private readonly api = inject(ProfileApi);
  private readonly focus = focusAfterRender();

  /** For password managers: whose password this is. */
  readonly email = input.required<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: [
        '',
        [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      ],
      repeat: ['', Validators.required],
    },
    { validators: sameAs('newPassword', 'repeat') },
  );
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected submit(): void {
    if (this.busy()) {
      return;
    }
    this.outcome.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focus.firstInvalid(this.formElement);
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.busy.set(false);
        // Also clears "submitted", so the emptied fields do not show as errors.
        this.formDirective().resetForm();
        this.outcome.set({ kind: 'changed' });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        const { fieldsOnly, unplaced } = placeFieldErrors(this.form, apiError, {
          currentPassword: 'currentPassword',
          newPassword: 'newPassword',
          password: 'newPassword',
        });
        if (!fieldsOnly) {
          this.outcome.set({
            kind: 'failed',
            detail: unplaced || errorMessage(apiError),
          });
        }
        this.focus.firstInvalid(this.formElement);
      },
    });
  }
}
