import { execFile } from 'node:child_process';

/**
 * pdf.js (inside pdf-parse) loads its worker with a dynamic `import()` of an ES module, which jest's
 * CommonJS sandbox refuses without --experimental-vm-modules; so the text is read by plain Node.
 */
const EXTRACT_TEXT = `
import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const { text } = await parser.getText();
const { total, info } = await parser.getInfo();
await parser.destroy();
process.stdout.write(JSON.stringify({ text, pages: total, info }));
`;

export interface ParsedPdf {
  text: string;
  pages: number;
  info: Record<string, unknown>;
}

/** A PDF's text (runs of one line joined by single spaces), page count and metadata, as a reader would extract them. For tests. */
export function parsePdf(pdf: Buffer): Promise<ParsedPdf> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', EXTRACT_TEXT], { cwd: __dirname, maxBuffer: 16 << 20 }, (error, stdout) => {
      if (error) return reject(error);
      const result = JSON.parse(stdout) as ParsedPdf;
      // pdf.js splits a line into runs where the font changes; the assertions read whole lines.
      resolve({ ...result, text: result.text.replace(/[ \t]+/g, ' ') });
    });
    child.stdin?.end(pdf);
  });
}
