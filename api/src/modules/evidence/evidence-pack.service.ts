import { buffer } from 'node:stream/consumers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GeneratedFile } from '@di/contracts';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { csvStream } from '../../exports/csv-export';
import { streamRows } from '../../exports/row-stream';
import { CertificatesService } from '../certificates/certificates.service';
import { GeneratedFilesService } from '../files/generated-files.service';
import { ATTENDANCE_HISTORY_COLUMNS, ATTENDANCE_HISTORY_SQL, type AttendanceChangeRow } from './attendance-history';
import { renderAttendanceSheetPdf } from './attendance-sheet-pdf';
import { attendanceSheetOf, runSheetFacts, SHEET_SESSIONS_SQL, type SheetSession } from './attendance-sheets';
import { reportFileName, sheetFileName } from './evidence-file-names';
import { EVIDENCE_TEXTS } from './evidence-texts';
import { ParticipantListService } from './participant-list.service';

export const EVIDENCE_PACK_QUEUE = 'evidence-pack';

interface ReportRow {
  id: string;
  session_id: string;
  format: string;
  file_name: string | null;
  content_type: string | null;
  imported_at: Date;
}

/** The meeting reports imported for run `$1`'s sessions that were held (not cancelled), without their content. */
const REPORTS_SQL = `
SELECT ar.id, ar.session_id, ar.format, ar.file_name, ar.content_type, ar.imported_at
  FROM attendance_report ar JOIN training_session s ON s.id = ar.session_id
 WHERE s.run_id = $1 AND s.status = 'scheduled'
 ORDER BY s.starts_at, s.id, ar.imported_at, ar.id`;

const VALID_CERTIFICATES_SQL = `
SELECT count(*)::int AS count FROM certificate cert JOIN enrolment e ON e.id = cert.enrolment_id WHERE e.run_id = $1 AND cert.revoked_at IS NULL`;

const files = EVIDENCE_TEXTS.files;

/**
 * A run's ESF evidence pack, made by a job as one ZIP: the participant list, an attendance sheet
 * per session held, the online meetings' reports as received, the valid certificates and the
 * history of the marks. Like every generated file, it is for the person who asked only.
 */
@Injectable()
export class EvidencePackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly files: GeneratedFilesService,
    private readonly participants: ParticipantListService,
    private readonly certificates: CertificatesService,
  ) {}

  async request(actor: Actor, runId: string): Promise<GeneratedFile> {
    await this.policy.require(actor, 'evidence.export', [runId]);
    return this.files.request(actor, 'evidence_pack', runId, EVIDENCE_PACK_QUEUE);
  }

  /** The caller's newest pack of the run, with its progress. */
  async latest(actor: Actor, runId: string): Promise<GeneratedFile> {
    await this.policy.require(actor, 'evidence.export', [runId]);
    return this.files.latest(actor, 'evidence_pack', runId);
  }

  /** The job: each part made in turn, the progress counted in parts. */
  async make(fileId: string): Promise<void> {
    const job = await this.files.begin(fileId);
    if (!job) return;
    const runId = job.subjectId;
    const manager = this.dataSource.manager;
    const facts = await runSheetFacts(manager, runId);
    const sessions: SheetSession[] = await manager.query(SHEET_SESSIONS_SQL, [runId]);
    const reports: ReportRow[] = await manager.query(REPORTS_SQL, [runId]);
    const [{ count: certificates }]: { count: number }[] = await manager.query(VALID_CERTIFICATES_SQL, [runId]);
    // The participant list and the history are a part each.
    const total = 2 + sessions.length + reports.length + certificates;
    let done = 0;
    const partDone = () => this.files.progress(fileId, Math.min(++done, total), total);
    await this.files.progress(fileId, 0, total);

    const zip = new JSZip();
    zip.file(`${files.participants}.xlsx`, await this.participants.xlsxOf(runId));
    await partDone();

    const ordinals = new Map<string, { startsAt: Date; ordinal: number }>();
    for (const [index, session] of sessions.entries()) {
      ordinals.set(session.id, { startsAt: session.starts_at, ordinal: index + 1 });
      const sheet = await attendanceSheetOf(manager, facts, session);
      zip.file(sheetFileName(files.sheets, session.starts_at, index + 1), await renderAttendanceSheetPdf(sheet));
      await partDone();
    }

    const perSession = new Map<string, number>();
    for (const report of reports) {
      const session = ordinals.get(report.session_id);
      const index = (perSession.get(report.session_id) ?? 0) + 1;
      perSession.set(report.session_id, index);
      const [{ content }]: { content: Buffer }[] = await manager.query(`SELECT content FROM attendance_report WHERE id = $1`, [report.id]);
      if (session) {
        const name = reportFileName(files.reports, { ...session, index, fileName: report.file_name, format: report.format, contentType: report.content_type });
        zip.file(name, content, { date: report.imported_at });
      }
      await partDone();
    }

    for await (const certificate of this.certificates.validFilesOfRun(runId)) {
      zip.file(`${files.certificates}/${certificate.fileName}`, certificate.body, { date: certificate.issuedAt });
      await partDone();
    }

    const history = streamRows<AttendanceChangeRow>(this.dataSource, ATTENDANCE_HISTORY_SQL, [runId]);
    zip.file(files.history, await buffer(csvStream(ATTENDANCE_HISTORY_COLUMNS, history)));
    await partDone();

    const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await this.files.finish(fileId, { fileName: files.pack, contentType: 'application/zip', body });
  }
}
