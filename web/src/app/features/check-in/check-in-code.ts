/** Six digits, as the trainer's screen shows them. */
export const CHECK_IN_CODE_PATTERN = /^\d{6}$/;

/** The code a session's QR code carries in the fragment (`#code=123456`); null when there is none. */
export function codeFromFragment(fragment: string | null): string | null {
  const code = new URLSearchParams(fragment ?? '').get('code')?.replace(/\s+/g, '') ?? '';
  return CHECK_IN_CODE_PATTERN.test(code) ? code : null;
}

/** What a person typed, without the spaces or dashes some put between the digits. */
export function normaliseCode(value: string): string {
  return value.replace(/[\s-]+/g, '');
}
