import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** Plain decimal digits, as a person or a link writes a count: no sign, exponent, hex or spaces. */
const DIGITS = /^[0-9]{1,15}$/;

/**
 * An integer query parameter within [min, max]. Only plain digits become a number (at most 15 of
 * them, so always a safe integer); anything else ("1e3", "0x10", " 1", "99999999999999999999", an
 * array) stays as it came and fails `IsInt`, a 400 naming the field. Both bounds are required.
 */
export function QueryInteger(min: number, max: number): PropertyDecorator {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) throw new Error(`QueryInteger(${min}, ${max}): bounds must be safe integers`);
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value)),
    IsInt(),
    Min(min),
    Max(max),
  );
}
