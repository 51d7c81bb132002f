import { UnreadableFileError } from './table-file-error';
import { lineAt, requireCleanText } from './table-text-rules';

export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1257';

const SAVE_AS = 'Save it from Excel as "CSV UTF-8" or as an Excel workbook (.xlsx)';

/** How many leading bytes are looked at for the NUL pattern of UTF-16 without a byte-order mark. */
const SNIFF_BYTES = 4096;

/** The encoding a byte-order mark announces, if the bytes start with one. */
function byteOrderMark(bytes: Buffer): TableEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, told by its NULs: text that is mostly Latin letters, digits and
 * separators has a NUL as the high byte of most characters (odd offsets for LE, even for BE) and
 * nowhere else.
 */
function utf16ByNuls(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

const DECODER_LABEL: Record<TableEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1257': 'windows-1257',
};

/** The text, or undefined when the bytes are not valid in that encoding (never a guess with U+FFFD in it). */
function decode(bytes: Buffer, encoding: TableEncoding): string | undefined {
  try {
    // A byte-order mark at the start is dropped by the decoder.
    return new TextDecoder(DECODER_LABEL[encoding], { fatal: true }).decode(bytes);
  } catch (error) {
    // Not `instanceof TypeError`: Node's TypeError is another realm's under jest.
    if ((error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return undefined;
    throw error;
  }
}

/**
 * The text of a CSV/TSV file, read the way Latvian Excel and office systems write it: a byte-order
 * mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-16 told by its NULs, then UTF-8 if the
 * bytes are valid UTF-8, else Windows-1257 (Excel's "CSV" on a Latvian Windows). Anything that none
 * of these reads cleanly is refused rather than turned into mojibake.
 */
export function decodeTableText(bytes: Buffer): { text: string; encoding: TableEncoding } {
  const encoding = byteOrderMark(bytes) ?? utf16ByNuls(bytes);
  if (encoding) {
    const text = decode(bytes, encoding);
    if (text === undefined) throw new UnreadableFileError(`The file starts as ${encoding.toUpperCase()} text but is not valid ${encoding.toUpperCase()}. ${SAVE_AS}`);
    return checked(text, encoding);
  }
  if (bytes.includes(0)) {
    throw new UnreadableFileError(`The file is not a text table (CSV) nor an Excel workbook (.xlsx): it has NUL bytes, as binary files have. ${SAVE_AS}`);
  }
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const windows1257 = decode(bytes, 'windows-1257');
  if (windows1257 === undefined) {
    throw new UnreadableFileError(`The file's text is neither UTF-8 nor Windows-1257 (Baltic): some of its bytes are letters in neither. ${SAVE_AS}`);
  }
  return checked(windows1257, 'windows-1257');
}

function checked(text: string, encoding: TableEncoding): { text: string; encoding: TableEncoding } {
  requireCleanText(text, (index) => lineAt(text, index));
  return { text, encoding };
}
