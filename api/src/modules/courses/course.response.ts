import { ApiProperty } from '@nestjs/swagger';
import {
  COURSE_AUDIENCES,
  COURSE_STATUSES,
  type Course,
  type CourseAudience,
  type CourseModule,
  type CourseStatus,
  type CourseSummary,
  type LocalisedText,
  type MarkdownPreview,
  type ModuleAttachment,
  type ModuleLink,
} from '@di/contracts';
import { LocalisedTextResponse } from '../../http/openapi/localised-text.response';
import { PageResponse } from '../../http/openapi/page.response';

class CompletionRuleResponse {
  @ApiProperty()
  minAttendancePercent!: number;

  @ApiProperty()
  requireAllRequiredModules!: boolean;
}

class ModuleLinkResponse implements ModuleLink {
  @ApiProperty()
  title!: string;

  @ApiProperty()
  url!: string;
}

export class ModuleAttachmentResponse implements ModuleAttachment {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty()
  contentType!: string;

  @ApiProperty()
  sizeBytes!: number;

  @ApiProperty({ description: 'Where to download it' })
  url!: string;
}

export class CourseModuleResponse implements CourseModule {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  courseId!: string;

  @ApiProperty({ description: '1-based order within the course' })
  position!: number;

  @ApiProperty({ type: LocalisedTextResponse })
  title!: LocalisedText;

  @ApiProperty({ type: LocalisedTextResponse, description: 'Markdown as written' })
  content!: LocalisedText;

  @ApiProperty({ type: LocalisedTextResponse, description: 'The Markdown rendered and sanitised on the server' })
  contentHtml!: LocalisedText;

  @ApiProperty({ type: [ModuleLinkResponse] })
  links!: ModuleLink[];

  @ApiProperty({ type: [ModuleAttachmentResponse] })
  attachments!: ModuleAttachment[];

  @ApiProperty({ nullable: true, type: Number })
  estimatedMinutes!: number | null;

  @ApiProperty()
  required!: boolean;

  @ApiProperty()
  version!: number;
}

class CourseFields {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: LocalisedTextResponse })
  title!: LocalisedText;

  @ApiProperty({ type: LocalisedTextResponse })
  description!: LocalisedText;

  @ApiProperty({ enum: COURSE_AUDIENCES })
  audience!: CourseAudience;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  providerOrganisationId!: string | null;

  @ApiProperty()
  plannedHours!: number;

  @ApiProperty({ type: CompletionRuleResponse })
  completionRule!: CompletionRuleResponse;

  @ApiProperty({ enum: COURSE_STATUSES })
  status!: CourseStatus;

  @ApiProperty()
  version!: number;
}

export class CourseResponse extends CourseFields implements Course {
  @ApiProperty({ type: [CourseModuleResponse], description: 'In order; retired modules are left out' })
  modules!: CourseModule[];
}

export class CourseSummaryResponse extends CourseFields implements CourseSummary {
  @ApiProperty()
  moduleCount!: number;

  @ApiProperty()
  upcomingRunCount!: number;
}

export const CourseSummaryPageResponse = PageResponse(CourseSummaryResponse);

export class MarkdownPreviewResponse implements MarkdownPreview {
  @ApiProperty()
  html!: string;
}
