import PDFDocument from 'pdfkit';
import { DateTime } from 'luxon';
import { RIGA_ZONE } from '../../time/riga-time';
import { certificateFontPaths } from './certificate-fonts';
import { drawQrCode, qrPayload } from './certificate-qr';
import { CERTIFICATE_TEXTS, type CertificateLanguage, formatAcademicHours, PLATFORM_NAME } from './certificate-texts';
import { pdfBuffer } from '../../exports/pdf-buffer';

export interface CertificateData {
  /** 'lv' or 'en': the language of the fixed texts (the person's language). */
  language: CertificateLanguage;
  fullName: string;
  /** Already in the chosen language. */
  courseTitle: string;
  /** The course's planned hours ("akadēmiskās stundas"). */
  academicHours: number;
  /** YYYY-MM-DD, the run's first day. */
  startsOn: string;
  /** YYYY-MM-DD, the run's last day. */
  endsOn: string;
  completedAt: Date;
  /** The training provider organisation. */
  providerName: string | null;
  /** The DI project (e.g. number '9.2.2.1/15/I/003'). */
  project: { number: string; title: string } | null;
  /** Percentage of EU (ESF) co-financing of the project, if known, for the funding line. */
  esfPercent: number | null;
  /** Verification code, e.g. 'K7QF-2M9X-WD4T'. */
  code: string;
  verifyUrl: string;
}

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 64;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const QR_SIZE = 96;
const VERIFY_WIDTH = 250;
const FUNDING_WIDTH = CONTENT_WIDTH - VERIFY_WIDTH - 32;
const BOTTOM_TOP = PAGE.height - MARGIN - 150;
const INK = '#1a1a1a';
const ACCENT = '#1d3f6e';
const MUTED = '#555555';
const REGULAR = 'regular';
const BOLD = 'bold';

/** `YYYY-MM-DD` as `dd.MM.yyyy`; a calendar date has no zone to convert. */
function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

function formatRigaDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: RIGA_ZONE }).toFormat('dd.MM.yyyy');
}

function drawFrame(doc: typeof PDFDocument): void {
  doc.save().lineWidth(2.5).strokeColor(ACCENT).rect(22, 22, PAGE.width - 44, PAGE.height - 44).stroke();
  doc.lineWidth(0.75).rect(30, 30, PAGE.width - 60, PAGE.height - 60).stroke().restore();
}

/** The largest font size, `largest` down to `smallest`, at which `text` takes at most `lines` lines of the column. */
function fittingSize(doc: typeof PDFDocument, text: string, largest: number, smallest: number, lines: number): number | null {
  for (let size = largest; size >= smallest; size--) {
    doc.fontSize(size);
    if (doc.heightOfString(text, { width: CONTENT_WIDTH, align: 'center' }) <= lines * doc.currentLineHeight(true)) return size;
  }
  return null;
}

/** Text that must not be lost: set smaller before it wraps or, past two lines at the smallest size, is cut with "…". */
function fittedText(doc: typeof PDFDocument, text: string, y: number, largest: number, oneLineSmallest: number, smallest: number): void {
  const size = fittingSize(doc, text, largest, oneLineSmallest, 1) ?? fittingSize(doc, text, largest, smallest, 2) ?? smallest;
  doc.fontSize(size).text(text, MARGIN, y, { width: CONTENT_WIDTH, align: 'center', ellipsis: true, height: 2 * doc.currentLineHeight(true) + 1 });
}

/** Heading, person, course and its facts, centred, each capped in height so the page never overflows. */
function drawBody(doc: typeof PDFDocument, data: CertificateData): void {
  const texts = CERTIFICATE_TEXTS[data.language];
  const centred = { width: CONTENT_WIDTH, align: 'center' as const, ellipsis: true };

  doc.font(BOLD).fontSize(38).fillColor(ACCENT).text(texts.heading, MARGIN, 58, { ...centred, height: 50 });
  const ruleY = doc.y + 6;
  doc.save().lineWidth(1).strokeColor(ACCENT).moveTo(PAGE.width / 2 - 60, ruleY).lineTo(PAGE.width / 2 + 60, ruleY).stroke().restore();

  doc.font(BOLD).fillColor(INK);
  fittedText(doc, data.fullName, ruleY + 22, 26, 18, 14);
  doc.moveDown(0.3).font(REGULAR).fontSize(13).fillColor(MUTED).text(texts.hasCompleted, MARGIN, doc.y, { ...centred, height: 20 });
  doc.moveDown(0.5).font(BOLD).fillColor(INK);
  // A title wraps rather than shrinks: a two-line title at full size reads better than a tiny one-liner.
  fittedText(doc, data.courseTitle, doc.y, 19, 19, 12);

  const facts = [
    `${texts.volume}: ${formatAcademicHours(data.academicHours, data.language)}`,
    `${texts.period}: ${formatDate(data.startsOn)}–${formatDate(data.endsOn)}`,
    `${texts.completedOn}: ${formatRigaDate(data.completedAt)}`,
  ];
  doc.moveDown(0.8).font(REGULAR).fontSize(12).fillColor(INK);
  for (const fact of facts) doc.text(fact, MARGIN, doc.y, { ...centred, height: 16, lineGap: 2 });
  // A provider's name can be long: it alone may take two lines.
  if (data.providerName) doc.text(`${texts.provider}: ${data.providerName}`, MARGIN, doc.y, { ...centred, height: 32, lineGap: 2 });
}

/** The DI project and the ESF publicity text block: only for a course run within a project. */
function drawFunding(doc: typeof PDFDocument, data: CertificateData): void {
  if (!data.project) return;
  const texts = CERTIFICATE_TEXTS[data.language];
  const column = { width: FUNDING_WIDTH, ellipsis: true };
  doc.font(REGULAR).fontSize(9.5).fillColor(INK);
  doc.text(texts.project(data.project.number, data.project.title), MARGIN, BOTTOM_TOP + 20, { ...column, height: 26 });
  doc.text(texts.funding(data.esfPercent), MARGIN, doc.y + 2, { ...column, height: 26 });
  const [union, fund, slogan] = texts.euBlock;
  doc.moveDown(0.6).font(BOLD).fontSize(11).fillColor(ACCENT).text(union, MARGIN, doc.y, { ...column, height: 15 });
  doc.font(REGULAR).fontSize(10).text(fund, MARGIN, doc.y, { ...column, height: 14 });
  doc.text(slogan, MARGIN, doc.y, { ...column, height: 14 });
}

function drawVerification(doc: typeof PDFDocument, data: CertificateData): void {
  const texts = CERTIFICATE_TEXTS[data.language];
  const left = PAGE.width - MARGIN - VERIFY_WIDTH;
  const column = { width: VERIFY_WIDTH, align: 'right' as const, ellipsis: true };
  drawQrCode(doc, qrPayload(data.verifyUrl), PAGE.width - MARGIN - QR_SIZE, BOTTOM_TOP, QR_SIZE);
  doc.font(BOLD).fontSize(10).fillColor(INK);
  doc.text(`${texts.verificationCode}: ${data.code}`, left, BOTTOM_TOP + QR_SIZE + 12, { ...column, height: 14 });
  doc.font(REGULAR).fontSize(8).fillColor(MUTED).text(`${texts.verifyAt}:`, left, doc.y + 1, { ...column, height: 11 });
  doc.text(data.verifyUrl, left, doc.y, { ...column, height: 22 });
}

/** The completion certificate: one A4 landscape page, fonts embedded, same input → same bytes. */
export async function renderCertificatePdf(data: CertificateData): Promise<Buffer> {
  const fonts = certificateFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // Without this pdfkit would load Helvetica as the default font; every text here is DejaVu.
    font: fonts.regular,
    lang: data.language === 'lv' ? 'lv-LV' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${CERTIFICATE_TEXTS[data.language].heading}: ${data.fullName}`,
      Author: data.providerName ?? PLATFORM_NAME,
      Subject: data.courseTitle,
      Keywords: data.code,
      Creator: PLATFORM_NAME,
      Producer: PLATFORM_NAME,
      CreationDate: data.completedAt,
      ModDate: data.completedAt,
    },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);

  const done = pdfBuffer(doc);

  drawFrame(doc);
  drawBody(doc, data);
  drawFunding(doc, data);
  drawVerification(doc, data);
  doc.end();
  return done;
}
