import type { FileRoute } from '../../http/file-body';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-types';

export { RawUpload } from '../../http/file-body';

/** The route that takes a module's attachment as its body (the file's name comes in the query). */
export const ATTACHMENT_UPLOAD_ROUTE = '/api/modules/:id/attachments';

export const ATTACHMENT_FILE_ROUTE: FileRoute = {
  method: 'POST',
  url: ATTACHMENT_UPLOAD_ROUTE,
  types: Object.keys(ATTACHMENT_TYPES),
  maxBytes: MAX_ATTACHMENT_BYTES,
};
