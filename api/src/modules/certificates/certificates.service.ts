import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { WEB_PATHS, type CertificateVerification } from '@di/contracts';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { NotFoundError } from '../../errors/domain-error';
import { localised } from '../courses/course-rows';
import { renderCertificatePdf } from './certificate-pdf';
import { CERTIFICATE_SQL, certificateDataOf, type CertificateRecord } from './certificate-records';

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

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

  /** Every valid certificate of the run, one PDF each, in one ZIP. */
  async zipOfRun(actor: Actor, runId: string): Promise<CertificateFile> {
    await this.policy.require(actor, 'certificate.export', [runId]);
    const records: CertificateRecord[] = await this.dataSource.query(
      `${CERTIFICATE_SQL} WHERE e.run_id = $1 AND cert.revoked_at IS NULL ORDER BY u.full_name COLLATE "lv-x-icu", cert.code`,
      [runId],
    );
    const zip = new JSZip();
    for (const record of records) zip.file(fileNameOf(record.full_name, record.code), await this.render(record), { date: record.issued_at });
    const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    return { fileName: 'apliecibas.zip', body };
  }

  private render(record: CertificateRecord): Promise<Buffer> {
    const base = this.config.getOrThrow<string>('PUBLIC_URL').replace(/\/+$/, '');
    return renderCertificatePdf(certificateDataOf(record, (code, language) => `${base}/${language}${WEB_PATHS.certificate(code)}`));
  }
}
