import JSZip from 'jszip';
import { UnreadableFileError } from './table-file-error';

/**
 * How much a workbook may unpack to. A list of 20,000 people in ten columns unpacks to about 13 MB;
 * a "zip bomb" of 10 MiB could unpack to gigabytes, and exceljs holds all of it in memory.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
const MAX_ENTRIES = 1_000;

const NOT_A_WORKBOOK = 'The file is a ZIP archive but not an Excel workbook (.xlsx) that can be read';

/**
 * Refuses an archive whose entries unpack to more than MAX_UNPACKED_BYTES, counting the bytes as
 * they are inflated (the sizes an archive declares may lie) and stopping as soon as it is too much.
 */
export async function requireModestZip(bytes: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableFileError(NOT_A_WORKBOOK);
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_ENTRIES) throw new UnreadableFileError(`${NOT_A_WORKBOOK}: it has more than ${MAX_ENTRIES} files inside`);
  let total = 0;
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_UNPACKED_BYTES) {
          stream.pause();
          stream.removeAllListeners('data');
          reject(new UnreadableFileError(`The workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB: it is far larger than a list of people`));
        }
      });
      stream.on('end', () => resolve());
      stream.on('error', () => reject(new UnreadableFileError(NOT_A_WORKBOOK)));
    });
  }
}
