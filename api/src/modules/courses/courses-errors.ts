import { DomainError } from '../../errors/domain-error';

/** A required module of a published course that people are enrolled on: retire it instead (`?retire=true`). */
export class ModuleInUseError extends DomainError {
  readonly status = 409;
  readonly code = 'IN_USE';
  constructor() {
    super('The module is required in a published course with enrolments; retire it (retire=true) to keep its evidence');
  }
}

/** A body that is not one of the attachment types (or not a file at all). */
export class UnsupportedAttachmentError extends DomainError {
  readonly status = 415;
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  override readonly fieldErrors = [{ field: 'file', message: 'Send the file as the body with its Content-Type: PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT or CSV' }];
  constructor(type: string) {
    super(`Files of type ${type || '(none)'} are not accepted; send a PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT or CSV file`);
  }
}
