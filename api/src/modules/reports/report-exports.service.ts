import { Injectable } from '@nestjs/common';
import type { CompletionReportQuery, EnrolmentStatus, Locale, ReportFilters } from '@di/contracts';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor';
import { csvStream } from '../../exports/csv-export';
import { EXPORT_CONTENT_TYPES, type ExportColumn, type ExportFormat } from '../../exports/export-columns';
import { xlsxStream } from '../../exports/xlsx-export';
import { contentDisposition } from '../courses/attachment-types';
import { CompletionPeopleService } from './completion-people.service';
import { CompletionReportService } from './completion-report.service';
import { completionColumns, peopleColumns } from './report-export-columns';

async function* each<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}

/** The reports as files: the filters are checked (and a problem answered) before the first byte is sent. */
@Injectable()
export class ReportExportsService {
  constructor(
    private readonly completion: CompletionReportService,
    private readonly people: CompletionPeopleService,
  ) {}

  async sendCompletion(reply: FastifyReply, actor: Actor, query: CompletionReportQuery, format: ExportFormat, locale: Locale): Promise<void> {
    const report = await this.completion.report(actor, query);
    const name = locale === 'lv' ? 'pabeigsana' : 'completion';
    await send(reply, `${name}-${today()}.${format}`, format, completionColumns(locale, report.groupBy), each(report.rows), locale === 'lv' ? 'Pabeigšana' : 'Completion');
  }

  async sendPeople(reply: FastifyReply, actor: Actor, filters: ReportFilters & { status?: EnrolmentStatus }, format: ExportFormat, locale: Locale): Promise<void> {
    const rows = await this.people.stream(actor, filters);
    const name = locale === 'lv' ? 'dalibnieki' : 'participants';
    await send(reply, `${name}-${today()}.${format}`, format, peopleColumns(locale), rows, locale === 'lv' ? 'Dalībnieki' : 'Participants');
  }
}

function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Riga' });
}

async function send<T>(reply: FastifyReply, fileName: string, format: ExportFormat, columns: ExportColumn<T>[], rows: AsyncIterable<T>, sheet: string): Promise<void> {
  const body = format === 'csv' ? csvStream(columns, rows) : xlsxStream(sheet, columns, rows);
  await reply.header('Content-Type', EXPORT_CONTENT_TYPES[format]).header('Content-Disposition', contentDisposition(fileName)).header('Cache-Control', 'private, no-store').send(body);
}
