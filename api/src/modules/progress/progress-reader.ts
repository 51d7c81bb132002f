import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentProgress } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { positional } from '../../access/scope-condition';
import { NotFoundError } from '../../errors/domain-error';
import { PROGRESS_COLUMNS, toProgress, type ProgressRow } from './progress-rows';

/** Reads the stored progress; never counts marks. */
@Injectable()
export class ProgressReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  /** The access check is part of the one statement: what the caller may not read is not found. */
  async read(actor: Actor, enrolmentId: string): Promise<EnrolmentProgress> {
    const scope = positional(this.policy.scope(actor, 'enrolment.read', 'e'), 2);
    const [row]: ProgressRow[] = await this.dataSource.query(`SELECT e.id, e.status, ${PROGRESS_COLUMNS} FROM enrolment e WHERE e.id = $1 AND ${scope.sql}`, [enrolmentId, ...scope.values]);
    if (!row) throw new NotFoundError('The enrolment');
    return toProgress(row);
  }

  async many(enrolmentIds: readonly string[]): Promise<EnrolmentProgress[]> {
    const rows: ProgressRow[] = await this.dataSource.query(`SELECT e.id, e.status, ${PROGRESS_COLUMNS} FROM enrolment e WHERE e.id = ANY($1::uuid[]) ORDER BY e.id`, [enrolmentIds]);
    return rows.map(toProgress);
  }
}
