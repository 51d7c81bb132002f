import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
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
import { Router, RouterLink } from '@angular/router';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import {
  AuthSession,
  type SignInNotice,
  type SignInState,
  safeReturnUrl,
} from '../../core/auth/auth-session';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { FieldErrorPipe } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordVisibilityToggle } from './password-visibility-toggle';

/** When a 429 comes without `Retry-After`. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

interface SignInProblem {
  text: string;
  /** Sign-ins are refused for a while (429): the page counts down. */
  tooMany: boolean;
}

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    SubmitButton,
    FieldErrorPipe,
    PasswordVisibilityToggle,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './auth-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignInPage {
  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly focus = focusAfterRender();

  /** Where to go after signing in (query param, bound by the router). */
  readonly returnUrl = input<string>();

  protected readonly notice: SignInNotice | undefined = (
    this.router.currentNavigation()?.extras.state as SignInState | undefined
  )?.notice;

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly problem = signal<SignInProblem | null>(null);
  /** Seconds until another attempt is allowed after a 429; 0 when it is. */
  protected readonly secondsLeft = signal(0);
  protected readonly passwordVisible = signal(false);

  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');
  private countdown: ReturnType<typeof setInterval> | undefined;

  protected readonly submission = formSubmit({
    form: this.form,
    blocked: () => this.secondsLeft() > 0,
    reset: () => this.problem.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const { email, password } = this.form.getRawValue();
      return this.session.signIn({ email: email.trim(), password });
    },
    done: () =>
      void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()), {
        replaceUrl: true,
      }),
    failed: (error) => this.showProblem(error),
    leavesPage: true,
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.countdown));
  }

  private showProblem(apiError: ApiError): void {
    const tooMany = apiError.status === 429;
    this.problem.set({ text: errorMessage(apiError), tooMany });
    if (apiError.status === 401) {
      this.form.controls.password.reset();
    } else if (tooMany) {
      this.startCountdown(
        apiError.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
      );
    }
    this.focus.element(this.alert);
  }

  private startCountdown(seconds: number): void {
    clearInterval(this.countdown);
    const until = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      this.secondsLeft.set(left);
      if (left === 0) {
        clearInterval(this.countdown);
      }
    };
    tick();
    this.countdown = setInterval(tick, 1000);
  }
}
