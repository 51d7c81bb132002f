import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { csvStream } from '../../exports/csv-export';
import { EXPORT_CONTENT_TYPES, type ExportFormat } from '../../exports/export-columns';
import { streamRows } from '../../exports/row-stream';
import { xlsxStream } from '../../exports/xlsx-export';
import { NotFoundError } from '../../errors/domain-error';
import { asciiName } from './evidence-file-names';
import { EVIDENCE_TEXTS } from './evidence-texts';
import { PARTICIPANT_COLUMNS, PARTICIPANT_LIST_SQL, type ParticipantRow } from './participant-list';

export interface StreamedFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

/** A run's participant list (who held a seat, their attendance, completion and certificate) as CSV or XLSX, streamed from a cursor. */
@Injectable()
export class ParticipantListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async export(actor: Actor, runId: string, format: ExportFormat): Promise<StreamedFile> {
    await this.policy.require(actor, 'evidence.export', [runId]);
    const [run]: { title_lv: string }[] = await this.dataSource.query(`SELECT title_lv FROM course_run WHERE id = $1`, [runId]);
    if (!run) throw new NotFoundError('The run');
    const title = asciiName(run.title_lv);
    return {
      fileName: `${EVIDENCE_TEXTS.files.participants}${title ? `-${title}` : ''}.${format}`,
      contentType: EXPORT_CONTENT_TYPES[format],
      body: this.stream(runId, format),
    };
  }

  /** The XLSX of the evidence pack, whose caller checked the access. */
  xlsxOf(runId: string): Promise<Buffer> {
    return buffer(this.stream(runId, 'xlsx'));
  }

  private stream(runId: string, format: ExportFormat): Readable {
    const rows = streamRows<ParticipantRow>(this.dataSource, PARTICIPANT_LIST_SQL, [runId]);
    return format === 'csv' ? csvStream(PARTICIPANT_COLUMNS, rows) : xlsxStream(EVIDENCE_TEXTS.participants.sheetName, PARTICIPANT_COLUMNS, rows);
  }
}
