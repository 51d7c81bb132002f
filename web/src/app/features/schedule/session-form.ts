import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  MAX_SERIES_OCCURRENCES,
  type CourseModule,
  type CourseRun,
  type SessionBatch,
} from '@di/contracts';
import { type ApiError, errorMessage } from '../../core/api/api-error';
import { LocalisedPipe } from '../../core/i18n/localised.pipe';
import { focusAfterRender } from '../../shared/forms/focus-after-render';
import { placeFieldErrors } from '../../shared/forms/form-errors';
import { formSubmit } from '../../shared/forms/form-submit';
import { SubmitButton } from '../../shared/forms/submit-button';
import { DisplayDatePipe } from './display-date.pipe';
import { OtherSessionText } from './other-session-text';
import { parseDisplayDate, parseTime, formatDate, isoWeekday } from '../../shared/riga-calendar';
import { ScheduleApi } from './schedule-api';
import {
  createSessionForm,
  recurrenceOf,
  toCreateRequest,
  type SessionFormValue,
} from './session-form-model';
import { SessionFieldErrorPipe } from './session-field-errors';
import {
  SESSION_FIELD_MAP,
  sessionSaveProblem,
  type SessionSaveProblem,
} from './session-problems';
import { seriesDates } from './series-summary';
import { ISO_WEEKDAYS, weekdayName } from '../../shared/riga-calendar';
import { SeriesSummaryText } from './series-summary-text';

export interface TrainerOption {
  id: string;
  name: string;
}

interface PreviewDate {
  date: string;
  text: string;
  weekday: string;
  outsideRun: boolean;
}

/** The form that adds one session or a whole series to a run, with the series in words and its dates. */
@Component({
  selector: 'app-session-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    SubmitButton,
    SessionFieldErrorPipe,
    SeriesSummaryText,
    OtherSessionText,
    LocalisedPipe,
    DisplayDatePipe,
  ],
  templateUrl: './session-form.html',
  styleUrl: './session-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionForm {
  private readonly api = inject(ScheduleApi);
  private readonly focus = focusAfterRender();

  readonly run = input.required<CourseRun>();
  readonly trainers = input.required<readonly TrainerOption[]>();
  readonly modules = input<readonly CourseModule[]>([]);
  /** Sessions were created: how many. */
  readonly saved = output<number>();

  protected readonly form = createSessionForm();
  protected readonly weekdays = ISO_WEEKDAYS.map((day) => ({ key: String(day), name: weekdayName(day) }));
  protected readonly maxOccurrences = MAX_SERIES_OCCURRENCES;

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** Only the raw value has every control (disabled ones too); the signal is just the trigger. */
  private readonly raw = computed<SessionFormValue>(() => {
    this.value();
    return this.form.getRawValue();
  });
  protected readonly mode = computed(() => this.raw().mode);
  protected readonly repeat = computed(() => this.raw().repeat);
  protected readonly seriesEnd = computed(() => this.raw().end);

  protected readonly startDate = computed(() => parseDisplayDate(this.raw().date));
  protected readonly recurrence = computed(() => recurrenceOf(this.raw()));
  /** The dates the API will create, while the date and (for a series) its end are valid. */
  protected readonly preview = computed<PreviewDate[] | null>(() => {
    const start = this.startDate();
    const recurrence = this.recurrence();
    if (!start) return null;
    if (recurrence && !recurrence.count && !recurrence.until) return null;
    const run = this.run();
    const from = parseTime(this.raw().startTime);
    const to = parseTime(this.raw().endTime);
    const times = from && to ? ` ${from}–${to}` : '';
    return seriesDates(start, recurrence).map((date) => ({
      date,
      text: `${formatDate(date)}${times}`,
      weekday: weekdayName(isoWeekday(date)),
      outsideRun: date < run.startsOn || date > run.endsOn,
    }));
  });
  protected readonly tooMany = computed(() => (this.preview()?.length ?? 0) > MAX_SERIES_OCCURRENCES);
  protected readonly outsideRun = computed(() => (this.preview() ?? []).some((date) => date.outsideRun));

  protected readonly problem = signal<SessionSaveProblem | null>(null);
  protected readonly failure = signal<string | null>(null);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private allowVenueClash = false;

  protected readonly submission = formSubmit<SessionBatch>({
    form: this.form,
    blocked: () => this.tooMany(),
    reset: () => {
      this.problem.set(null);
      this.failure.set(null);
    },
    invalid: () => this.focus.firstInvalid(this.formElement),
    request: () => {
      const request = toCreateRequest(this.form.getRawValue(), this.allowVenueClash);
      this.allowVenueClash = false;
      return this.api.create(this.run().id, request);
    },
    done: (batch) => {
      const created = batch.items?.length ?? 0;
      this.resetAfterSave();
      this.saved.emit(created);
    },
    failed: (error) => this.showFailure(error),
  });

  constructor() {
    // The run's trainers are offered, all ticked: most sessions are given by the run's own people.
    effect(() => {
      const options = this.trainers();
      untracked(() => {
        const group = this.form.controls.trainers;
        for (const key of Object.keys(group.controls)) {
          if (!options.some((option) => option.id === key)) group.removeControl(key);
        }
        for (const option of options) {
          if (!group.contains(option.id)) {
            group.addControl(option.id, this.newBox(true));
          }
        }
      });
    });
    // A weekly series starts on the first session's weekday unless other days are ticked.
    this.form.controls.repeat.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((repeat) => {
        const start = this.startDate();
        const boxes = this.form.controls.weekdays.controls;
        if (repeat === 'weekly' && start && !Object.values(boxes).some((box) => box.value)) {
          boxes[String(isoWeekday(start))]?.setValue(true);
        }
      });
  }

  /** Save although the venue is taken at that time (asked after a 409 VENUE_CLASH). */
  protected saveAnyway(): void {
    this.allowVenueClash = true;
    this.submission.submit();
  }

  protected trainerBox(id: string) {
    return this.form.controls.trainers.controls[id];
  }

  protected weekdayBox(key: string) {
    return this.form.controls.weekdays.controls[key];
  }

  private newBox(value: boolean): FormControl<boolean> {
    return new FormControl(value, { nonNullable: true });
  }

  private showFailure(error: ApiError): void {
    const problem = sessionSaveProblem(error);
    if (problem) {
      this.problem.set(problem);
      this.focus.element(this.problemBox);
      return;
    }
    const placed = placeFieldErrors(this.form, error, SESSION_FIELD_MAP);
    if (placed.fieldsOnly) {
      this.focus.firstInvalid(this.formElement);
      return;
    }
    this.failure.set(placed.unplaced || errorMessage(error));
    this.focus.element(this.problemBox);
  }

  /** The next session is often the same again a week later: keep the times, place and people. */
  private resetAfterSave(): void {
    this.form.controls.date.reset('');
    this.form.controls.repeat.setValue('none');
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }
}
