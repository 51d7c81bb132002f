import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';

/** The longest address SMTP carries (a 256-character path less its angle brackets). */
export const MAX_EMAIL_LENGTH = 254;

/**
 * A plain `local@domain` address, the only kind the outbox sends: no quoted local part
 * (`"a,b"@x.lv`), no display name, no spaces, commas, semicolons or angle brackets.
 */
export const PLAIN_EMAIL_ADDRESS = /^[^\s@<>,;"()[\]\\]+@[^\s@<>,;"()[\]\\]+$/;

/** Addresses are kept and compared trimmed and in lower case. */
export function normalisedEmail(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

const MESSAGE = '$property must be a plain email address, e.g. anna.liepa@example.lv';

/**
 * The one rule for an email address in any request: a string, trimmed and lower-cased, that is
 * an address (with a domain that has a top-level part) and a plain one that mail can be sent to.
 * Every DTO field that holds an email uses it, so that what passes here never breaks mail later.
 */
export function EmailAddress(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => normalisedEmail(value)),
    IsString({ message: MESSAGE }),
    MaxLength(MAX_EMAIL_LENGTH, { message: `$property must be at most ${MAX_EMAIL_LENGTH} characters` }),
    Matches(PLAIN_EMAIL_ADDRESS, { message: MESSAGE }),
    IsEmail({ allow_display_name: false, require_tld: true, allow_ip_domain: false }, { message: MESSAGE }),
  );
}
