import { createRequire } from 'node:module';

export interface CertificateFontPaths {
  regular: string;
  bold: string;
}

const FONT_PACKAGE = 'dejavu-fonts-ttf';

/**
 * The TTF files the certificate is set in. DejaVu Sans covers Latin Extended-A, so every
 * Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž and capitals) has a glyph; pdfkit embeds a subset.
 *
 * Resolved from node_modules at run time, never bundled: the built API (`dist/api/main.js`)
 * keeps node_modules external, and webpack does not follow a require made by `createRequire`,
 * so this walks up from the running file's real path exactly as it does under jest.
 */
export function certificateFontPaths(): CertificateFontPaths {
  const requireHere = createRequire(__filename);
  return {
    regular: requireHere.resolve(`${FONT_PACKAGE}/ttf/DejaVuSans.ttf`),
    bold: requireHere.resolve(`${FONT_PACKAGE}/ttf/DejaVuSans-Bold.ttf`),
  };
}
