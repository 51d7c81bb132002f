import { FormControl, FormGroup, FormRecord, Validators, type ValidatorFn } from '@angular/forms';
import { RUN_STATUSES, type CourseRun, type CreateRunRequest, type RegionCode, type RunStatus } from '@di/contracts';
import { addDays, formatDate, parseDisplayDate, rigaMidnight, rigaParts } from '../../shared/riga-calendar';

export type RunForm = ReturnType<typeof createRunForm>;
export const RUN_STATUS_OPTIONS = RUN_STATUSES;

/** Two weeks: the longest a freed seat may wait for the first on the waiting list to accept it. */
export const MAX_PROMOTION_OFFER_HOURS = 336;

const dateValidator: ValidatorFn = (control) => (!control.value || parseDisplayDate(String(control.value)) ? null : { date: true });

const wholeNumber: ValidatorFn = (control) => (control.value === null || control.value === '' || Number.isInteger(control.value) ? null : { wholeNumber: true });

/** Rules across fields, on the field to fix: the end not before the start, enrolment closing after it opens. */
const crossFieldRules: ValidatorFn = (group) => {
  const form = group as RunForm;
  const { startsOn, endsOn, enrolmentOpensOn, enrolmentClosesOn } = form.controls;
  const before = (a: string, b: string) => {
    const from = parseDisplayDate(a);
    const to = parseDisplayDate(b);
    return !!from && !!to && to < from;
  };
  const mark = (control: FormControl<string>, key: string, on: boolean) => {
    const { [key]: _previous, ...rest } = control.errors ?? {};
    const next = on ? { ...rest, [key]: true } : rest;
    control.setErrors(Object.keys(next).length > 0 ? next : null);
  };
  mark(endsOn, 'endBeforeStart', before(startsOn.value, endsOn.value));
  mark(enrolmentClosesOn, 'endBeforeStart', before(enrolmentOpensOn.value, enrolmentClosesOn.value));
  return null;
};

export function createRunForm() {
  const text = (value = '') => new FormControl(value, { nonNullable: true });
  return new FormGroup(
    {
      titleLv: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
      titleEn: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
      projectId: text(),
      regionCode: new FormControl<RegionCode | ''>('', { nonNullable: true, validators: [Validators.required] }),
      organiserOrganisationId: text(),
      startsOn: new FormControl('', { nonNullable: true, validators: [Validators.required, dateValidator] }),
      endsOn: new FormControl('', { nonNullable: true, validators: [Validators.required, dateValidator] }),
      enrolmentOpensOn: new FormControl('', { nonNullable: true, validators: [dateValidator] }),
      enrolmentClosesOn: new FormControl('', { nonNullable: true, validators: [dateValidator] }),
      capacity: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(1), Validators.max(10_000)] }),
      requiresApproval: new FormControl(false, { nonNullable: true }),
      waitlistAllowed: new FormControl(true, { nonNullable: true }),
      /** Empty: a freed seat goes to the first on the waiting list at once. */
      promotionOfferHours: new FormControl<number | null>(null, {
        validators: [Validators.min(1), Validators.max(MAX_PROMOTION_OFFER_HOURS), wholeNumber],
      }),
      onlineAttendanceMinMinutes: new FormControl<number | null>(null, { validators: [Validators.min(1), Validators.max(1440)] }),
      status: new FormControl<RunStatus>('planned', { nonNullable: true }),
      trainers: new FormRecord<FormControl<boolean>>({}),
    },
    { validators: crossFieldRules },
  );
}

export type RunFormValue = ReturnType<RunForm['getRawValue']>;

/** A stored date (`YYYY-MM-DD`) or instant as the form shows it, `dd.mm.yyyy` (Riga date). */
const shown = (value: string | null) => (value ? formatDate(value.length > 10 ? rigaParts(value).date : value) : '');

export function runFormValue(run: CourseRun): Omit<RunFormValue, 'trainers'> {
  // Enrolment closes at the Riga midnight after its last day.
  const closes = run.enrolmentClosesAt ? addDays(rigaParts(run.enrolmentClosesAt).date, -1) : null;
  return {
    titleLv: run.title.lv,
    titleEn: run.title.en ?? '',
    projectId: run.projectId ?? '',
    regionCode: run.regionCode,
    organiserOrganisationId: run.organiserOrganisationId ?? '',
    startsOn: shown(run.startsOn),
    endsOn: shown(run.endsOn),
    enrolmentOpensOn: shown(run.enrolmentOpensAt),
    enrolmentClosesOn: closes ? formatDate(closes) : '',
    capacity: run.capacity,
    requiresApproval: run.requiresApproval,
    waitlistAllowed: run.waitlistAllowed,
    promotionOfferHours: run.promotionOfferHours,
    onlineAttendanceMinMinutes: run.onlineAttendanceMinMinutes,
    status: run.status,
  };
}

/** What the form sends: dates as the API takes them, the enrolment window from a Riga day's start to the end of its last day. */
export function toRunRequest(value: RunFormValue): CreateRunRequest {
  const date = (text: string) => parseDisplayDate(text);
  const opens = date(value.enrolmentOpensOn);
  const closes = date(value.enrolmentClosesOn);
  return {
    title: value.titleEn.trim() ? { lv: value.titleLv.trim(), en: value.titleEn.trim() } : { lv: value.titleLv.trim() },
    projectId: value.projectId || null,
    regionCode: value.regionCode as RegionCode,
    organiserOrganisationId: value.organiserOrganisationId || null,
    startsOn: date(value.startsOn) ?? '',
    endsOn: date(value.endsOn) ?? '',
    enrolmentOpensAt: opens ? rigaMidnight(opens) : null,
    enrolmentClosesAt: closes ? rigaMidnight(addDays(closes, 1)) : null,
    capacity: value.capacity ?? 0,
    requiresApproval: value.requiresApproval,
    waitlistAllowed: value.waitlistAllowed,
    promotionOfferHours: value.promotionOfferHours ?? null,
    onlineAttendanceMinMinutes: value.onlineAttendanceMinMinutes ?? null,
    status: value.status,
    trainerIds: Object.entries(value.trainers).filter(([, on]) => on).map(([id]) => id),
  };
}

/** API field names → the form's controls. */
export const RUN_FIELD_MAP: Readonly<Record<string, string>> = {
  'title.lv': 'titleLv',
  'title.en': 'titleEn',
  title: 'titleLv',
  enrolmentOpensAt: 'enrolmentOpensOn',
  enrolmentClosesAt: 'enrolmentClosesOn',
  trainerIds: 'trainers',
};
