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
import {
  ACTIVE_LOCALE,
  LOCALE_BASE_PATHS,
} from '../../core/i18n/active-locale';
import { PageLocation } from '../../core/i18n/page-location';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { FieldErrorPipe } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { PasswordVisibilityToggle } from '../../shared/forms/password-visibility-toggle';

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

  private readonly activeLocale = inject(ACTIVE_LOCALE);
  private readonly pageLocation = inject(PageLocation);
  private readonly state = this.router.currentNavigation()?.extras.state as
    | SignInState
    | undefined;
  protected readonly notice: SignInNotice | undefined = this.state?.notice;

  protected readonly form = inject(NonNullableFormBuilder).group({
    // After setting a password: the address, if known (never from the URL).
    email: [this.state?.email ?? '', [Validators.required, Validators.email]],
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
    done: (me) => {
      const target = safeReturnUrl(this.returnUrl());
      if (me.language !== this.activeLocale) {
        // The platform in the person's own language: the same page in that language's build,
        // where the refresh cookie brings the session back.
        this.pageLocation.assign(`${LOCALE_BASE_PATHS[me.language]}${target}`);
        return;
      }
      void this.router.navigateByUrl(target, { replaceUrl: true });
    },
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
