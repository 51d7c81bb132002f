import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ApiError } from '../../core/api/api-error';
import { errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { rigaParts } from '../../shared/riga-calendar';
import { formatRigaDateTime } from '../../shared/riga-date.pipe';
import { CheckInApi } from './check-in-api';
import { CHECK_IN_CODE_PATTERN, codeFromFragment, normaliseCode } from './check-in-code';

/**
 * Where a participant enters the six-digit code the trainer shows in the room (the QR code opens
 * it with the code in the fragment, which is taken and then removed from the address bar).
 */
@Component({
  selector: 'app-check-in-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, RouterLink, SubmitButton],
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CheckInPage {
  private readonly api = inject(CheckInApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly focus = focusAfterRender();

  /** The route's `:id`, bound by the router. */
  readonly id = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.session(params),
  });
  /** When and where, if the session can be read; the form works without it. */
  protected readonly details = computed(() => {
    if (!this.loaded.hasValue()) return undefined;
    const session = this.loaded.value();
    return {
      when: `${formatRigaDateTime(session.startsAt)}–${rigaParts(session.endsAt).time}`,
      venue: session.mode === 'in_person' ? session.venue : null,
      address: session.mode === 'in_person' ? session.address : null,
      cancelled: session.status === 'cancelled',
    };
  });

  protected readonly code = new FormControl(codeFromFragment(this.route.snapshot.fragment) ?? '', {
    nonNullable: true,
    validators: [Validators.required, (control) => (CHECK_IN_CODE_PATTERN.test(normaliseCode(String(control.value))) ? null : { checkInCode: true })],
  });
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly present = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly codeInput = viewChild<ElementRef<HTMLElement>>('codeInput');
  private readonly outcomeBox = viewChild<ElementRef<HTMLElement>>('outcomeBox');

  protected readonly submission = formSubmit({
    form: this.form,
    reset: () => this.problem.set(null),
    invalid: () => this.focus.element(this.codeInput),
    request: () => this.api.checkIn(this.id(), normaliseCode(this.code.value)),
    done: () => {
      this.present.set(true);
      this.focus.element(this.outcomeBox);
    },
    failed: (error) => {
      this.problem.set(this.problemText(error));
      this.focus.element(this.outcomeBox);
    },
  });

  constructor() {
    if (this.route.snapshot.fragment) {
      // Out of the address bar (and history) once read, so the code is not kept or shared.
      afterNextRender(
        () => void this.router.navigate([], { relativeTo: this.route, queryParamsHandling: 'preserve', replaceUrl: true }),
        { injector: this.injector },
      );
    }
  }

  private problemText(error: ApiError): string {
    return error.code === 'NOT_ENROLLED'
      ? $localize`:@@checkIn.notEnrolled:Jums nav vietas šīs nodarbības ciklā, tāpēc atzīmēties nevar. Ja tā ir kļūda, vērsieties pie pasniedzēja.`
      : errorMessage(error);
  }
}
