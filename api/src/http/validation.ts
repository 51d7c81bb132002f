import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@di/contracts';
import { InvalidInputError } from '../errors/domain-error';

/** Field errors from class-validator, with nested fields as dotted paths. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Whitelisted, typed input: unknown fields are refused rather than ignored. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new InvalidInputError(toFieldErrors(errors)),
  });
}
