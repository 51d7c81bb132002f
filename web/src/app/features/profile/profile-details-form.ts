import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Locale, Me, UpdateMeRequest } from '@di/contracts';
import { errorMessage } from '../../core/api/api-error';
import { AuthSession } from '../../core/auth/auth-session';
import {
  ACTIVE_LOCALE,
  LOCALE_BASE_PATHS,
} from '../../core/i18n/active-locale';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import {
  FieldErrorPipe,
  notBlank,
  placeFieldErrors,
} from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { pageOutcome } from '../../shared/forms/page-outcome';
import { SubmitButton } from '../../shared/forms/submit-button';
import { FULL_NAME_MAX_LENGTH } from '../../shared/people/person-limits';
import { ProfileApi } from './profile-api';

/** Each language offered in itself, as in the language switch. */
const LANGUAGES: readonly { code: Locale; name: string; continueIn: string }[] =
  [
    { code: 'lv', name: 'Latviešu', continueIn: 'Turpināt latviešu valodā' },
    { code: 'en', name: 'English', continueIn: 'Continue in English' },
  ];

type Outcome =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'savedOtherLanguage'; code: Locale; href: string; text: string }
  | { kind: 'failed'; detail: string };

/** The person's name and language. Saving another language offers that language's version. */
@Component({
  selector: 'app-profile-details-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    SubmitButton,
    FieldErrorPipe,
  ],
  templateUrl: './profile-details-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileDetailsForm {
  private readonly api = inject(ProfileApi);
  private readonly session = inject(AuthSession);
  private readonly activeLocale = inject(ACTIVE_LOCALE);
  private readonly focus = focusAfterRender();

  readonly me = input.required<Me>();

  protected readonly languages = LANGUAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: [
      '',
      [
        Validators.required,
        notBlank,
        Validators.maxLength(FULL_NAME_MAX_LENGTH),
      ],
    ],
    language: this.activeLocale as Locale,
  });
  protected readonly outcome = pageOutcome<Outcome>();
  private readonly formElement =
    viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly switchLink =
    viewChild<ElementRef<HTMLElement>>('switchLink');

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.outcome.set(null),
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const request = this.changes();
      if (Object.keys(request).length === 0) {
        this.outcome.set({ kind: 'unchanged' });
        return null;
      }
      return this.api.update(request);
    },
    done: (saved) => {
      this.session.updateMe(saved);
      this.form.reset({ fullName: saved.fullName, language: saved.language });
      this.outcome.set(this.savedOutcome(saved.language));
      if (saved.language !== this.activeLocale) {
        this.focus.element(this.switchLink);
      }
    },
    failed: (error) => {
      const { fieldsOnly, unplaced } = placeFieldErrors(this.form, error);
      if (!fieldsOnly) {
        this.outcome.set({
          kind: 'failed',
          detail: unplaced || errorMessage(error),
        });
      }
      this.focus.firstInvalid(this.formElement);
    },
  });

  constructor() {
    effect(() => {
      const me = this.me();
      untracked(() => {
        if (!this.submission.busy()) {
          this.form.reset({ fullName: me.fullName, language: me.language });
        }
      });
    });
  }

  /** Only what differs from the person as they are. */
  private changes(): UpdateMeRequest {
    const me = this.me();
    const value = this.form.getRawValue();
    const request: UpdateMeRequest = {};
    const fullName = value.fullName.trim();
    if (fullName !== me.fullName) request.fullName = fullName;
    if (value.language !== me.language) request.language = value.language;
    return request;
  }

  private savedOutcome(language: Locale): Outcome {
    if (language === this.activeLocale) {
      return { kind: 'saved' };
    }
    const target =
      LANGUAGES.find((candidate) => candidate.code === language) ??
      LANGUAGES[0];
    return {
      kind: 'savedOtherLanguage',
      code: target.code,
      href: `${LOCALE_BASE_PATHS[target.code]}/profile`,
      text: target.continueIn,
    };
  }
}
