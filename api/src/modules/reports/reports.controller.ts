import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LOCALES, type AtRiskPerson, type CompletionReport, type Page, type RunOverview, type CompletionPerson } from '@di/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { RequirePermission } from '../../access/access-rule.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { ProblemResponse } from '../../http/openapi/problem.response';
import { preferredLocale } from '../../web/preferred-locale';
import { CompletionPeopleQueryDto, CompletionQueryDto, ReportPageQueryDto } from './dto/report-filters.dto';
import { ReportExportsService } from './report-exports.service';
import { AtRiskPersonPageResponse, CompletionPersonPageResponse, CompletionReportResponse, RunOverviewPageResponse } from './report.response';
import { CompletionPeopleService } from './completion-people.service';
import { CompletionReportService } from './completion-report.service';
import { RunOverviewService } from './run-overview.service';

const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

function localeOf(request: FastifyRequest) {
  return preferredLocale(request.headers['accept-language'], LOCALES) ?? 'lv';
}

function asksForCsv(request: FastifyRequest): boolean {
  return new Negotiator(request).mediaType(['application/json', 'text/csv']) === 'text/csv';
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly completion: CompletionReportService,
    private readonly people: CompletionPeopleService,
    private readonly runs: RunOverviewService,
    private readonly exports: ReportExportsService,
  ) {}

  @Get('completion')
  @RequirePermission('report.read')
  @ApiOperation({
    summary: 'Completion per organisation or planning region, of the people in the caller’s scope',
    description: 'Each person counts once per run, in the organisation they belonged to when they enrolled. `Accept: text/csv` gives the rows as CSV.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: CompletionReportResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'A filter names something outside the caller’s scope' })
  async report(@CurrentActor() actor: Actor, @Query() query: CompletionQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (asksForCsv(request)) return this.exports.sendCompletion(reply, actor, query, 'csv', localeOf(request));
    const report: CompletionReport = await this.completion.report(actor, query);
    await reply.header('Cache-Control', 'private, no-store').send(report);
  }

  @Get('completion.csv')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'The completion report as CSV for Latvian Excel (UTF-8 with BOM, `;`)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async reportCsv(@CurrentActor() actor: Actor, @Query() query: CompletionQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.exports.sendCompletion(reply, actor, query, 'csv', localeOf(request));
  }

  @Get('completion.xlsx')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'The completion report as XLSX' })
  @ApiProduces(FILE_TYPES[1])
  @ApiOkResponse({ description: 'XLSX' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async reportXlsx(@CurrentActor() actor: Actor, @Query() query: CompletionQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.exports.sendCompletion(reply, actor, query, 'xlsx', localeOf(request));
  }

  @Get('completion/people')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'The people behind the report (one row per person and run), with their stored progress' })
  @ApiOkResponse({ type: CompletionPersonPageResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  listPeople(@CurrentActor() actor: Actor, @Query() query: CompletionPeopleQueryDto): Promise<Page<CompletionPerson>> {
    return this.people.page(actor, query, query.page, query.pageSize);
  }

  @Get('completion/people.csv')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'All the people behind the report as CSV, streamed (any number of rows)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async peopleCsv(@CurrentActor() actor: Actor, @Query() query: CompletionPeopleQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.exports.sendPeople(reply, actor, query, 'csv', localeOf(request));
  }

  @Get('completion/people.xlsx')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'All the people behind the report as XLSX, streamed (any number of rows)' })
  @ApiProduces(FILE_TYPES[1])
  @ApiOkResponse({ description: 'XLSX' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  async peopleXlsx(@CurrentActor() actor: Actor, @Query() query: CompletionPeopleQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.exports.sendPeople(reply, actor, query, 'xlsx', localeOf(request));
  }

  @Get('at-risk')
  @RequirePermission('report.read')
  @ApiOperation({ summary: 'Seat holders of runs still going who can miss at most one more session, or can no longer meet the rule' })
  @ApiOkResponse({ type: AtRiskPersonPageResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  atRisk(@CurrentActor() actor: Actor, @Query() query: ReportPageQueryDto): Promise<Page<AtRiskPerson>> {
    return this.people.atRisk(actor, query, query.page, query.pageSize);
  }

  @Get('runs')
  @RequirePermission('report.runs.read')
  @ApiOperation({ summary: 'The runs the caller organises, fills or trains: seats, attendance, completions, people at risk' })
  @ApiOkResponse({ type: RunOverviewPageResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  listRuns(@CurrentActor() actor: Actor, @Query() query: ReportPageQueryDto): Promise<Page<RunOverview>> {
    return this.runs.page(actor, query, query.page, query.pageSize);
  }
}
