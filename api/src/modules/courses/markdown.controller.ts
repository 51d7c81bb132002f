import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MarkdownPreview } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import { MarkdownPreviewResponse } from './course.response';
import { MarkdownPreviewDto } from './dto/module.dto';
import { renderMarkdown } from './markdown';

@ApiTags('courses')
@Controller('markdown')
export class MarkdownController {
  @Post('preview')
  @HttpCode(200)
  @RequirePermission('module.write')
  @ApiOperation({ summary: 'Markdown rendered and sanitised exactly as a module’s content will be' })
  @ApiOkResponse({ type: MarkdownPreviewResponse })
  preview(@Body() body: MarkdownPreviewDto): MarkdownPreview {
    return { html: renderMarkdown(body.markdown) };
  }
}
