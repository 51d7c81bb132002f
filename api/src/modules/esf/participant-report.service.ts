import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ESF_INDICATOR_NAMES, ESF_INDICATORS, type EsfParticipantReport, type Locale, type SuppressedCount } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import type { ExportColumn } from '../../exports/export-columns';
import { rigaDay } from '../../exports/riga-day';
import { streamRows } from '../../exports/row-stream';
import { ESF_COLUMNS, PROJECT_PARTICIPANTS_SQL } from './esf-columns';
import { ESF_TEXTS } from './esf-texts';

/** Aggregates with fewer people than this behind a count do not show it (1–4 → null). */
export const SUPPRESS_BELOW = 5;

export interface ParticipantRow extends Record<string, string | number | Date | null> {
  number: number;
  full_name: string;
  organisation_name: string | null;
  started_at: Date | null;
  ended_at: Date | null;
  outcome: string;
}

const ANSWERS = ESF_INDICATOR_NAMES.map((name) => `x.${ESF_COLUMNS[name]}`).join(', ');

const suppressed = (count: number): number | null => (count > 0 && count < SUPPRESS_BELOW ? null : count);

/**
 * The ESF participant report of a project: each participant once, with the entry data they gave.
 * Readable only with `esf.report.read`; the aggregates hide small counts, the microdata file is
 * the yearly report's layout for the cooperation institution.
 */
@Injectable()
export class ParticipantReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
  ) {}

  async aggregates(actor: Actor, projectId: string): Promise<EsfParticipantReport> {
    await this.policy.require(actor, 'esf.report.read', [projectId]);
    const rows: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT ${ANSWERS} FROM (${PROJECT_PARTICIPANTS_SQL}) people
         LEFT JOIN esf_participant_entry x ON x.project_id = $1 AND x.user_id = people.user_id`,
      [projectId],
    );
    const answered = rows.filter((row) => ESF_INDICATOR_NAMES.some((name) => row[ESF_COLUMNS[name]] !== null)).length;
    return {
      projectId,
      participants: rows.length,
      answered,
      suppressBelow: SUPPRESS_BELOW,
      indicators: ESF_INDICATOR_NAMES.map((indicator) => {
        const column = ESF_COLUMNS[indicator];
        const counts: SuppressedCount[] = ESF_INDICATORS[indicator].map((value) => ({ value, count: suppressed(rows.filter((row) => row[column] === value).length) }));
        return { indicator, counts, notAnswered: suppressed(rows.filter((row) => row[column] === null).length) };
      }),
    };
  }

  /** Every participant once, in the yearly report's order (by name). The access is checked before the first row. */
  async rows(actor: Actor, projectId: string): Promise<AsyncIterable<ParticipantRow>> {
    await this.policy.require(actor, 'esf.report.read', [projectId]);
    return streamRows<ParticipantRow>(
      this.dataSource,
      `SELECT row_number() OVER (ORDER BY u.full_name COLLATE "lv-x-icu", u.id)::int AS number, u.full_name, o.name AS organisation_name,
              people.started_at, people.ended_at, people.outcome, ${ANSWERS}
         FROM (${PROJECT_PARTICIPANTS_SQL}) people
         JOIN app_user u ON u.id = people.user_id
         LEFT JOIN organisation o ON o.id = u.organisation_id
         LEFT JOIN esf_participant_entry x ON x.project_id = $1 AND x.user_id = people.user_id
        ORDER BY number`,
      [projectId],
    );
  }
}

export function participantColumns(locale: Locale): ExportColumn<ParticipantRow>[] {
  const t = ESF_TEXTS[locale];
  return [
    { header: t.columns.number, value: (row) => row.number, width: 6 },
    { header: t.columns.name, value: (row) => row.full_name, width: 28 },
    { header: t.columns.organisation, value: (row) => row.organisation_name, width: 30 },
    ...ESF_INDICATOR_NAMES.map<ExportColumn<ParticipantRow>>((indicator) => ({
      header: t.indicators[indicator],
      value: (row) => {
        const answer = row[ESF_COLUMNS[indicator]];
        return typeof answer === 'string' ? t.values[answer] : null;
      },
      width: 18,
    })),
    { header: t.columns.started, value: (row) => rigaDay(row.started_at), width: 14 },
    { header: t.columns.ended, value: (row) => rigaDay(row.ended_at), width: 14 },
    { header: t.columns.outcome, value: (row) => t.outcomes[row.outcome], width: 16 },
  ];
}
