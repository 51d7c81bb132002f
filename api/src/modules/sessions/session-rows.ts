import type { TrainingSession } from '@di/contracts';
import { localised } from '../courses/course-rows';

export interface SessionRow {
  id: string;
  run_id: string;
  series_id: string | null;
  title_lv: string | null;
  title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: TrainingSession['mode'];
  meeting_url: string | null;
  venue: string | null;
  address: string | null;
  capacity: number | null;
  module_id: string | null;
  status: TrainingSession['status'];
  cancellation_reason: string | null;
  sequence: number;
  version: number;
  trainer_ids: string[];
}

/** The columns of a session (alias `s`) with its trainers' ids. */
export const SESSION_COLUMNS = `s.id, s.run_id, s.series_id, s.title_lv, s.title_en, s.starts_at, s.ends_at, s.mode, s.meeting_url,
  s.venue, s.address, s.capacity, s.module_id, s.status, s.cancellation_reason, s.sequence, s.version,
  coalesce((SELECT array_agg(st.trainer_id::text ORDER BY st.trainer_id) FROM session_trainer st WHERE st.session_id = s.id), '{}') AS trainer_ids`;

export function toSession(row: SessionRow): TrainingSession {
  return {
    id: row.id,
    runId: row.run_id,
    seriesId: row.series_id,
    title: row.title_lv ? localised(row.title_lv, row.title_en) : null,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    mode: row.mode,
    meetingUrl: row.meeting_url,
    venue: row.venue,
    address: row.address,
    trainerIds: row.trainer_ids,
    capacity: row.capacity,
    moduleId: row.module_id,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    sequence: row.sequence,
    version: row.version,
  };
}
