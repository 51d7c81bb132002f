import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { WEB_PATHS, type CertificateVerification, type GeneratedFile } from '@di/contracts';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { DomainError, NotFoundError } from '../../errors/domain-error';
import { localised } from '../courses/course-rows';
import { GeneratedFilesService } from '../files/generated-files.service';
import { renderCertificatePdf } from './certificate-pdf';
import { CERTIFICATE_SQL, certificateDataOf, type CertificateRecord } from './certificate-records';

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export const CERTIFICATES_ZIP_QUEUE = 'certificates-zip';
/** More than this many PDFs are made by a job, not while a request waits. */
export const MAX_CERTIFICATES_AT_ONCE = 100;

class TooManyForOneRequestError extends DomainError {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(count: number) {
    super(`The run has ${count} certificates, more than ${MAX_CERTIFICATES_AT_ONCE} at once: start a job with POST on this address and download the file when it is made`);
  }
}

export interface CertificateFile {
  fileName: string;
  body: Buffer;
}

/** A safe, readable file name: letters (Latvian ones too), digits and dashes. */
function fileNameOf(fullName: string, code: string): string {
  const name = fullName.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${name || 'apliecība'}-${code}.pdf`;
}

/**
 * Certificates of completion: the PDF for its owner and those who look after the enrolment, all
 * of a run's as one ZIP, and public verification by code that tells only the name, the course
 * and the date (never an email or an organisation) and whether it was revoked.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly config: ConfigService,
    private readonly files: GeneratedFilesService,
  ) {}

  async verify(code: string): Promise<CertificateVerification> {
    const normalised = code.trim().toUpperCase();
    if (!CODE.test(normalised)) throw new NotFoundError('The certificate');
    const [record]: CertificateRecord[] = await this.dataSource.query(`${CERTIFICATE_SQL} WHERE cert.code = $1`, [normalised]);
    if (!record) throw new NotFoundError('The certificate');
    return {
      valid: record.revoked_at === null,
      code: record.code,
      fullName: record.full_name,
      courseTitle: localised(record.course_title_lv, record.course_title_en),
      completedAt: record.issued_at.toISOString(),
      revokedAt: record.revoked_at?.toISOString() ?? null,
    };
  }

  async pdfOf(actor: Actor, enrolmentId: string): Promise<CertificateFile> {
    await this.policy.require(actor, 'certificate.read', [enrolmentId]);
    const [record]: CertificateRecord[] = await this.dataSource.query(`${CERTIFICATE_SQL} WHERE cert.enrolment_id = $1 AND cert.revoked_at IS NULL`, [enrolmentId]);
    if (!record) throw new NotFoundError('The certificate');
    return { fileName: fileNameOf(record.full_name, record.code), body: await this.render(record) };
  }

  /** Every valid certificate of the run, one PDF each, in one ZIP, made in the request (at most MAX_CERTIFICATES_AT_ONCE). */
  async zipOfRun(actor: Actor, runId: string): Promise<CertificateFile> {
    await this.policy.require(actor, 'certificate.export', [runId]);
    const records = await this.validOfRun(runId);
    if (records.length > MAX_CERTIFICATES_AT_ONCE) throw new TooManyForOneRequestError(records.length);
    return this.zip(records, async () => undefined);
  }

  /** The same ZIP as a job, for a run of any size: its progress and the file at `GET /api/files/:id`. */
  async requestZipOfRun(actor: Actor, runId: string): Promise<GeneratedFile> {
    await this.policy.require(actor, 'certificate.export', [runId]);
    return this.files.request(actor, 'certificates_zip', runId, CERTIFICATES_ZIP_QUEUE);
  }

  /** The job: the ZIP of the run's certificates, with progress every ten. */
  async makeZip(fileId: string): Promise<void> {
    const job = await this.files.begin(fileId);
    if (!job) return;
    const records = await this.validOfRun(job.subjectId);
    const file = await this.zip(records, (done) => (done % 10 === 0 || done === records.length ? this.files.progress(fileId, done, records.length) : Promise.resolve()));
    await this.files.finish(fileId, { ...file, contentType: 'application/zip' });
  }

  /** The run's valid certificates, one file at a time, for the evidence pack (whose caller checked the access). */
  async *validFilesOfRun(runId: string): AsyncGenerator<CertificateFile & { issuedAt: Date }> {
    for (const record of await this.validOfRun(runId)) {
      yield { fileName: fileNameOf(record.full_name, record.code), body: await this.render(record), issuedAt: record.issued_at };
    }
  }

  private validOfRun(runId: string): Promise<CertificateRecord[]> {
    return this.dataSource.query(`${CERTIFICATE_SQL} WHERE e.run_id = $1 AND cert.revoked_at IS NULL ORDER BY u.full_name COLLATE "lv-x-icu", cert.code`, [runId]);
  }

  private async zip(records: readonly CertificateRecord[], progress: (done: number) => Promise<void>): Promise<CertificateFile> {
    const zip = new JSZip();
    await progress(0);
    for (const [index, record] of records.entries()) {
      zip.file(fileNameOf(record.full_name, record.code), await this.render(record), { date: record.issued_at });
      await progress(index + 1);
    }
    return { fileName: 'apliecibas.zip', body: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) };
  }

  private render(record: CertificateRecord): Promise<Buffer> {
    const base = this.config.getOrThrow<string>('PUBLIC_URL').replace(/\/+$/, '');
    return renderCertificatePdf(certificateDataOf(record, (code, language) => `${base}/${language}${WEB_PATHS.certificate(code)}`));
  }
}
