import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HistoryEntry, HistoryObjectType, Page } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { PageQueryDto } from '../../http/page-query.dto';

interface HistoryRow {
  id: string;
  occurred_at: Date;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  object_type: HistoryObjectType;
  object_id: string;
  old_value: Record<string, unknown> | null;
  new_value: Record<string, unknown> | null;
  total: string;
}

/** One object's changes, oldest first. Callers check first that the actor may read that object. */
@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forObject(type: HistoryObjectType, id: string, page: PageQueryDto): Promise<Page<HistoryEntry>> {
    const rows: HistoryRow[] = await this.dataSource.query(
      `SELECT e.id::text AS id, e.occurred_at, e.action, a.id AS actor_id, a.full_name AS actor_name,
              e.object_type, e.object_id, e.old_value, e.new_value, count(*) OVER () AS total
         FROM audit_event e LEFT JOIN app_user a ON a.id = e.actor_user_id
        WHERE e.object_type = $1 AND e.object_id = $2
        ORDER BY e.occurred_at, e.id
        OFFSET $3 LIMIT $4`,
      [type, id, page.offset, page.pageSize],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        action: row.action,
        actor: row.actor_id ? { id: row.actor_id, fullName: row.actor_name ?? '' } : null,
        objectType: row.object_type,
        objectId: row.object_id,
        oldValue: row.old_value,
        newValue: row.new_value,
      })),
      total: rows.length > 0 ? Number(rows[0].total) : 0,
      page: page.page,
      pageSize: page.pageSize,
    };
  }
}
