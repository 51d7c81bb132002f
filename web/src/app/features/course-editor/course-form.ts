import {
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  Validators,
} from '@angular/forms';
import type {
  Course,
  CourseAudience,
  CourseStatus,
  CreateCourseRequest,
  LocalisedText,
  UpdateCourseRequest,
} from '@di/contracts';
import { notBlank } from '../../shared/forms/form-errors';
import { integer } from './course-field-error';

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const TITLE_MAX_LENGTH = 200;
export const LONG_TEXT_MAX_LENGTH = 20_000;

export type CourseForm = FormGroup<{
  code: FormControl<string>;
  titleLv: FormControl<string>;
  titleEn: FormControl<string>;
  descriptionLv: FormControl<string>;
  descriptionEn: FormControl<string>;
  audience: FormControl<CourseAudience | ''>;
  providerOrganisationId: FormControl<string>;
  plannedHours: FormControl<number | null>;
  minAttendancePercent: FormControl<number | null>;
  requireAllRequiredModules: FormControl<boolean>;
  status: FormControl<CourseStatus>;
}>;

export function createCourseForm(fb: NonNullableFormBuilder): CourseForm {
  return fb.group({
    code: fb.control('', [
      Validators.required,
      notBlank,
      Validators.maxLength(40),
      Validators.pattern(CODE_PATTERN),
    ]),
    titleLv: fb.control('', [
      Validators.required,
      notBlank,
      Validators.maxLength(TITLE_MAX_LENGTH),
    ]),
    titleEn: fb.control('', Validators.maxLength(TITLE_MAX_LENGTH)),
    descriptionLv: fb.control('', Validators.maxLength(LONG_TEXT_MAX_LENGTH)),
    descriptionEn: fb.control('', Validators.maxLength(LONG_TEXT_MAX_LENGTH)),
    audience: fb.control<CourseAudience | ''>('', Validators.required),
    providerOrganisationId: fb.control(''),
    plannedHours: fb.control<number | null>(null, [
      Validators.required,
      integer,
      Validators.min(1),
      Validators.max(1000),
    ]),
    minAttendancePercent: fb.control<number | null>(80, [
      Validators.required,
      integer,
      Validators.min(0),
      Validators.max(100),
    ]),
    requireAllRequiredModules: fb.control(true),
    status: fb.control<CourseStatus>('draft'),
  });
}

export function patchCourseForm(form: CourseForm, course: Course): void {
  form.patchValue({
    code: course.code,
    titleLv: course.title.lv,
    titleEn: course.title.en ?? '',
    descriptionLv: course.description.lv,
    descriptionEn: course.description.en ?? '',
    audience: course.audience,
    providerOrganisationId: course.providerOrganisationId ?? '',
    plannedHours: course.plannedHours,
    minAttendancePercent: course.completionRule.minAttendancePercent,
    requireAllRequiredModules: course.completionRule.requireAllRequiredModules,
    status: course.status,
  });
}

/** `{ lv, en? }` from two fields: an empty English is no English. */
export function localisedFrom(lv: string, en: string): LocalisedText {
  const english = en.trim();
  return english ? { lv: lv.trim(), en: english } : { lv: lv.trim() };
}

export function toCreateCourseRequest(form: CourseForm): CreateCourseRequest {
  const value = form.getRawValue();
  return {
    code: value.code.trim(),
    title: localisedFrom(value.titleLv, value.titleEn),
    description: localisedFrom(value.descriptionLv, value.descriptionEn),
    audience: value.audience as CourseAudience,
    providerOrganisationId: value.providerOrganisationId || null,
    plannedHours: Number(value.plannedHours),
    completionRule: {
      minAttendancePercent: Number(value.minAttendancePercent),
      requireAllRequiredModules: value.requireAllRequiredModules,
    },
    status: value.status,
  };
}

const sameText = (a: LocalisedText, b: LocalisedText) =>
  a.lv === b.lv && (a.en ?? '') === (b.en ?? '');

/** Only what differs from the course as it was loaded (without `version`, which the page adds). */
export function toUpdateCourseRequest(
  form: CourseForm,
  course: Course,
): UpdateCourseRequest {
  const next = toCreateCourseRequest(form);
  const request: UpdateCourseRequest = {};
  if (next.code !== course.code) request.code = next.code;
  if (!sameText(next.title, course.title)) request.title = next.title;
  if (next.description && !sameText(next.description, course.description)) {
    request.description = next.description;
  }
  if (next.audience !== course.audience) request.audience = next.audience;
  if (next.providerOrganisationId !== course.providerOrganisationId) {
    request.providerOrganisationId = next.providerOrganisationId;
  }
  if (next.plannedHours !== course.plannedHours) {
    request.plannedHours = next.plannedHours;
  }
  const rule = course.completionRule;
  if (
    next.completionRule.minAttendancePercent !== rule.minAttendancePercent ||
    next.completionRule.requireAllRequiredModules !==
      rule.requireAllRequiredModules
  ) {
    request.completionRule = next.completionRule;
  }
  if (next.status !== course.status) request.status = next.status;
  return request;
}

/** API field names (dotted) to the form's controls. */
export const COURSE_FIELD_MAP: Readonly<Record<string, string>> = {
  code: 'code',
  'title.lv': 'titleLv',
  'title.en': 'titleEn',
  'description.lv': 'descriptionLv',
  'description.en': 'descriptionEn',
  audience: 'audience',
  providerOrganisationId: 'providerOrganisationId',
  plannedHours: 'plannedHours',
  'completionRule.minAttendancePercent': 'minAttendancePercent',
  'completionRule.requireAllRequiredModules': 'requireAllRequiredModules',
  status: 'status',
};
