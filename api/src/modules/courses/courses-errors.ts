import { DomainError } from '../../errors/domain-error';

/** A required module of a published course that people are enrolled on: retire it instead (`?retire=true`). */
export class ModuleInUseError extends DomainError {
  readonly status = 409;
  readonly code = 'IN_USE';
  constructor() {
    super('The module is required in a published course with enrolments; retire it (retire=true) to keep its evidence');
  }
}
