import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type FieldErrorCode } from '@di/contracts';
import { InvalidInputError } from '../../errors/domain-error';

const COMMON = new Set<string>((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export interface PasswordProblem {
  code: FieldErrorCode;
  message: string;
}

/** Why a password is not acceptable, or undefined when it is (NIST SP 800-63B: length and a block list). */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { code: 'PASSWORD_TOO_SHORT', message: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { code: 'PASSWORD_TOO_LONG', message: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long` };
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return { code: 'PASSWORD_TOO_COMMON', message: 'This password is among the most common ones; choose another' };
  if (context.email && lower === context.email.toLowerCase()) {
    return { code: 'PASSWORD_IS_EMAIL', message: 'The password must not be your email address' };
  }
  return undefined;
}

/** Throws a 400 naming `field` when the password is not acceptable. */
export function assertAcceptablePassword(field: string, password: string, email?: string): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw new InvalidInputError([{ field, ...problem }]);
}
