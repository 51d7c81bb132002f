import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@di/contracts';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import { PROBLEM_MESSAGES } from '../../core/api/problem-messages';
import type { SignInState } from '../../core/auth/auth-session';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import {
  FieldErrorPipe,
  placeFieldErrors,
  sameAs,
} from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { AuthApi } from './auth-api';
import { PasswordVisibilityToggle } from '../../shared/forms/password-visibility-toggle';
import { SetPasswordToken } from './set-password-token';

type SetPasswordProblem =
  | { kind: 'tokenInvalid'; text: string }
  | { kind: 'other'; text: string };

/** Where invitation and password-reset links lead: `/set-password#token=…`. */
@Component({
  selector: 'app-set-password-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    SubmitButton,
    FieldErrorPipe,
    PasswordVisibilityToggle,
  ],
  templateUrl: './set-password-page.html',
  styleUrl: './auth-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly tokenStore = inject(SetPasswordToken);
  private readonly injector = inject(Injector);
  private readonly focus = focusAfterRender();

  protected readonly token = this.tokenStore.take(this.route.snapshot.fragment);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: [
        '',
        [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      ],
      repeat: ['', Validators.required],
    },
    { validators: sameAs('password', 'repeat') },
  );
  protected readonly problem = signal<SetPasswordProblem | null>(null);
  protected readonly passwordVisible = signal(false);

  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.problem.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () =>
      this.token
        ? this.api.setPassword({
            token: this.token,
            password: this.form.getRawValue().password,
          })
        : null,
    done: (result) => {
      this.tokenStore.forget();
      // Whose password it was, for the sign-in form to offer.
      const state: SignInState = { notice: 'password-set', email: result.email };
      void this.router.navigateByUrl('/sign-in', { state, replaceUrl: true });
    },
    failed: (error) => this.showProblem(error),
    leavesPage: true,
  });

  constructor() {
    if (this.route.snapshot.fragment) {
      // Out of the address bar (and history) once read; the query, if any, stays.
      afterNextRender(
        () =>
          void this.router.navigate([], {
            relativeTo: this.route,
            queryParamsHandling: 'preserve',
            replaceUrl: true,
          }),
        { injector: this.injector },
      );
    }
  }

  private showProblem(apiError: ApiError): void {
    if (apiError.code === 'TOKEN_INVALID') {
      this.tokenStore.forget();
      this.problem.set({
        kind: 'tokenInvalid',
        text: PROBLEM_MESSAGES.TOKEN_INVALID(),
      });
      this.focus.element(this.alert);
      return;
    }
    const { fieldsOnly, unplaced } = placeFieldErrors(this.form, apiError);
    if (fieldsOnly) {
      this.focus.firstInvalid(this.formElement);
      return;
    }
    this.problem.set({
      kind: 'other',
      text: unplaced || errorMessage(apiError),
    });
    this.focus.element(this.alert);
  }
}
