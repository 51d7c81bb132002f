import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import {
  FieldErrorPipe,
  placeFieldErrors,
} from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { MailNotice } from '../../shared/mail/mail-notice';
import { MailDeliveryInfo } from '../../core/mail/mail-delivery';
import { AuthApi } from './auth-api';

/**
 * Asks for a password-reset link. The answer is the same whether or not the address has an
 * account, so the page never reveals who is registered.
 */
@Component({
  selector: 'app-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    SubmitButton,
    FieldErrorPipe,
    MailNotice,
  ],
  templateUrl: './forgot-password-page.html',
  styleUrl: './auth-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ForgotPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly focus = focusAfterRender();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  /** The address the link was asked for, once the request went through. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);

  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');
  private readonly confirmation =
    viewChild<ElementRef<HTMLElement>>('confirmation');

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.problem.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const email = this.form.getRawValue().email.trim();
      return this.api.requestPasswordReset({ email }).pipe(map(() => email));
    },
    done: (email) => {
      this.sentTo.set(email);
      this.focus.element(this.confirmation);
    },
    failed: (error) => {
      const { fieldsOnly, unplaced } = placeFieldErrors(this.form, error);
      if (fieldsOnly) {
        this.focus.firstInvalid(this.formElement);
        return;
      }
      this.problem.set(unplaced || errorMessage(error));
      this.focus.element(this.alert);
    },
  });

  constructor() {
    inject(MailDeliveryInfo).load();
  }

  protected again(): void {
    this.sentTo.set(null);
  }
}
