import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { GeneratedFile } from '@di/contracts';
import type { FastifyReply } from 'fastify';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { EXPORT_CONTENT_TYPES } from '../../exports/export-columns';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { contentDisposition } from '../courses/attachment-types';
import { GeneratedFileResponse } from '../files/generated-file.response';
import { EvidencePackService } from './evidence-pack.service';
import { ParticipantListService, type StreamedFile } from './participant-list.service';

async function send(reply: FastifyReply, file: StreamedFile): Promise<void> {
  await reply.header('Content-Type', file.contentType).header('Content-Disposition', contentDisposition(file.fileName)).header('Cache-Control', 'private, no-store').send(file.body);
}

@ApiTags('evidence')
@Controller('runs/:id')
export class EvidenceController {
  constructor(
    private readonly packs: EvidencePackService,
    private readonly participants: ParticipantListService,
  ) {}

  @Post('evidence-pack')
  @HttpCode(202)
  @RequirePermission('evidence.export')
  @ApiOperation({ summary: "Make the run's ESF evidence pack as a job (participant list, attendance sheets, meeting reports, certificates, history): follow it here or at GET /api/files/:id" })
  @ApiAcceptedResponse({ type: GeneratedFileResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  start(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<GeneratedFile> {
    return this.packs.request(actor, id);
  }

  @Get('evidence-pack')
  @RequirePermission('evidence.export')
  @ApiOperation({ summary: "The caller's latest evidence pack of the run, with its progress (the ZIP at GET /api/files/:id/content once done)" })
  @ApiOkResponse({ type: GeneratedFileResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No pack asked for (or it expired), or the run is out of reach' })
  latest(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<GeneratedFile> {
    return this.packs.latest(actor, id);
  }

  @Get('participants.xlsx')
  @RequirePermission('evidence.export')
  @ApiOperation({ summary: 'The participant list of the run (who held a seat, attendance, completion, certificate) as XLSX' })
  @ApiProduces(EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'XLSX' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async xlsx(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.participants.export(actor, id, 'xlsx'));
  }

  @Get('participants.csv')
  @RequirePermission('evidence.export')
  @ApiOperation({ summary: 'The participant list of the run as CSV for Latvian Excel (UTF-8 with BOM, ";")' })
  @ApiProduces(EXPORT_CONTENT_TYPES.csv)
  @ApiOkResponse({ description: 'CSV' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async csv(@CurrentActor() actor: Actor, @IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.participants.export(actor, id, 'csv'));
  }
}
