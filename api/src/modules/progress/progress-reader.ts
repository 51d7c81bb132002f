import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentProgress } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { PROGRESS_COLUMNS, toProgress, type ProgressRow } from './progress-rows';

/** Reads the stored progress; never counts marks. */
@Injectable()
export class ProgressReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async read(actor: Actor, enrolmentId: string): Promise<EnrolmentProgress> {
    await this.policy.require(actor, 'enrolment.read', [enrolmentId]);
    const [progress] = await this.many([enrolmentId]);
    return progress;
  }

  async many(enrolmentIds: readonly string[]): Promise<EnrolmentProgress[]> {
    const rows: ProgressRow[] = await this.dataSource.query(`SELECT e.id, e.status, ${PROGRESS_COLUMNS} FROM enrolment e WHERE e.id = ANY($1::uuid[]) ORDER BY e.id`, [enrolmentIds]);
    return rows.map(toProgress);
  }
}
