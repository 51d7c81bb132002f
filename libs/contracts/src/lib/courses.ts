import type { LocalisedText, PageQuery, Versioned } from './common';
import type { RegionCode } from './regions';

export const COURSE_AUDIENCES = ['vsac_staff', 'social_mentor', 'specialist', 'any'] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
/** Participants see only `published` courses; `archived` ones keep their runs and evidence. */
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export interface CompletionRule {
  /** Share of the held sessions a participant must attend, 0–100. */
  minAttendancePercent: number;
  requireAllRequiredModules: boolean;
}

export interface ModuleLink {
  title: string;
  url: string;
}

export interface ModuleAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Where to download it (the API serves it as an attachment). */
  url: string;
}

export interface CourseModule extends Versioned {
  id: string;
  courseId: string;
  /** 1-based order within the course. */
  position: number;
  title: LocalisedText;
  /** Markdown as the author wrote it. */
  content: LocalisedText;
  /** The Markdown rendered to HTML and sanitised on the server: safe to insert as it is. */
  contentHtml: LocalisedText;
  links: ModuleLink[];
  attachments: ModuleAttachment[];
  estimatedMinutes: number | null;
  required: boolean;
}

export interface Course extends Versioned {
  id: string;
  code: string;
  title: LocalisedText;
  description: LocalisedText;
  audience: CourseAudience;
  providerOrganisationId: string | null;
  plannedHours: number;
  completionRule: CompletionRule;
  status: CourseStatus;
  modules: CourseModule[];
}

/** A course in a list: without module contents. */
export type CourseSummary = Omit<Course, 'modules'> & { moduleCount: number; upcomingRunCount: number };

export interface CourseQuery extends PageQuery {
  audience?: CourseAudience;
  regionCode?: RegionCode;
  providerOrganisationId?: string;
  status?: CourseStatus;
  q?: string;
}

export interface CreateCourseRequest {
  code: string;
  title: LocalisedText;
  description?: LocalisedText;
  audience: CourseAudience;
  providerOrganisationId?: string | null;
  plannedHours: number;
  completionRule: CompletionRule;
  status?: CourseStatus;
}

export type UpdateCourseRequest = Partial<CreateCourseRequest> & { version?: number };

export interface CreateModuleRequest {
  title: LocalisedText;
  content?: LocalisedText;
  links?: ModuleLink[];
  estimatedMinutes?: number | null;
  required?: boolean;
  /** Where to insert it (1-based); at the end when left out. */
  position?: number;
}

export type UpdateModuleRequest = Partial<Omit<CreateModuleRequest, 'position'>> & { version?: number };

/** `PUT /api/courses/:id/modules/order`: every module id of the course, in the new order. */
export interface ReorderModulesRequest {
  moduleIds: string[];
  version?: number;
}

/** `POST /api/markdown/preview`: what a module's Markdown will look like, sanitised. */
export interface MarkdownPreviewRequest {
  markdown: string;
}
export interface MarkdownPreview {
  html: string;
}
