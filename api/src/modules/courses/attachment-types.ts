/** Largest attachment accepted: 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

type Signature = 'pdf' | 'zip' | 'png' | 'jpeg' | 'text';

/** The types an attachment may have, each with the signature its bytes must start with. */
export const ATTACHMENT_TYPES: Readonly<Record<string, Signature>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'zip',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'zip',
  'application/vnd.oasis.opendocument.text': 'zip',
  'application/vnd.oasis.opendocument.spreadsheet': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'text/plain': 'text',
  'text/csv': 'text',
};

const MAGIC: Record<Exclude<Signature, 'text'>, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  zip: [0x50, 0x4b, 0x03, 0x04],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
};

/** The media type without parameters, lower case (`text/csv; charset=utf-8` → `text/csv`). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Whether the bytes look like what the type claims: the file's signature, or for text valid UTF-8 without NUL. */
export function matchesType(type: string, bytes: Buffer): boolean {
  const signature = ATTACHMENT_TYPES[type];
  if (!signature) return false;
  if (signature === 'text') {
    if (bytes.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  const magic = MAGIC[signature];
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/**
 * A file name fit to store and to send back in Content-Disposition: the last path segment,
 * without control characters, quotes or separators; undefined when nothing is left.
 */
export function cleanFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..' || cleaned.length > 200) return undefined;
  return cleaned;
}

/** `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` (RFC 6266 / 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
