import { DomainError } from '../../../errors/domain-error';

/** A file of people that cannot be read as a table: the message says why, and how to save it instead. */
export class UnreadableFileError extends DomainError {
  readonly status = 400;
  readonly code = 'UNREADABLE_FILE';
  constructor(detail: string) {
    super(detail);
  }
}
