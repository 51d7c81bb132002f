import { Controller, Get, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { GeneratedFile } from '@di/contracts';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { contentDisposition } from '../courses/attachment-types';
import { GeneratedFileResponse } from './generated-file.response';
import { GeneratedFilesService } from './generated-files.service';

@ApiTags('files')
@Controller()
export class FilesController {
  constructor(private readonly files: GeneratedFilesService) {}

  @Get('files/:id')
  @RequirePermission('file.read')
  @ApiOperation({ summary: 'A file a background job is making for the caller: its progress' })
  @ApiOkResponse({ type: GeneratedFileResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  read(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<GeneratedFile> {
    return this.files.read(actor, id);
  }

  @Get('files/:id/content')
  @RequirePermission('file.read')
  @ApiOperation({ summary: 'The file, once made (until it expires)' })
  @ApiOkResponse({ description: 'The file' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async content(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.files.content(actor, id);
    await reply.header('Content-Type', file.contentType).header('Content-Disposition', contentDisposition(file.fileName)).header('Cache-Control', 'private, no-store').send(file.body);
  }
}
