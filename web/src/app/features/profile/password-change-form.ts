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
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import {
  FieldErrorPipe,
  placeFieldErrors,
  sameAs,
} from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { pageOutcome } from '../../shared/forms/page-outcome';
import { PasswordVisibilityToggle } from '../../shared/forms/password-visibility-toggle';
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
    PasswordVisibilityToggle,
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
  protected readonly outcome = pageOutcome<Outcome>();
  protected readonly currentVisible = signal(false);
  protected readonly newVisible = signal(false);
  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.outcome.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const { currentPassword, newPassword } = this.form.getRawValue();
      return this.api.changePassword({ currentPassword, newPassword });
    },
    done: () => {
      // Also clears "submitted", so the emptied fields do not show as errors.
      this.formDirective().resetForm();
      this.outcome.set({ kind: 'changed' });
    },
    failed: (error) => {
      const { fieldsOnly, unplaced } = placeFieldErrors(this.form, error, {
        currentPassword: 'currentPassword',
        newPassword: 'newPassword',
        password: 'newPassword',
      });
      if (!fieldsOnly) {
        this.outcome.set({
          kind: 'failed',
          detail: unplaced || errorMessage(error),
        });
      }
      this.focus.firstInvalid(this.formElement);
    },
  });
}
