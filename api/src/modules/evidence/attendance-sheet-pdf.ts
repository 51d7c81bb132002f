import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { RIGA_ZONE } from '../../time/riga-time';
import { certificateFontPaths } from '../certificates/certificate-fonts';
import { CERTIFICATE_TEXTS, PLATFORM_NAME } from '../certificates/certificate-texts';
import type { AttendanceSheet } from './attendance-sheets';
import { EVIDENCE_TEXTS } from './evidence-texts';
import { pdfBuffer } from '../../exports/pdf-buffer';

type Doc = InstanceType<typeof PDFDocument>;

// A4 portrait, in points.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 42;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const FOOTER_TOP = PAGE.height - MARGIN - 44;
const PADDING = 4;
const INK = '#1a1a1a';
const ACCENT = '#1d3f6e';
const MUTED = '#555555';
const RULE = '#8a8a8a';
const REGULAR = 'regular';
const BOLD = 'bold';

const texts = EVIDENCE_TEXTS.sheet;
const funding = CERTIFICATE_TEXTS.lv;

interface Column {
  header: string;
  width: number;
  value: (person: AttendanceSheet['people'][number], index: number) => string;
}

function rigaTime(instant: Date, format: string): string {
  return DateTime.fromJSDate(instant, { zone: RIGA_ZONE }).toFormat(format);
}

/** `08.12.2026 10:00–13:00`, or both full instants for a session past midnight. */
export function sessionTimeText(startsAt: Date, endsAt: Date): string {
  const start = rigaTime(startsAt, 'dd.MM.yyyy HH:mm');
  const sameDay = rigaTime(startsAt, 'yyyy-MM-dd') === rigaTime(endsAt, 'yyyy-MM-dd');
  return `${start}–${rigaTime(endsAt, sameDay ? 'HH:mm' : 'dd.MM.yyyy HH:mm')}`;
}

function markText(person: AttendanceSheet['people'][number], online: boolean): string {
  const mark = EVIDENCE_TEXTS.marks[person.status];
  return online && person.minutes !== null ? `${mark} (${texts.minutes(person.minutes)})` : mark;
}

/** In the room people sign, so the signature column takes the width the marks do not need. */
function columnsOf(sheet: AttendanceSheet): Column[] {
  const online = sheet.mode === 'online';
  const number: Column = { header: texts.number, width: 30, value: (_person, index) => `${index + 1}.` };
  const mark: Column = { header: texts.mark, width: online ? 120 : 82, value: (person) => markText(person, online) };
  if (online) {
    const rest = CONTENT_WIDTH - number.width - mark.width;
    return [number, { header: texts.fullName, width: rest / 2, value: (p) => p.fullName }, { header: texts.organisation, width: rest / 2, value: (p) => p.organisation ?? '' }, mark];
  }
  const signature = 110;
  const rest = CONTENT_WIDTH - number.width - mark.width - signature;
  return [
    number,
    { header: texts.fullName, width: rest / 2, value: (p) => p.fullName },
    { header: texts.organisation, width: rest / 2, value: (p) => p.organisation ?? '' },
    mark,
    { header: texts.signature, width: signature, value: () => '' },
  ];
}

function fact(doc: Doc, label: string, value: string): void {
  doc.font(BOLD).fontSize(10).fillColor(INK).text(`${label}: `, MARGIN, doc.y, { continued: true, width: CONTENT_WIDTH });
  doc.font(REGULAR).text(value, { width: CONTENT_WIDTH });
  doc.moveDown(0.15);
}

function placeText(sheet: AttendanceSheet): string {
  if (sheet.mode === 'online') return texts.online;
  return [sheet.venue, sheet.address].filter((part): part is string => Boolean(part)).join(', ') || '—';
}

/** The project, the title and the session's facts, leaving `doc.y` where the table begins. */
function drawHeading(doc: Doc, sheet: AttendanceSheet): void {
  doc.y = MARGIN;
  if (sheet.project) {
    doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(funding.project(sheet.project.number, sheet.project.title), MARGIN, doc.y, { width: CONTENT_WIDTH });
    doc.moveDown(0.6);
  }
  doc.font(BOLD).fontSize(16).fillColor(ACCENT).text(texts.title, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  fact(doc, texts.course, sheet.courseTitle);
  fact(doc, texts.run, sheet.runTitle);
  if (sheet.sessionTitle) fact(doc, texts.session, sheet.sessionTitle);
  fact(doc, texts.time, sessionTimeText(sheet.startsAt, sheet.endsAt));
  if (sheet.trainers.length > 0) fact(doc, texts.trainers, sheet.trainers.join(', '));
  fact(doc, texts.place, placeText(sheet));
  doc.moveDown(0.6);
}

/** A table row: each cell's text wrapped in its column, the row as tall as its tallest cell (and at least `minHeight`). */
function rowHeight(doc: Doc, columns: readonly Column[], cells: readonly string[], font: string, minHeight: number): number {
  doc.font(font).fontSize(9.5);
  const tallest = Math.max(...cells.map((cell, index) => (cell ? doc.heightOfString(cell, { width: columns[index].width - 2 * PADDING }) : 0)));
  return Math.max(minHeight, tallest + 2 * PADDING);
}

function drawRow(doc: Doc, columns: readonly Column[], cells: readonly string[], y: number, height: number, font: string): void {
  let x = MARGIN;
  doc.save().lineWidth(0.5).strokeColor(RULE);
  for (const column of columns) {
    doc.rect(x, y, column.width, height).stroke();
    x += column.width;
  }
  doc.restore();
  x = MARGIN;
  doc.font(font).fontSize(9.5).fillColor(INK);
  for (const [index, column] of columns.entries()) {
    if (cells[index]) doc.text(cells[index], x + PADDING, y + PADDING, { width: column.width - 2 * PADDING, height: height - PADDING, ellipsis: true });
    x += column.width;
  }
}

/** The table of people, over as many pages as it takes, its header row on each. */
function drawTable(doc: Doc, sheet: AttendanceSheet): void {
  const columns = columnsOf(sheet);
  const headers = columns.map((column) => column.header);
  const headerHeight = rowHeight(doc, columns, headers, BOLD, 18);
  // Room to sign by hand in the room; online rows only as tall as their text.
  const minHeight = sheet.mode === 'in_person' ? 26 : 18;
  let y = doc.y;
  drawRow(doc, columns, headers, y, headerHeight, BOLD);
  y += headerHeight;
  for (const [index, person] of sheet.people.entries()) {
    const cells = columns.map((column) => column.value(person, index));
    const height = rowHeight(doc, columns, cells, REGULAR, minHeight);
    if (y + height > FOOTER_TOP - 8) {
      doc.addPage();
      doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(`${sheet.runTitle} — ${sessionTimeText(sheet.startsAt, sheet.endsAt)}`, MARGIN, MARGIN, { width: CONTENT_WIDTH, height: 24, ellipsis: true });
      y = doc.y + 6;
      drawRow(doc, columns, headers, y, headerHeight, BOLD);
      y += headerHeight;
    }
    drawRow(doc, columns, cells, y, height, REGULAR);
    y += height;
  }
  if (sheet.people.length === 0) doc.font(REGULAR).fontSize(10).fillColor(MUTED).text(texts.nobody, MARGIN, y + 8, { width: CONTENT_WIDTH });
}

/** On every page: the ESF publicity lines (for a run within a project) and, when there is more than one page, its number. */
function drawFooters(doc: Doc, sheet: AttendanceSheet): void {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(MARGIN, FOOTER_TOP).lineTo(PAGE.width - MARGIN, FOOTER_TOP).stroke().restore();
    const numberWidth = 90;
    if (sheet.project) {
      const width = CONTENT_WIDTH - numberWidth - 8;
      doc.font(REGULAR).fontSize(8).fillColor(INK).text(funding.funding(sheet.esfPercent), MARGIN, FOOTER_TOP + 6, { width, height: 12, ellipsis: true });
      doc.font(BOLD).fillColor(ACCENT).text(funding.euBlock.join(' · '), MARGIN, FOOTER_TOP + 18, { width, height: 12, ellipsis: true });
    }
    if (count > 1) {
      doc.font(REGULAR).fontSize(8).fillColor(MUTED).text(texts.page(page - start + 1, count), PAGE.width - MARGIN - numberWidth, FOOTER_TOP + 6, { width: numberWidth, align: 'right', height: 12 });
    }
  }
}

/** A session's attendance sheet: A4 portrait, fonts embedded (every Latvian letter), same sheet → same bytes. */
export async function renderAttendanceSheetPdf(sheet: AttendanceSheet): Promise<Buffer> {
  const fonts = certificateFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    // Without this pdfkit would load Helvetica as the default font; every text here is DejaVu.
    font: fonts.regular,
    lang: 'lv-LV',
    displayTitle: true,
    info: {
      Title: `${texts.title}: ${sessionTimeText(sheet.startsAt, sheet.endsAt)}`,
      Author: PLATFORM_NAME,
      Subject: `${sheet.courseTitle} — ${sheet.runTitle}`,
      Keywords: sheet.project?.number ?? '',
      Creator: PLATFORM_NAME,
      Producer: PLATFORM_NAME,
      CreationDate: sheet.startsAt,
      ModDate: sheet.startsAt,
    },
  });
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);

  const done = pdfBuffer(doc);

  drawHeading(doc, sheet);
  drawTable(doc, sheet);
  drawFooters(doc, sheet);
  doc.end();
  return done;
}
