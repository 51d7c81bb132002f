import { API_PATHS, type Course, type CourseModule, type CourseSummary, type LocalisedText, type ModuleAttachment, type ModuleLink } from '@di/contracts';
import { renderMarkdown } from './markdown';

export interface CourseRow {
  id: string;
  code: string;
  title_lv: string;
  title_en: string | null;
  description_lv: string;
  description_en: string | null;
  audience: Course['audience'];
  provider_organisation_id: string | null;
  planned_hours: number;
  min_attendance_percent: number;
  require_all_required_modules: boolean;
  status: Course['status'];
  version: number;
}

export interface CourseSummaryRow extends CourseRow {
  module_count: string;
  upcoming_run_count: string;
  total: string;
}

export interface ModuleRow {
  id: string;
  course_id: string;
  position: number;
  title_lv: string;
  title_en: string | null;
  content_lv: string;
  content_en: string | null;
  links: ModuleLink[];
  estimated_minutes: number | null;
  required: boolean;
  version: number;
}

export interface AttachmentRow {
  id: string;
  module_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
}

export const COURSE_COLUMNS = `c.id, c.code, c.title_lv, c.title_en, c.description_lv, c.description_en, c.audience, c.provider_organisation_id,
  c.planned_hours, c.min_attendance_percent, c.require_all_required_modules, c.status, c.version`;
export const MODULE_COLUMNS = `m.id, m.course_id, m.position, m.title_lv, m.title_en, m.content_lv, m.content_en, m.links, m.estimated_minutes, m.required, m.version`;

export function localised(lv: string, en: string | null): LocalisedText {
  return en ? { lv, en } : { lv };
}

function courseFields(row: CourseRow): Omit<Course, 'modules'> {
  return {
    id: row.id,
    code: row.code,
    title: localised(row.title_lv, row.title_en),
    description: localised(row.description_lv, row.description_en),
    audience: row.audience,
    providerOrganisationId: row.provider_organisation_id,
    plannedHours: row.planned_hours,
    completionRule: { minAttendancePercent: row.min_attendance_percent, requireAllRequiredModules: row.require_all_required_modules },
    status: row.status,
    version: row.version,
  };
}

export function toCourseSummary(row: CourseSummaryRow): CourseSummary {
  return { ...courseFields(row), moduleCount: Number(row.module_count), upcomingRunCount: Number(row.upcoming_run_count) };
}

export function toCourse(row: CourseRow, modules: CourseModule[]): Course {
  return { ...courseFields(row), modules };
}

export function toAttachment(row: AttachmentRow): ModuleAttachment {
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes, url: API_PATHS.attachment(row.id) };
}

export function toModule(row: ModuleRow, attachments: ModuleAttachment[]): CourseModule {
  const content = localised(row.content_lv, row.content_en);
  const contentHtml: LocalisedText = { lv: renderMarkdown(content.lv) };
  if (content.en) contentHtml.en = renderMarkdown(content.en);
  return {
    id: row.id,
    courseId: row.course_id,
    position: row.position,
    title: localised(row.title_lv, row.title_en),
    content,
    contentHtml,
    links: row.links,
    attachments,
    estimatedMinutes: row.estimated_minutes,
    required: row.required,
    version: row.version,
  };
}
