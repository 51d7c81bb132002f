import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModuleAttachment } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { InvalidInputError, NotFoundError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { RawUpload } from './attachment-body';
import { cleanFileName, matchesType, mediaType } from './attachment-types';
import { toAttachment, type AttachmentRow } from './course-rows';
import { UnsupportedAttachmentError } from './courses-errors';

export interface StoredFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** Files of modules, kept in PostgreSQL; readable by whoever may read the module, changed by its authors. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, moduleId: string, body: unknown, contentType: string | undefined, fileName: string | undefined, ip: string): Promise<ModuleAttachment> {
    await this.policy.require(actor, 'module.write', [moduleId]);
    const type = mediaType(contentType);
    if (!(body instanceof RawUpload)) throw new UnsupportedAttachmentError(type);
    const name = fileName === undefined ? undefined : cleanFileName(fileName);
    if (!name) throw new InvalidInputError([{ field: 'fileName', message: 'fileName is required: 1–200 characters, a name without a path' }]);
    const bytes = body.bytes;
    if (bytes.length === 0) throw new InvalidInputError([{ field: 'file', message: 'The file is empty' }]);
    if (!matchesType(type, bytes)) throw new InvalidInputError([{ field: 'file', message: `The file's content is not ${type}` }]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const row = await inTransaction(this.dataSource, async (manager) => {
      const live: unknown[] = await manager.query(`SELECT 1 FROM course_module WHERE id = $1 AND retired_at IS NULL FOR UPDATE`, [moduleId]);
      if (live.length === 0) throw new NotFoundError('The module');
      const [created]: AttachmentRow[] = await manager.query(
        `INSERT INTO module_attachment (module_id, file_name, content_type, size_bytes, sha256, content, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, module_id, file_name, content_type, size_bytes`,
        [moduleId, name, type, bytes.length, sha256, bytes, actor.id],
      );
      await manager.query(`UPDATE course_module SET version = version + 1, updated_at = now() WHERE id = $1`, [moduleId]);
      await this.audit.record(
        'module.updated',
        { actorUserId: actor.id, ip, object: { type: 'module', id: moduleId }, newValue: { attachment: { id: created.id, fileName: name, contentType: type, sizeBytes: bytes.length, sha256 } } },
        manager,
      );
      return created;
    });
    return toAttachment(row);
  }

  async read(actor: Actor, id: string): Promise<StoredFile> {
    await this.policy.require(actor, 'attachment.read', [id]);
    await this.moduleOf(id);
    const rows: { file_name: string; content_type: string; content: Buffer }[] = await this.dataSource.query(
      `SELECT file_name, content_type, content FROM module_attachment WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) throw new NotFoundError('The attachment');
    return { fileName: rows[0].file_name, contentType: rows[0].content_type, content: rows[0].content };
  }

  async remove(actor: Actor, id: string, ip: string): Promise<void> {
    await this.policy.require(actor, 'attachment.write', [id]);
    const moduleId = await this.moduleOf(id);
    await inTransaction(this.dataSource, async (manager) => {
      const deleted: { file_name: string }[] = await manager.query(`DELETE FROM module_attachment WHERE id = $1 RETURNING file_name`, [id]);
      if (deleted.length === 0) throw new NotFoundError('The attachment');
      await manager.query(`UPDATE course_module SET version = version + 1, updated_at = now() WHERE id = $1`, [moduleId]);
      await this.audit.record(
        'module.updated',
        { actorUserId: actor.id, ip, object: { type: 'module', id: moduleId }, oldValue: { attachment: { id, fileName: deleted[0].file_name } } },
        manager,
      );
    });
  }

  private async moduleOf(id: string): Promise<string> {
    const rows: { module_id: string }[] = await this.dataSource.query(
      `SELECT a.module_id FROM module_attachment a JOIN course_module m ON m.id = a.module_id WHERE a.id = $1 AND m.retired_at IS NULL`,
      [id],
    );
    if (rows.length === 0) throw new NotFoundError('The attachment');
    return rows[0].module_id;
  }
}
