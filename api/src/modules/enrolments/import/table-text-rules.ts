import { UnreadableFileError } from './table-file-error';

/**
 * C0 controls other than tab, LF and CR, DEL, and C1 controls: no table of people has them, and
 * the C1 range is where WHATWG's windows-1257 puts the bytes that Windows leaves undefined.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** What a decoder puts for bytes it could not read: text that has it was damaged before it came here. */
const REPLACEMENT_CHARACTER = '\ufffd';

/** Refuses text with control characters or replacement characters; `where` names the place, e.g. "on line 4". */
export function requireCleanText(text: string, where: (index: number) => string): void {
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    throw new UnreadableFileError(
      `The file has a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) ${where(control.index)}: it is not a text table. Save it from Excel as "CSV UTF-8" or as an Excel workbook (.xlsx)`,
    );
  }
  const replaced = text.indexOf(REPLACEMENT_CHARACTER);
  if (replaced >= 0) {
    throw new UnreadableFileError(
      `The file has the replacement character "\ufffd" ${where(replaced)}: its letters were already lost by a wrong conversion. Save it again from the original as "CSV UTF-8" or as .xlsx`,
    );
  }
}

/** "on line N" for a position in a text, counting CRLF, LF and CR as line ends. */
export function lineAt(text: string, index: number): string {
  const before = text.slice(0, index);
  return `on line ${before.split(/\r\n|\n|\r/).length}`;
}
