import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { SessionBatch, SessionEditScope, TrainingSession } from '@di/contracts';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { placeFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { OtherSessionText } from './other-session-text';
import {
  formatDate,
  parseDisplayDate,
  parseTime,
  rigaLocalExists,
  rigaParts,
} from '../../shared/riga-calendar';
import { ScheduleApi } from './schedule-api';
import { SessionFieldErrorPipe } from './session-field-errors';
import { sessionSaveProblem, type SessionSaveProblem } from './session-problems';

export interface SessionDialogData {
  session: TrainingSession;
  runTitle: string;
  /** The session's time as the list shows it. */
  time: string;
}

const dateValidator: ValidatorFn = (control) =>
  parseDisplayDate(String(control.value ?? '')) ? null : { date: true };
const timeValidator: ValidatorFn = (control) =>
  parseTime(String(control.value ?? '')) ? null : { time: true };

const timeRules: ValidatorFn = (group) => {
  const { date, startTime, endTime } = (group as RescheduleForm).controls;
  const day = parseDisplayDate(date.value);
  const start = parseTime(startTime.value);
  const end = parseTime(endTime.value);
  const mark = (control: FormControl<string>, key: string, on: boolean) => {
    const { [key]: _previous, ...rest } = control.errors ?? {};
    const next = on ? { ...rest, [key]: true } : rest;
    control.setErrors(Object.keys(next).length > 0 ? next : null);
  };
  mark(endTime, 'endBeforeStart', !!start && !!end && end <= start);
  mark(startTime, 'rigaGap', !!day && !!start && !rigaLocalExists(day, start));
  mark(endTime, 'rigaGap', !!day && !!end && !rigaLocalExists(day, end));
  return null;
};

type RescheduleForm = ReturnType<typeof createRescheduleForm>;

function createRescheduleForm(session: TrainingSession) {
  const start = rigaParts(session.startsAt);
  const end = rigaParts(session.endsAt);
  return new FormGroup(
    {
      date: new FormControl(formatDate(start.date), {
        nonNullable: true,
        validators: [Validators.required, dateValidator],
      }),
      startTime: new FormControl(start.time, {
        nonNullable: true,
        validators: [Validators.required, timeValidator],
      }),
      endTime: new FormControl(end.time, {
        nonNullable: true,
        validators: [Validators.required, timeValidator],
      }),
      scope: new FormControl<SessionEditScope>('this', { nonNullable: true }),
    },
    { validators: timeRules },
  );
}

/** Moving a session (or it and the later ones of its series) to another Riga time. */
@Component({
  selector: 'app-reschedule-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    SubmitButton,
    SessionFieldErrorPipe,
    OtherSessionText,
  ],
  templateUrl: './reschedule-dialog.html',
  styleUrl: './session-dialogs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RescheduleDialog {
  private readonly api = inject(ScheduleApi);
  private readonly ref = inject<MatDialogRef<RescheduleDialog, boolean>>(MatDialogRef);
  private readonly focus = focusAfterRender();
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);

  protected readonly form = createRescheduleForm(this.data.session);
  protected readonly inSeries = this.data.session.seriesId !== null;
  protected readonly problem = signal<SessionSaveProblem | null>(null);
  protected readonly failure = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private allowVenueClash = false;

  protected readonly submission = formSubmit<SessionBatch>({
    form: this.form,
    reset: () => {
      this.problem.set(null);
      this.failure.set(null);
    },
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const value = this.form.getRawValue();
      const date = parseDisplayDate(value.date) ?? '';
      const request = {
        startsAtLocal: `${date}T${parseTime(value.startTime)}`,
        endsAtLocal: `${date}T${parseTime(value.endTime)}`,
        scope: this.inSeries ? value.scope : ('this' as const),
        version: this.data.session.version,
        ...(this.allowVenueClash ? { allowVenueClash: true } : {}),
      };
      this.allowVenueClash = false;
      return this.api.update(this.data.session.id, request);
    },
    done: () => this.ref.close(true),
    failed: (error) => this.showFailure(error),
  });

  protected saveAnyway(): void {
    this.allowVenueClash = true;
    this.submission.submit();
  }

  private showFailure(error: ApiError): void {
    const problem = sessionSaveProblem(error);
    if (problem) {
      this.problem.set(problem);
    } else {
      const placed = placeFieldErrors(this.form, error, {
        startsAtLocal: 'startTime',
        startsAt: 'startTime',
        endsAtLocal: 'endTime',
        endsAt: 'endTime',
      });
      if (placed.fieldsOnly) {
        this.focus.firstInvalid(this.formElement);
        return;
      }
      this.failure.set(placed.unplaced || errorMessage(error));
    }
    this.focus.element(this.problemBox);
  }
}
