import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ESF_INDICATOR_NAMES, type EsfAnswers, type EsfAnswersRequest, type MyEsfEntry } from '@di/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { ESF_COLUMNS } from './esf-columns';

type EntryRow = { project_id: string; number: string | null; title: string; entered_at: Date | null; version: number | null } & Record<string, string | null>;

const ANSWER_COLUMNS = ESF_INDICATOR_NAMES.map((name) => `x.${ESF_COLUMNS[name]}`).join(', ');

/** Projects that collect entry data and whose runs the person takes part in (any enrolment but a rejected one). */
const ASKING_PROJECTS = `
  SELECT p.id, p.number, p.title FROM project p
   WHERE p.collects_participant_data
     AND EXISTS (SELECT 1 FROM enrolment e JOIN course_run r ON r.id = e.run_id
                  WHERE r.project_id = p.id AND e.user_id = $1 AND e.status <> 'rejected')`;

function answersOf(row: Record<string, string | null>): EsfAnswers {
  return Object.fromEntries(ESF_INDICATOR_NAMES.map((name) => [name, row[ESF_COLUMNS[name]] ?? null])) as EsfAnswers;
}

/**
 * A participant's own answers to the ESF entry questions. The audit trail keeps who changed which
 * questions and when, never the answers (some are sensitive).
 */
@Injectable()
export class EsfEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async mine(actor: Actor): Promise<MyEsfEntry[]> {
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT p.id AS project_id, p.number, p.title, x.entered_at, x.version, ${ANSWER_COLUMNS}
         FROM (${ASKING_PROJECTS}) p
         LEFT JOIN esf_participant_entry x ON x.project_id = p.id AND x.user_id = $1
        ORDER BY p.title`,
      [actor.id],
    );
    return rows.map((row) => ({
      projectId: row.project_id,
      projectNumber: row.number,
      projectTitle: row.title,
      answers: answersOf(row),
      enteredAt: row.entered_at?.toISOString() ?? null,
      version: row.version ?? 0,
    }));
  }

  async save(actor: Actor, projectId: string, input: EsfAnswersRequest, ip: string): Promise<MyEsfEntry> {
    await inTransaction(this.dataSource, async (manager) => {
      const [asking] = await manager.query(`SELECT 1 FROM (${ASKING_PROJECTS}) p WHERE p.id = $2`, [actor.id, projectId]);
      if (!asking) throw new NotFoundError('The project');
      const [current]: EntryRow[] = await manager.query(
        `SELECT x.version, ${ANSWER_COLUMNS} FROM esf_participant_entry x WHERE x.project_id = $1 AND x.user_id = $2 FOR UPDATE`,
        [projectId, actor.id],
      );
      if ((current?.version ?? 0) !== input.version) throw new StaleUpdateError('Your answers', current?.version ?? 0);
      const previous = current ? answersOf(current) : null;
      const next = { ...(previous ?? answersOf({})), ...Object.fromEntries(ESF_INDICATOR_NAMES.filter((name) => input[name] !== undefined).map((name) => [name, input[name]])) } as EsfAnswers;
      const changed = ESF_INDICATOR_NAMES.filter((name) => next[name] !== (previous?.[name] ?? null));
      const values = ESF_INDICATOR_NAMES.map((name) => next[name]);
      const columns = ESF_INDICATOR_NAMES.map((name) => ESF_COLUMNS[name]);
      if (!current) {
        // Two first saves at once: the second finds the row there and is told to reload.
        const inserted = await manager.query(
          `INSERT INTO esf_participant_entry (project_id, user_id, ${columns.join(', ')}) VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')})
           ON CONFLICT (project_id, user_id) DO NOTHING RETURNING version`,
          [projectId, actor.id, ...values],
        );
        if (inserted.length === 0) throw new StaleUpdateError('Your answers', 1);
      } else if (changed.length > 0) {
        await manager.query(
          `UPDATE esf_participant_entry SET ${columns.map((column, i) => `${column} = $${i + 3}`).join(', ')}, version = version + 1, updated_at = now()
            WHERE project_id = $1 AND user_id = $2`,
          [projectId, actor.id, ...values],
        );
      }
      if (changed.length > 0 || !current) {
        await this.audit.record('esf_entry.recorded', { actorUserId: actor.id, subjectUserId: actor.id, ip, details: { projectId, questions: changed } }, manager);
      }
    });
    const entry = (await this.mine(actor)).find((item) => item.projectId === projectId);
    if (!entry) throw new NotFoundError('The project');
    return entry;
  }
}
