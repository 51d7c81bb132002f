import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GeneratedFile } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { updateReturning } from '../../database/update-returning';
import { NotFoundError } from '../../errors/domain-error';
import { JobQueue } from '../../jobs/job-queue';

interface FileRow {
  id: string;
  kind: GeneratedFile['kind'];
  subject_id: string;
  status: GeneratedFile['status'];
  done_items: number;
  total_items: number | null;
  file_name: string | null;
  size_bytes: number | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
}

/** The job's data: which file to make. */
export interface GeneratedFileJob {
  fileId: string;
}

const COLUMNS = `id, kind, subject_id, status, done_items, total_items, file_name, size_bytes, error, created_at, finished_at, expires_at`;

function toFile(row: FileRow): GeneratedFile {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    doneItems: row.done_items,
    totalItems: row.total_items,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.expires_at.toISOString(),
  };
}

/**
 * Files that background jobs make for someone: asked for (a row and a job, in one transaction),
 * made with progress, kept for GENERATED_FILE_RETENTION_HOURS, and readable only by the person
 * who asked (the file holds what they were allowed to see when they asked).
 */
@Injectable()
export class GeneratedFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly queue: JobQueue,
    private readonly config: ConfigService,
  ) {}

  async request(actor: Actor, kind: GeneratedFile['kind'], subjectId: string, queueName: string): Promise<GeneratedFile> {
    const hours = this.config.get<number>('GENERATED_FILE_RETENTION_HOURS') ?? 168;
    return inTransaction(this.dataSource, async (manager) => {
      const [row]: FileRow[] = await manager.query(
        `INSERT INTO generated_file (kind, subject_id, requested_by, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING ${COLUMNS}`,
        [kind, subjectId, actor.id, hours],
      );
      await this.queue.sendInTransaction(manager, queueName, { fileId: row.id } satisfies GeneratedFileJob, { retryLimit: 2, retryDelay: 10 });
      return toFile(row);
    });
  }

  async read(actor: Actor, id: string): Promise<GeneratedFile> {
    await this.policy.require(actor, 'file.read', [id]);
    return toFile(await this.row(id));
  }

  /** The caller's newest file of this kind about the subject, until it expires; the caller has checked access to the subject. */
  async latest(actor: Actor, kind: GeneratedFile['kind'], subjectId: string): Promise<GeneratedFile> {
    const [row]: FileRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM generated_file
        WHERE requested_by = $1 AND kind = $2 AND subject_id = $3 AND expires_at > now()
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [actor.id, kind, subjectId],
    );
    if (!row) throw new NotFoundError('The file');
    return toFile(row);
  }

  async content(actor: Actor, id: string): Promise<{ fileName: string; contentType: string; body: Buffer }> {
    await this.policy.require(actor, 'file.read', [id]);
    const [row]: { file_name: string; content_type: string; content: Buffer }[] = await this.dataSource.query(
      `SELECT file_name, content_type, content FROM generated_file WHERE id = $1 AND status = 'done' AND expires_at > now()`,
      [id],
    );
    if (!row) throw new NotFoundError('The file');
    return { fileName: row.file_name, contentType: row.content_type, body: row.content };
  }

  /** For the worker: the file's subject, marked as being made; null when it is gone or already made. */
  async begin(id: string): Promise<{ subjectId: string; requestedBy: string } | null> {
    const [row] = await updateReturning<{ subject_id: string; requested_by: string }>(
      this.dataSource.manager,
      `UPDATE generated_file SET status = 'running' WHERE id = $1 AND status IN ('queued', 'running') RETURNING subject_id, requested_by`,
      [id],
    );
    return row ? { subjectId: row.subject_id, requestedBy: row.requested_by } : null;
  }

  async progress(id: string, done: number, total: number): Promise<void> {
    await this.dataSource.query(`UPDATE generated_file SET done_items = $2, total_items = $3 WHERE id = $1`, [id, done, total]);
  }

  async finish(id: string, file: { fileName: string; contentType: string; body: Buffer }): Promise<void> {
    await this.dataSource.query(
      `UPDATE generated_file SET status = 'done', file_name = $2, content_type = $3, content = $4, size_bytes = $5, finished_at = now(), done_items = coalesce(total_items, done_items) WHERE id = $1`,
      [id, file.fileName, file.contentType, file.body, file.body.length],
    );
  }

  async fail(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE generated_file SET status = 'failed', error = $2, finished_at = now() WHERE id = $1`, [id, error.slice(0, 1000)]);
  }

  /** Deletes the files whose time is up; returns how many. */
  async deleteExpired(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(`DELETE FROM generated_file WHERE expires_at <= now()`);
    return count;
  }

  private async row(id: string): Promise<FileRow> {
    const [row]: FileRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM generated_file WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('The file');
    return row;
  }
}
