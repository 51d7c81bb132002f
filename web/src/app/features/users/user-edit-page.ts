import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { Router, RouterLink } from '@angular/router';
import type { Role, RoleGrant, User } from '@di/contracts';
import {
  type ApiError,
  errorMessage,
  isNotFound,
} from '../../core/api/api-error';
import { pageTitleFrom } from '../../core/title/page-title';
import { AuthSession } from '../../core/auth/auth-session';
import { MailDeliveryInfo } from '../../core/mail/mail-delivery';
import { PROBLEM_MESSAGES } from '../../core/api/problem-messages';
import { RigaDatePipe } from '../../shared/riga-date.pipe';
import { LoadingIndicator } from '../../shared/loading/loading-indicator';
import { MailNotice } from '../../shared/mail/mail-notice';
import {
  ErrorSummary,
  type ErrorSummaryItem,
} from '../../shared/forms/error-summary';
import { applyFieldErrors, summaryItems } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { pageOutcome } from '../../shared/forms/page-outcome';
import { SubmitButton } from '../../shared/forms/submit-button';
import { UserStatusLabelPipe } from '../../shared/people/people-labels';
import { USER_FIELD_LABELS } from './user-field-labels';
import { UserFields } from './user-fields';
import {
  createEditUserForm,
  patchEditForm,
  splitGrants,
  syncDependentControls,
  toUpdateRequest,
} from './user-form';
import type { UserPageState } from './user-page-state';
import { userReferenceData } from './user-reference-data';
import { USER_FIELD_MAP, userSummaryFields } from './user-summary-fields';
import { UsersApi } from './users-api';
import { LoadError } from '../../shared/lists/load-error';

const ID_PREFIX = 'user';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'reloaded' }
  | { kind: 'invitationSent' }
  | { kind: 'invitationFailed'; detail: string };

/** One person: details, roles, account status; resending the invitation while not yet accepted. */
@Component({
  selector: 'app-user-edit-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    RouterLink,
    UserFields,
    ErrorSummary,
    SubmitButton,
    UserStatusLabelPipe,
    RigaDatePipe,
    LoadingIndicator,
    MailNotice,
    LoadError,
  ],
  templateUrl: './user-edit-page.html',
  styleUrl: './user-pages.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class UserEditPage {
  private readonly api = inject(UsersApi);
  private readonly injector = inject(Injector);
  private readonly session = inject(AuthSession);
  protected readonly reference = userReferenceData();

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  /** What the invitation page says it did, until a later action here says something new. */
  protected readonly notice = pageOutcome<NonNullable<UserPageState['notice']>>(
    (
      inject(Router).currentNavigation()?.extras.state as
        | UserPageState
        | undefined
    )?.notice ?? null,
  );

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  /** The person as last loaded or saved. */
  protected readonly user = linkedSignal<User | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() => {
    const error = this.loaded.error();
    if (!error) return undefined;
    return isNotFound(error)
      ? { notFound: true, detail: '' }
      : { notFound: false, detail: errorMessage(error) };
  });

  /** Roles the form does not show (not grantable by the signed-in person, extra scopes). */
  private readonly keptGrants = signal<readonly RoleGrant[]>([]);
  protected readonly keptRoles = computed(() =>
    this.keptGrants().map((grant) => grant.role),
  );
  protected readonly keptRoleLabels = computed(() =>
    this.keptGrants().map((grant) => this.reference.grantLabel(grant)),
  );

  protected readonly idPrefix = ID_PREFIX;
  protected readonly loadingLabel = $localize`:@@user.loading:Ielādē lietotāja datus…`;
  protected readonly labels = USER_FIELD_LABELS;
  protected readonly form = createEditUserForm(
    inject(NonNullableFormBuilder),
    () => this.keptGrants().map((grant) => grant.role),
  );
  /** Without it the page only shows the person: the fields are read-only and there is no Save. */
  protected readonly canUpdate = computed(() =>
    this.session.can('user.update'),
  );
  protected readonly canInvite = computed(() =>
    this.session.can('user.invite'),
  );
  protected readonly resending = signal(false);
  protected readonly errors = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly outcome = pageOutcome<Outcome>();
  /** The save was refused because someone else changed the person since it was loaded. */
  protected readonly stale = signal(false);
  protected readonly reloading = signal(false);
  protected readonly reloadProblem = signal<string | null>(null);
  private readonly summary = viewChild(ErrorSummary);
  private readonly staleNotice =
    viewChild<ElementRef<HTMLElement>>('staleNotice');
  private readonly formElement =
    viewChild<ElementRef<HTMLFormElement>>('formElement');

  protected readonly submission = formSubmit({
    form: this.form,
    blocked: () => !this.user() || !this.canUpdate(),
    reset: () => {
      this.outcome.set(null);
      this.errors.set([]);
      this.stale.set(false);
    },
    invalid: () => this.showErrors(),
    request: () => {
      const user = this.user();
      if (!user) return null;
      const request = toUpdateRequest(
        this.form,
        user,
        this.reference.shownRoles(),
        this.keptGrants(),
      );
      if (Object.keys(request).length === 0) {
        this.outcome.set({ kind: 'unchanged' });
        return null;
      }
      // The version it was based on: the API refuses the change if someone else saved meanwhile.
      return this.api.update(user.id, { ...request, version: user.version });
    },
    done: (saved) => {
      this.user.set(saved);
      this.outcome.set({ kind: 'saved' });
    },
    failed: (error) => {
      if (error.code === 'STALE_UPDATE') {
        this.showStale();
      } else {
        this.showErrors(this.placeServerErrors(error));
      }
    },
  });

  constructor() {
    // Known before any notice about an invitation is shown.
    inject(MailDeliveryInfo).load();
    // The tab says whose page it is.
    pageTitleFrom(() =>
      this.loadError()?.notFound
        ? $localize`:@@user.notFound.title:Lietotājs nav atrasts`
        : this.user()?.fullName,
    );
    syncDependentControls(this.form, inject(DestroyRef));
    // Fill the form whenever the person (re)loads or is saved.
    effect(() => {
      const user = this.user();
      const shown = this.reference.shownRoles();
      if (user) {
        untracked(() => this.fill(user, shown));
      }
    });
  }

  /** After a stale save: the person as they are now, replacing what was typed. */
  protected reloadLatest(): void {
    const user = this.user();
    if (this.reloading() || !user) {
      return;
    }
    this.reloading.set(true);
    this.reloadProblem.set(null);
    this.api.get(user.id).subscribe({
      next: (latest) => {
        this.reloading.set(false);
        this.stale.set(false);
        this.user.set(latest);
        this.outcome.set({ kind: 'reloaded' });
        // The button is gone; the person goes on from the first field of the refilled form.
        afterNextRender(
          () =>
            this.formElement()
              ?.nativeElement.querySelector<HTMLElement>('input, select')
              ?.focus(),
          { injector: this.injector },
        );
      },
      error: (error: unknown) => {
        this.reloading.set(false);
        this.reloadProblem.set(errorMessage(error));
      },
    });
  }

  protected resendInvitation(): void {
    const user = this.user();
    if (this.resending() || !user) {
      return;
    }
    this.resending.set(true);
    this.outcome.set(null);
    this.api.resendInvitation(user.id).subscribe({
      next: () => {
        this.resending.set(false);
        this.outcome.set({ kind: 'invitationSent' });
      },
      error: (error: unknown) => {
        this.resending.set(false);
        this.outcome.set({
          kind: 'invitationFailed',
          detail: errorMessage(error),
        });
      },
    });
  }

  protected retryLoad(): void {
    this.loaded.reload();
  }

  private fill(user: User, shown: readonly Role[]): void {
    const { edited, kept } = splitGrants(user.roles, shown);
    this.keptGrants.set(kept);
    patchEditForm(this.form, user, edited);
    if (!this.canUpdate()) {
      this.form.disable();
    }
    this.form.updateValueAndValidity();
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  private placeServerErrors(apiError: ApiError): string[] {
    const roles = this.form.controls.roles;
    if (apiError.code === 'ROLE_NOT_GRANTABLE') {
      roles.setErrors({ server: PROBLEM_MESSAGES.ROLE_NOT_GRANTABLE() });
      roles.markAsTouched();
      return [];
    }
    if (apiError.status === 400 && apiError.problem.errors?.length) {
      return applyFieldErrors(this.form, apiError.problem, USER_FIELD_MAP);
    }
    return [errorMessage(apiError)];
  }

  private showStale(): void {
    this.reloadProblem.set(null);
    this.stale.set(true);
    afterNextRender(() => this.staleNotice()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private showErrors(other: string[] = []): void {
    this.form.markAllAsTouched();
    this.errors.set(
      summaryItems(userSummaryFields(this.form, ID_PREFIX), other),
    );
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
