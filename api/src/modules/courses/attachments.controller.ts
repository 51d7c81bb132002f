import { Controller, Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiPropertyOptional,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleAttachment } from '@di/contracts';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { ATTACHMENT_TYPES, contentDisposition } from './attachment-types';
import { AttachmentsService } from './attachments.service';
import { ModuleAttachmentResponse } from './course.response';

export class AttachmentUploadQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'The file’s name (required)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string;
}

@ApiTags('courses')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('modules/:id/attachments')
  @RequirePermission('module.write')
  @ApiOperation({ summary: 'Attach a file to the module: the file is the body, with its Content-Type; up to 10 MiB' })
  @ApiConsumes(...Object.keys(ATTACHMENT_TYPES))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: ModuleAttachmentResponse })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'fileName missing, or the content is not of the type sent (field `file`)' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse, description: 'PAYLOAD_TOO_LARGE: over 10 MiB' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponse, description: 'UNSUPPORTED_MEDIA_TYPE: not an allowed type' })
  upload(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AttachmentUploadQueryDto, @Req() request: FastifyRequest): Promise<ModuleAttachment> {
    return this.attachments.add(actor, id, request.body, request.headers['content-type'], query.fileName, request.ip);
  }

  @Get('attachments/:id')
  @RequirePermission('attachment.read')
  @ApiOperation({ summary: 'Download the file (always as an attachment, never shown inline)' })
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async download(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.attachments.read(actor, id);
    await reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', contentDisposition(file.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(file.content);
  }

  @Delete('attachments/:id')
  @RequirePermission('attachment.write')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemResponse })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest): Promise<void> {
    return this.attachments.remove(actor, id, request.ip);
  }
}
