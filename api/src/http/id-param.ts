import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from '../errors/domain-error';

/** A route's `:id`, which must be a UUID; anything else is a 400 naming the field. */
export function IdParam(name = 'id'): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new InvalidInputError([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
}
