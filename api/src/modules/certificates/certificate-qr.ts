import type PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';

/** M recovers from ~15 % damage: enough for a printed page, and keeps the symbol small. */
export const QR_ERROR_CORRECTION: QRCode.QRCodeErrorCorrectionLevel = 'M';

/**
 * What the QR code encodes: the URL in its ASCII form (punycode host, percent-encoded path).
 * QR byte mode defaults to ISO-8859-1, so a reader may garble `mācības` written as UTF-8.
 */
export function qrPayload(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** A QR code as vector squares: each row's runs of dark modules become one rectangle, filled in black. */
export function drawQrCode(doc: typeof PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const cell = size / modules.size;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    let runStart = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) !== 0;
      if (dark && runStart < 0) runStart = col;
      if (!dark && runStart >= 0) {
        doc.rect(x + runStart * cell, y + row * cell, (col - runStart) * cell, cell);
        runStart = -1;
      }
    }
  }
  doc.fill('#000000');
  doc.restore();
}
