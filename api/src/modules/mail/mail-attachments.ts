import type { MailAttachment } from './outgoing-mail';

/** Within what the outbox table accepts (mail_outbox_attachments_check: 5 files, 1 MiB as jsonb text). */
const MAX_ATTACHMENTS = 5;
const MAX_TOTAL_BYTES = 900_000;
/** A bare file name: no path, no quotes or line breaks to break out of a MIME header. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+(; ?[a-z-]+=[A-Za-z0-9._-]+)*$/;

/** The attachments as the outbox stores them (null for none); throws on any it must not carry. */
export function checkedAttachments(attachments: readonly MailAttachment[] | undefined): MailAttachment[] | null {
  if (!attachments || attachments.length === 0) return null;
  if (attachments.length > MAX_ATTACHMENTS) throw new Error(`At most ${MAX_ATTACHMENTS} attachments`);
  const checked = attachments.map(({ filename, contentType, content }) => {
    if (!FILE_NAME.test(filename) || !CONTENT_TYPE.test(contentType)) throw new Error('An attachment has an unsafe file name or content type');
    return { filename, contentType, content };
  });
  if (Buffer.byteLength(JSON.stringify(checked), 'utf8') > MAX_TOTAL_BYTES) throw new Error('The attachments are too large');
  return checked;
}
