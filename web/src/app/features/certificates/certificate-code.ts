/** `XXXX-XXXX-XXXX`: letters and digits in three groups of four, as printed on a certificate. */
export const CERTIFICATE_CODE_PATTERN = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** A typed code in the printed form: upper case, spaces dropped, the dashes put in when left out. */
export function normaliseCertificateCode(value: string): string {
  const compact = value.toUpperCase().replace(/[\s-]+/g, '');
  return /^[0-9A-Z]{12}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : value.trim().toUpperCase();
}
