import type { CertificateData } from './certificate-pdf';

export interface CertificateRecord {
  code: string;
  enrolment_id: string;
  issued_at: Date;
  revoked_at: Date | null;
  full_name: string;
  language: 'lv' | 'en';
  course_title_lv: string;
  course_title_en: string | null;
  planned_hours: number;
  starts_on: string;
  ends_on: string;
  completed_at: Date | null;
  provider_name: string | null;
  project_number: string | null;
  project_title: string | null;
  esf_percent: string | null;
}

/** Certificates with what they print: the person, the course, the run's dates, the provider, the project. */
export const CERTIFICATE_SQL = `
SELECT cert.code, cert.enrolment_id, cert.issued_at, cert.revoked_at, u.full_name, u.language,
       c.title_lv AS course_title_lv, c.title_en AS course_title_en, c.planned_hours,
       to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(r.ends_on, 'YYYY-MM-DD') AS ends_on, e.completed_at,
       prov.name AS provider_name, p.number AS project_number, p.title AS project_title, p.esf_percent::text AS esf_percent
  FROM certificate cert
  JOIN enrolment e ON e.id = cert.enrolment_id
  JOIN app_user u ON u.id = e.user_id
  JOIN course_run r ON r.id = e.run_id
  JOIN course c ON c.id = r.course_id
  LEFT JOIN organisation prov ON prov.id = c.provider_organisation_id
  LEFT JOIN project p ON p.id = r.project_id`;

/** What the PDF of a certificate says, in the person's language, verifiable at `verifyUrlOf(code)`. */
export function certificateDataOf(record: CertificateRecord, verifyUrlOf: (code: string, language: 'lv' | 'en') => string): CertificateData {
  const language = record.language;
  return {
    language,
    fullName: record.full_name,
    courseTitle: language === 'en' ? (record.course_title_en ?? record.course_title_lv) : record.course_title_lv,
    academicHours: record.planned_hours,
    startsOn: record.starts_on,
    endsOn: record.ends_on,
    completedAt: record.completed_at ?? record.issued_at,
    providerName: record.provider_name,
    project: record.project_number ? { number: record.project_number, title: record.project_title ?? '' } : null,
    esfPercent: record.esf_percent === null ? null : Number(record.esf_percent),
    code: record.code,
    verifyUrl: verifyUrlOf(record.code, language),
  };
}
