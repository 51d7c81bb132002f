import { isEmail } from 'class-validator';
import { MAX_EMAIL_LENGTH, PLAIN_EMAIL_ADDRESS } from '../../../http/email-address';

/**
 * Why a (trimmed, lower-case) email from a file is not usable, or undefined when it is: the same
 * rule as EmailAddress() applies to an email in a request, so that every address imported can be
 * given to the API and mailed to.
 */
export function emailProblem(email: string): string | undefined {
  if (email === '') return 'The email is missing';
  if (email.length > MAX_EMAIL_LENGTH) return `The email is longer than ${MAX_EMAIL_LENGTH} characters`;
  if (!PLAIN_EMAIL_ADDRESS.test(email) || !isEmail(email, { allow_display_name: false, require_tld: true, allow_ip_domain: false })) {
    return 'The email is not one plain address, e.g. anna.liepa@example.lv';
  }
  return undefined;
}
