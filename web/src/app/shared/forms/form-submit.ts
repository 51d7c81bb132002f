import { DestroyRef, type Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import type { Observable } from 'rxjs';
import { type ApiError, toApiError } from '../../core/api/api-error';

export interface FormSubmitOptions<T> {
  /** Checked before anything is sent. */
  form: AbstractControl;
  /** Clears what the previous submit showed; runs first on every submit that is not ignored. */
  reset?: () => void;
  /** Another reason to ignore a submit now (a countdown after too many attempts, no token). */
  blocked?: () => boolean;
  /** The form is invalid, and every field now shows its error: move focus to the first, or to a summary. */
  invalid: () => void;
  /** What to send; `null` when there is nothing to (the caller has said why). */
  request: () => Observable<T> | null;
  /** The request went through. */
  done: (value: T) => void;
  /** It failed, for whatever reason, as an `ApiError`. */
  failed: (error: ApiError) => void;
  /** Success leaves the page: stay busy meanwhile, so nothing is sent twice. */
  leavesPage?: boolean;
}

export interface FormSubmit {
  /** A request is under way (for `app-submit-button`'s `busy`). */
  readonly busy: Signal<boolean>;
  /** For the form's `(ngSubmit)`; ignored while busy or blocked. */
  submit(): void;
}

/**
 * What every form does on submit: ignore it while a request is under way, check the fields (and
 * show what is wrong), send, and hand the outcome to the page. Call in an injection context; the
 * request is dropped if the page goes away first.
 */
export function formSubmit<T>(options: FormSubmitOptions<T>): FormSubmit {
  const destroyRef = inject(DestroyRef);
  const busy = signal(false);

  const submit = (): void => {
    if (busy() || options.blocked?.()) {
      return;
    }
    options.reset?.();
    if (options.form.invalid) {
      options.form.markAllAsTouched();
      options.invalid();
      return;
    }
    const request = options.request();
    if (!request) {
      return;
    }
    busy.set(true);
    request.pipe(takeUntilDestroyed(destroyRef)).subscribe({
      next: (value) => {
        busy.set(options.leavesPage === true);
        options.done(value);
      },
      error: (error: unknown) => {
        busy.set(false);
        options.failed(toApiError(error));
      },
    });
  };

  return { busy: busy.asReadonly(), submit };
}
