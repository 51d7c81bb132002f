import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CourseModule, ModuleAttachment } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../errors/domain-error';
import { MODULE_COLUMNS, toAttachment, toModule, type AttachmentRow, type ModuleRow } from './course-rows';

/** Reads modules (with their attachments' descriptions, never their bytes). */
@Injectable()
export class ModuleReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The course's current modules in order; retired ones are left out. */
  async ofCourse(courseId: string, manager: EntityManager = this.dataSource.manager): Promise<CourseModule[]> {
    const rows: ModuleRow[] = await manager.query(
      `SELECT ${MODULE_COLUMNS} FROM course_module m WHERE m.course_id = $1 AND m.retired_at IS NULL ORDER BY m.position`,
      [courseId],
    );
    return this.withAttachments(rows, manager);
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<CourseModule> {
    const rows: ModuleRow[] = await manager.query(`SELECT ${MODULE_COLUMNS} FROM course_module m WHERE m.id = $1 AND m.retired_at IS NULL`, [id]);
    if (rows.length === 0) throw new NotFoundError('The module');
    const [module] = await this.withAttachments(rows, manager);
    return module;
  }

  private async withAttachments(rows: ModuleRow[], manager: EntityManager): Promise<CourseModule[]> {
    if (rows.length === 0) return [];
    const attachments: AttachmentRow[] = await manager.query(
      `SELECT id, module_id, file_name, content_type, size_bytes FROM module_attachment WHERE module_id = ANY($1) ORDER BY created_at, id`,
      [rows.map((row) => row.id)],
    );
    const byModule = new Map<string, ModuleAttachment[]>();
    for (const attachment of attachments) {
      const list = byModule.get(attachment.module_id) ?? [];
      list.push(toAttachment(attachment));
      byModule.set(attachment.module_id, list);
    }
    return rows.map((row) => toModule(row, byModule.get(row.id) ?? []));
  }
}
