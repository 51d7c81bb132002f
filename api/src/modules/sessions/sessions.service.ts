import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionBatch, TrainingSession } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { sqlState } from '../../errors/database-errors';
import { BusyError, NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { JobQueue } from '../../jobs/job-queue';
import { AuditService, type AuditEntry } from '../audit/audit.service';
import { ProgressService } from '../progress/progress.service';
import { RunsService } from '../runs/runs.service';
import { assertTrainers } from '../runs/trainers';
import type { CancelSessionDto, CreateSessionsDto, UpdateSessionDto } from './dto/session.dto';
import { SESSION_CHANGE_QUEUE, type SessionChangeJob } from './session-change-queue';
import { findTrainerConflict, findVenueClashes, SessionCancelledError, TrainerConflictError, VenueClashError, type Clash, type TrainerBooking } from './session-conflicts';
import { SESSION_COLUMNS, toSession, type SessionRow } from './session-rows';
import { assertWithinRun, changedPeriod, localPeriodOf, plannedPeriods, shiftedPeriods, type Period, type TimeFields } from './session-times';
import { assertModuleOfCourse, assertPlace, PLACE_FIELDS, valuesOfSession, VISIBLE_FIELDS, withSessionInput, type SessionValues } from './session-values';

const EXCLUSION_VIOLATION = '23P01';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const timeGiven = (input: TimeFields) => [input.startsAt, input.endsAt, input.startsAtLocal, input.endsAtLocal].some((value) => value !== undefined);

/** One session's planned change: its new values and time, and what changed. */
interface PlannedChange {
  current: TrainingSession;
  next: SessionValues;
  period: Period;
  changed: string[];
}

/**
 * Sessions of course runs: the run's trainers (and admins, and coordinators in scope) schedule
 * one session or a series, reschedule and cancel; the people enrolled are told (a job after the
 * change commits). A trainer is never in two sessions at once: the exclusion constraint on
 * `session_trainer` guarantees it; the checks here only find which session to name.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
    private readonly runs: RunsService,
    private readonly progress: ProgressService,
  ) {}

  async listOfRun(actor: Actor, runId: string): Promise<{ items: TrainingSession[] }> {
    await this.policy.require(actor, 'run.read', [runId]);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM training_session s WHERE s.run_id = $1 ORDER BY s.starts_at, s.id LIMIT 2000`,
      [runId],
    );
    return { items: rows.map(toSession) };
  }

  async get(actor: Actor, id: string): Promise<TrainingSession> {
    await this.policy.require(actor, 'session.read', [id]);
    const [session] = await this.loadMany(this.dataSource.manager, [id]);
    if (!session) throw new NotFoundError('The session');
    return session;
  }

  async create(actor: Actor, runId: string, input: CreateSessionsDto, ip: string): Promise<SessionBatch> {
    await this.policy.require(actor, 'session.create', [runId]);
    const periods = plannedPeriods(input, input.recurrence);
    const values = withSessionInput({ titleLv: null, titleEn: null, mode: input.mode, meetingUrl: null, venue: null, address: null, capacity: null, moduleId: null, trainerIds: [] }, input);
    assertPlace(values);
    const timeField = input.recurrence ? 'recurrence' : localPeriodOf(input).startField;
    const bookings = periods.map((period) => ({ ...period, trainerIds: values.trainerIds }));
    return this.explainingConflicts(bookings, [], () =>
      inTransaction(this.dataSource, async (manager) => {
        const run = await this.runs.load(runId, manager, true);
        assertWithinRun(periods, run, timeField);
        await assertTrainers(manager, values.trainerIds);
        await assertModuleOfCourse(manager, values.moduleId, run.courseId);
        const conflict = await findTrainerConflict(manager, bookings, []);
        if (conflict) throw new TrainerConflictError(conflict.other);
        const venue = values.mode === 'in_person' ? values.venue : null;
        const clashes = venue ? await findVenueClashes(manager, periods.map((period) => ({ ...period, venue })), []) : [];
        if (clashes.length > 0 && !input.allowVenueClash) throw new VenueClashError(clashes[0].other);
        const ids = periods.map(() => randomUUID());
        await manager.query(
          `INSERT INTO training_session (id, run_id, series_id, title_lv, title_en, starts_at, ends_at, mode, meeting_url, venue, address, capacity, module_id)
           SELECT p.id, $2, $3, $4, $5, p.starts_at, p.ends_at, $8, $9, $10, $11, $12, $13
             FROM unnest($1::uuid[], $6::timestamptz[], $7::timestamptz[]) AS p(id, starts_at, ends_at)`,
          [
            ids, runId, input.recurrence ? randomUUID() : null, values.titleLv, values.titleEn, periods.map((p) => p.startsAt), periods.map((p) => p.endsAt),
            values.mode, values.meetingUrl, values.venue, values.address, values.capacity, values.moduleId,
          ],
        );
        await manager.query(`INSERT INTO session_trainer (session_id, trainer_id) SELECT s, t FROM unnest($1::uuid[]) s CROSS JOIN unnest($2::uuid[]) t`, [ids, values.trainerIds]);
        await this.audit.recordAll(
          'session.created',
          ids.map((id, index) => ({
            actorUserId: actor.id,
            ip,
            object: { type: 'session' as const, id },
            newValue: { runId, startsAt: periods[index].startsAt.toISOString(), endsAt: periods[index].endsAt.toISOString(), ...values },
          })),
          manager,
        );
        await this.progress.recomputeRun(manager, runId, { actorId: actor.id, cause: 'session_created' });
        return { items: await this.loadMany(manager, ids), ...venueClashesOf(clashes, ids) };
      }),
    );
  }

  async update(actor: Actor, id: string, input: UpdateSessionDto, expectedVersion: number | undefined, ip: string): Promise<SessionBatch> {
    await this.policy.require(actor, 'session.update', [id]);
    // Filled once the change is planned, for naming the session a lost race collided with.
    const asked = { bookings: [] as TrainerBooking[], excluded: [] as string[] };
    return this.explainingConflicts(asked.bookings, asked.excluded, () =>
      inTransaction(this.dataSource, async (manager) => {
        const { run, current, targets } = await this.lockForChange(manager, id, expectedVersion, input.scope);
        const periods = this.newPeriods(current, targets, input);
        assertWithinRun(periods, run, input.startsAtLocal !== undefined ? 'startsAtLocal' : 'startsAt');
        if (input.trainerIds) await assertTrainers(manager, input.trainerIds);
        if (input.moduleId) await assertModuleOfCourse(manager, input.moduleId, run.courseId);
        const targetIds = targets.map((target) => target.id);
        const planned = targets.map((target, index) => plan(target, withSessionInput(valuesOfSession(target), input), periods[index]));
        for (const change of planned) assertPlace(change.next);
        const changedAny = (change: PlannedChange, fields: readonly string[]) => change.changed.some((field) => fields.includes(field));
        asked.bookings.length = 0; // a retried transaction plans again
        asked.excluded.length = 0;
        asked.bookings.push(...planned.filter((change) => changedAny(change, ['startsAt', 'endsAt', 'trainerIds'])).map((change) => ({ ...change.period, trainerIds: change.next.trainerIds })));
        asked.excluded.push(...targetIds);
        const conflict = await findTrainerConflict(manager, asked.bookings, targetIds);
        if (conflict) throw new TrainerConflictError(conflict.other);
        const atVenue = planned.filter((change) => change.next.mode === 'in_person' && change.next.venue && changedAny(change, ['startsAt', 'endsAt', 'venue', 'mode']));
        const found = await findVenueClashes(manager, atVenue.map((change) => ({ ...change.period, venue: change.next.venue ?? '' })), targetIds);
        if (found.length > 0 && !input.allowVenueClash) throw new VenueClashError(found[0].other);
        const clashes = found.map((clash) => ({ ...clash, index: planned.indexOf(atVenue[clash.index]) }));
        // Later sessions first when moving later (earlier first when moving earlier), so that no
        // session of the series passes through the old time of the next while they move together.
        const movingLater = periods.length > 0 && periods[0].startsAt.getTime() > new Date(current.startsAt).getTime();
        const ordered = movingLater ? [...planned].reverse() : planned;
        for (const change of ordered) await this.apply(manager, change);
        await this.audit.recordAll('session.updated', planned.filter((change) => change.changed.length > 0).map((change) => historyOf(change, actor, ip)), manager);
        const told = planned.filter((change) => changedAny(change, ['startsAt', 'endsAt', ...PLACE_FIELDS]));
        await this.tell(manager, told.map((change) => change.current.id), 'rescheduled', actor);
        await this.progress.recomputeRun(manager, run.id, { actorId: actor.id, cause: 'session_changed' });
        return { items: await this.loadMany(manager, targetIds), ...venueClashesOf(clashes, targetIds) };
      }),
    );
  }

  async cancel(actor: Actor, id: string, input: CancelSessionDto, expectedVersion: number | undefined, ip: string): Promise<SessionBatch> {
    await this.policy.require(actor, 'session.update', [id]);
    return inTransaction(this.dataSource, async (manager) => {
      const { run, targets } = await this.lockForChange(manager, id, expectedVersion, input.scope);
      const ids = targets.map((target) => target.id);
      await manager.query(
        `UPDATE training_session SET status = 'cancelled', cancellation_reason = $2, sequence = sequence + 1, version = version + 1, updated_at = now() WHERE id = ANY($1)`,
        [ids, input.reason],
      );
      await this.audit.recordAll(
        'session.cancelled',
        ids.map((target) => ({
          actorUserId: actor.id,
          ip,
          object: { type: 'session' as const, id: target },
          oldValue: { status: 'scheduled' },
          newValue: { status: 'cancelled', cancellationReason: input.reason },
        })),
        manager,
      );
      await this.tell(manager, ids, 'cancelled', actor);
      await this.progress.recomputeRun(manager, run.id, { actorId: actor.id, cause: 'session_cancelled' });
      return { items: await this.loadMany(manager, ids) };
    });
  }

  /**
   * Locks the run, then the session and (for `following`) the later scheduled sessions of its
   * series, in that order (parents before children); checks the version and that it is not cancelled.
   */
  private async lockForChange(manager: EntityManager, id: string, expectedVersion: number | undefined, scope: UpdateSessionDto['scope']) {
    const [owner]: { run_id: string }[] = await manager.query(`SELECT run_id FROM training_session WHERE id = $1`, [id]);
    if (!owner) throw new NotFoundError('The session');
    const run = await this.runs.load(owner.run_id, manager, true);
    const [current] = await this.loadMany(manager, [id], true);
    if (expectedVersion !== undefined && expectedVersion !== current.version) throw new StaleUpdateError('The session', current.version);
    if (current.status === 'cancelled') throw new SessionCancelledError();
    if (scope !== 'following' || !current.seriesId) return { run, current, targets: [current] };
    const rows: SessionRow[] = await manager.query(
      `SELECT ${SESSION_COLUMNS} FROM training_session s
        WHERE s.series_id = $1 AND s.status = 'scheduled' AND (s.starts_at > $2 OR s.id = $3)
        ORDER BY s.starts_at, s.id FOR UPDATE OF s`,
      [current.seriesId, current.startsAt, id],
    );
    return { run, current, targets: rows.map(toSession) };
  }

  /** Each target's new period: as given for one session; for a series, the same wall-clock shift for each. */
  private newPeriods(current: TrainingSession, targets: TrainingSession[], input: UpdateSessionDto): Period[] {
    const periodOf = (session: TrainingSession): Period => ({ startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) });
    if (!timeGiven(input)) return targets.map(periodOf);
    if (targets.length > 1) return shiftedPeriods(targets.map(periodOf), periodOf(current), input);
    return [changedPeriod(periodOf(current), input)];
  }

  private async apply(manager: EntityManager, change: PlannedChange): Promise<void> {
    if (change.changed.length === 0) return;
    const { current, next, period } = change;
    const visible = change.changed.some((field) => ['startsAt', 'endsAt', ...VISIBLE_FIELDS].includes(field));
    await manager.query(
      `UPDATE training_session SET title_lv = $2, title_en = $3, starts_at = $4, ends_at = $5, mode = $6, meeting_url = $7, venue = $8, address = $9,
              capacity = $10, module_id = $11, sequence = sequence + $12, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [current.id, next.titleLv, next.titleEn, period.startsAt, period.endsAt, next.mode, next.meetingUrl, next.venue, next.address, next.capacity, next.moduleId, visible ? 1 : 0],
    );
    if (change.changed.includes('trainerIds')) {
      await manager.query(`DELETE FROM session_trainer WHERE session_id = $1 AND NOT (trainer_id = ANY($2))`, [current.id, next.trainerIds]);
      await manager.query(`INSERT INTO session_trainer (session_id, trainer_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [current.id, next.trainerIds]);
    }
  }

  /** The people enrolled are told once the change commits (the job is added in its transaction). */
  private async tell(manager: EntityManager, sessionIds: string[], change: SessionChangeJob['change'], actor: Actor): Promise<void> {
    if (sessionIds.length === 0) return;
    const job: SessionChangeJob = { sessionIds, change, actorUserId: actor.id };
    await this.queue.sendInTransaction(manager, SESSION_CHANGE_QUEUE, job, { retryLimit: 5, retryDelay: 30, retryBackoff: true });
  }

  /**
   * Two bookings of one trainer at the same moment: the one that loses meets the exclusion
   * constraint; it is answered as the conflict it is, naming the session that won.
   */
  private async explainingConflicts<T>(bookings: readonly TrainerBooking[], excluded: readonly string[], work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (sqlState(error) !== EXCLUSION_VIOLATION) throw error;
      const conflict = await findTrainerConflict(this.dataSource.manager, bookings, excluded);
      throw conflict ? new TrainerConflictError(conflict.other) : new BusyError();
    }
  }

  private async loadMany(manager: EntityManager, ids: readonly string[], lock = false): Promise<TrainingSession[]> {
    const rows: SessionRow[] = await manager.query(
      `SELECT ${SESSION_COLUMNS} FROM training_session s WHERE s.id = ANY($1) ORDER BY s.starts_at, s.id${lock ? ' FOR UPDATE OF s' : ''}`,
      [ids],
    );
    if (rows.length < new Set(ids).size) throw new NotFoundError('The session');
    return rows.map(toSession);
  }
}

function plan(current: TrainingSession, next: SessionValues, period: Period): PlannedChange {
  const before = valuesOfSession(current);
  const changed: string[] = (Object.keys(next) as (keyof SessionValues)[]).filter((field) => !same(before[field], next[field]));
  if (period.startsAt.getTime() !== new Date(current.startsAt).getTime()) changed.push('startsAt');
  if (period.endsAt.getTime() !== new Date(current.endsAt).getTime()) changed.push('endsAt');
  return { current, next, period, changed };
}

/** The changed fields of one session before and after, for its history. */
function historyOf(change: PlannedChange, actor: Actor, ip: string): AuditEntry {
  const { current, next, period } = change;
  const before: Record<string, unknown> = { ...valuesOfSession(current), startsAt: current.startsAt, endsAt: current.endsAt };
  const after: Record<string, unknown> = { ...next, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() };
  return {
    actorUserId: actor.id,
    ip,
    object: { type: 'session', id: current.id },
    oldValue: Object.fromEntries(change.changed.map((field) => [field, before[field]])),
    newValue: Object.fromEntries(change.changed.map((field) => [field, after[field]])),
  };
}

function venueClashesOf(clashes: readonly Clash[], ids: readonly string[]): Pick<SessionBatch, 'venueClashes'> {
  if (clashes.length === 0) return {};
  return { venueClashes: clashes.map((clash) => ({ sessionId: ids[clash.index], otherSessionId: clash.other.id })) };
}
