import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out but, when sent, is checked like any other: unlike `IsOptional`,
 * `null` is not let through (to a service that expects a value or nothing). A field that may be
 * null says so with `ValidateIf((_, value) => value !== null)` instead.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
