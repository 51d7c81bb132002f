import {
  type FormArray,
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  CourseModule,
  LocalisedText,
  ModuleLink,
  UpdateModuleRequest,
} from '@di/contracts';
import { notBlank } from '../../shared/forms/form-errors';
import { integer } from './course-field-error';
import {
  LONG_TEXT_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  localisedFrom,
} from './course-form';

export const MAX_LINKS = 20;

export type LinkForm = FormGroup<{
  title: FormControl<string>;
  url: FormControl<string>;
}>;

export type ModuleForm = FormGroup<{
  titleLv: FormControl<string>;
  titleEn: FormControl<string>;
  contentLv: FormControl<string>;
  contentEn: FormControl<string>;
  links: FormArray<LinkForm>;
  estimatedMinutes: FormControl<number | null>;
  required: FormControl<boolean>;
}>;

/** An http(s) address, as the API accepts for links. */
export const httpUrl: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value)
    ? { url: true }
    : null;
};

export function createLinkForm(
  fb: NonNullableFormBuilder,
  link: ModuleLink = { title: '', url: '' },
): LinkForm {
  return fb.group({
    title: fb.control(link.title, [
      Validators.required,
      notBlank,
      Validators.maxLength(200),
    ]),
    url: fb.control(link.url, [
      Validators.required,
      Validators.maxLength(2000),
      httpUrl,
    ]),
  });
}

export function createModuleForm(fb: NonNullableFormBuilder): ModuleForm {
  return fb.group({
    titleLv: fb.control('', [
      Validators.required,
      notBlank,
      Validators.maxLength(TITLE_MAX_LENGTH),
    ]),
    titleEn: fb.control('', Validators.maxLength(TITLE_MAX_LENGTH)),
    contentLv: fb.control('', Validators.maxLength(LONG_TEXT_MAX_LENGTH)),
    contentEn: fb.control('', Validators.maxLength(LONG_TEXT_MAX_LENGTH)),
    links: fb.array<LinkForm>([]),
    estimatedMinutes: fb.control<number | null>(null, [
      integer,
      Validators.min(1),
      Validators.max(10_000),
    ]),
    required: fb.control(true),
  });
}

export function patchModuleForm(
  form: ModuleForm,
  module: CourseModule,
  fb: NonNullableFormBuilder,
): void {
  form.controls.links.clear();
  for (const link of module.links) {
    form.controls.links.push(createLinkForm(fb, link));
  }
  form.patchValue({
    titleLv: module.title.lv,
    titleEn: module.title.en ?? '',
    contentLv: module.content.lv,
    contentEn: module.content.en ?? '',
    estimatedMinutes: module.estimatedMinutes,
    required: module.required,
  });
}

const sameText = (a: LocalisedText, b: LocalisedText) =>
  a.lv === b.lv && (a.en ?? '') === (b.en ?? '');

/** Only what differs from the module as loaded (the page adds `version`). */
export function toUpdateModuleRequest(
  form: ModuleForm,
  module: CourseModule,
): UpdateModuleRequest {
  const value = form.getRawValue();
  const request: UpdateModuleRequest = {};
  const title = localisedFrom(value.titleLv, value.titleEn);
  if (!sameText(title, module.title)) request.title = title;
  // The API trims the Markdown too.
  const content = localisedFrom(value.contentLv, value.contentEn);
  if (!sameText(content, module.content)) request.content = content;
  const links = value.links.map((link) => ({
    title: link.title.trim(),
    url: link.url.trim(),
  }));
  if (JSON.stringify(links) !== JSON.stringify(module.links)) {
    request.links = links;
  }
  const minutes =
    value.estimatedMinutes === null || String(value.estimatedMinutes) === ''
      ? null
      : Number(value.estimatedMinutes);
  if (minutes !== module.estimatedMinutes) request.estimatedMinutes = minutes;
  if (value.required !== module.required) request.required = value.required;
  return request;
}

export const MODULE_FIELD_MAP: Readonly<Record<string, string>> = {
  'title.lv': 'titleLv',
  'title.en': 'titleEn',
  'content.lv': 'contentLv',
  'content.en': 'contentEn',
  estimatedMinutes: 'estimatedMinutes',
  required: 'required',
};

/** A file's size for people: `512 B`, `12,3 KB`, `4,5 MB` (decimal comma in Latvian). */
export function fileSize(bytes: number, locale: 'lv' | 'en'): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', {
      maximumFractionDigits: 1,
    }).format(value);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
