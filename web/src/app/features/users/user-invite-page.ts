import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@di/contracts';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import { PROBLEM_MESSAGES } from '../../core/api/problem-messages';
import { AuthSession } from '../../core/auth/auth-session';
import { MailDeliveryInfo } from '../../core/mail/mail-delivery';
import {
  ErrorSummary,
  type ErrorSummaryItem,
} from '../../shared/forms/error-summary';
import {
  FieldErrorPipe,
  applyFieldErrors,
  summaryItems,
} from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { USER_FIELD_LABELS } from './user-field-labels';
import { UserFields } from './user-fields';
import {
  createInviteForm,
  syncDependentControls,
  toCreateRequest,
} from './user-form';
import { USER_FIELD_MAP, userSummaryFields } from './user-summary-fields';
import { userReferenceData } from './user-reference-data';
import type { UserPageState } from './user-page-state';
import { UsersApi } from './users-api';

const ID_PREFIX = 'invite';

@Component({
  selector: 'app-user-invite-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatCheckboxModule,
    RouterLink,
    UserFields,
    ErrorSummary,
    SubmitButton,
    FieldErrorPipe,
  ],
  templateUrl: './user-invite-page.html',
  styleUrl: './user-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UserInvitePage {
  private readonly api = inject(UsersApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly session = inject(AuthSession);
  protected readonly reference = userReferenceData();

  protected readonly idPrefix = ID_PREFIX;
  protected readonly labels = USER_FIELD_LABELS;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly form = createInviteForm(inject(NonNullableFormBuilder));
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  private readonly summary = viewChild(ErrorSummary);

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.errors.set([]),
    invalid: () => this.showErrors(),
    request: () =>
      this.api.create(toCreateRequest(this.form, this.reference.shownRoles())),
    done: (user) => {
      const state: UserPageState = {
        notice: user.status === 'invited' ? 'invited' : 'created',
      };
      void this.router.navigate(['/users', user.id], { state });
    },
    failed: (error) => this.showErrors(this.placeServerErrors(error)),
    leavesPage: true,
  });

  constructor() {
    syncDependentControls(this.form, inject(DestroyRef));
    // The person's page then knows at once whether the invitation really went out.
    inject(MailDeliveryInfo).load();
  }

  /** Puts what the API said next to the fields; returns what belongs to none. */
  private placeServerErrors(apiError: ApiError): string[] {
    const controls = this.form.controls;
    if (apiError.code === 'EMAIL_TAKEN') {
      controls.email.setErrors({ server: PROBLEM_MESSAGES.EMAIL_TAKEN() });
      controls.email.markAsTouched();
      return [];
    }
    if (apiError.code === 'ROLE_NOT_GRANTABLE') {
      controls.roles.setErrors({
        server: PROBLEM_MESSAGES.ROLE_NOT_GRANTABLE(),
      });
      controls.roles.markAsTouched();
      return [];
    }
    if (apiError.status === 400 && apiError.problem.errors?.length) {
      return applyFieldErrors(this.form, apiError.problem, USER_FIELD_MAP);
    }
    return [errorMessage(apiError)];
  }

  private showErrors(other: string[] = []): void {
    this.form.markAllAsTouched();
    const { controls } = this.form;
    this.errors.set(
      summaryItems(
        [
          {
            control: controls.email,
            id: `${ID_PREFIX}-email`,
            label: USER_FIELD_LABELS.email,
          },
          ...userSummaryFields(this.form, ID_PREFIX),
          {
            control: controls.password,
            id: `${ID_PREFIX}-password`,
            label: USER_FIELD_LABELS.password,
          },
        ],
        other,
      ),
    );
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
