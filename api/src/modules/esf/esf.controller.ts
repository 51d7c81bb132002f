import { Body, Controller, Get, Put, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LOCALES, type MyEsfEntry } from '@di/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { csvStream } from '../../exports/csv-export';
import { EXPORT_CONTENT_TYPES, type ExportFormat } from '../../exports/export-columns';
import { xlsxStream } from '../../exports/xlsx-export';
import { IdParam } from '../../http/id-param';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { preferredLocale } from '../../web/preferred-locale';
import { contentDisposition } from '../courses/attachment-types';
import { EsfAnswersDto } from './dto/esf-answers.dto';
import { EsfEntriesService } from './esf-entries.service';
import { EsfParticipantReportResponse, MyEsfEntryResponse } from './esf.response';
import { participantColumns, ParticipantReportService } from './participant-report.service';

@ApiTags('esf')
@Controller()
export class EsfController {
  constructor(
    private readonly entries: EsfEntriesService,
    private readonly reports: ParticipantReportService,
  ) {}

  @Get('me/esf-entries')
  @RequirePermission('profile.read')
  @ApiOperation({ summary: 'The projects asking the caller for ESF entry data (those whose runs they take part in), with their answers' })
  @ApiOkResponse({ type: [MyEsfEntryResponse] })
  mine(@CurrentActor() actor: Actor): Promise<MyEsfEntry[]> {
    return this.entries.mine(actor);
  }

  @Put('me/esf-entries/:projectId')
  @RequirePermission('profile.update')
  @ApiOperation({ summary: 'Answers the ESF entry questions of a project (each optional; not_stated: prefers not to say)' })
  @ApiOkResponse({ type: MyEsfEntryResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'The project does not collect the data, or the caller takes no part in it' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'STALE_UPDATE' })
  save(@CurrentActor() actor: Actor, @IdParam('projectId') projectId: string, @Body() body: EsfAnswersDto, @Req() request: FastifyRequest): Promise<MyEsfEntry> {
    return this.entries.save(actor, projectId, body, request.ip);
  }

  @Get('projects/:id/participant-report')
  @RequirePermission('esf.report.read')
  @ApiOperation({ summary: 'The ESF participant report: each participant once, in aggregates with small counts left out; `Accept: text/csv` for the yearly report file' })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: EsfParticipantReportResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async report(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (new Negotiator(request).mediaType(['application/json', 'text/csv']) === 'text/csv') return this.sendFile(reply, actor, id, 'csv', request);
    await reply.header('Cache-Control', 'private, no-store').send(await this.reports.aggregates(actor, id));
  }

  @Get('projects/:id/participant-report.csv')
  @RequirePermission('esf.report.read')
  @ApiOperation({ summary: 'The yearly participant report as CSV for Latvian Excel: each participant once, with their entry data' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async csv(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.sendFile(reply, actor, id, 'csv', request);
  }

  @Get('projects/:id/participant-report.xlsx')
  @RequirePermission('esf.report.read')
  @ApiOperation({ summary: 'The yearly participant report as XLSX' })
  @ApiProduces(EXPORT_CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'XLSX' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async xlsx(@CurrentActor() actor: Actor, @IdParam() id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.sendFile(reply, actor, id, 'xlsx', request);
  }

  private async sendFile(reply: FastifyReply, actor: Actor, projectId: string, format: ExportFormat, request: FastifyRequest): Promise<void> {
    const locale = preferredLocale(request.headers['accept-language'], LOCALES) ?? 'lv';
    const rows = await this.reports.rows(actor, projectId);
    const columns = participantColumns(locale);
    const body = format === 'csv' ? csvStream(columns, rows) : xlsxStream(locale === 'lv' ? 'Dalībnieki' : 'Participants', columns, rows);
    const name = `${locale === 'lv' ? 'esf-dalibnieku-parskats' : 'esf-participant-report'}.${format}`;
    await reply.header('Content-Type', EXPORT_CONTENT_TYPES[format]).header('Content-Disposition', contentDisposition(name)).header('Cache-Control', 'private, no-store').send(body);
  }
}
