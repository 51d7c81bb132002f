import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CourseRun, Page } from '@di/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { inTransaction } from '../../database/transactions';
import { ForbiddenError, InvalidInputError, NotFoundError, StaleUpdateError } from '../../errors/domain-error';
import { rigaDateOf } from '../../time/riga-time';
import { AuditService } from '../audit/audit.service';
import { RunSeats } from '../enrolments/run-seats';
import type { CreateRunDto, UpdateRunDto } from './dto/run.dto';
import type { RunQueryDto } from './dto/run-query.dto';
import { RUN_COLUMNS, toRun, type RunRow } from './run-rows';
import { assertTrainers } from './trainers';

/** What a run is, as stored: the fields a change compares and the history keeps. */
interface RunValues {
  projectId: string | null;
  titleLv: string;
  titleEn: string | null;
  regionCode: string;
  organiserOrganisationId: string | null;
  startsOn: string;
  endsOn: string;
  enrolmentOpensAt: string | null;
  enrolmentClosesAt: string | null;
  capacity: number;
  requiresApproval: boolean;
  waitlistAllowed: boolean;
  promotionOfferHours: number | null;
  onlineAttendanceMinMinutes: number | null;
  status: string;
  trainerIds: string[];
}

const VALUE_FIELDS: (keyof RunValues)[] = [
  'projectId', 'titleLv', 'titleEn', 'regionCode', 'organiserOrganisationId', 'startsOn', 'endsOn', 'enrolmentOpensAt',
  'enrolmentClosesAt', 'capacity', 'requiresApproval', 'waitlistAllowed', 'promotionOfferHours', 'onlineAttendanceMinMinutes', 'status', 'trainerIds',
];

function valuesOf(run: CourseRun): RunValues {
  return {
    projectId: run.projectId,
    titleLv: run.title.lv,
    titleEn: run.title.en ?? null,
    regionCode: run.regionCode,
    organiserOrganisationId: run.organiserOrganisationId,
    startsOn: run.startsOn,
    endsOn: run.endsOn,
    enrolmentOpensAt: run.enrolmentOpensAt,
    enrolmentClosesAt: run.enrolmentClosesAt,
    capacity: run.capacity,
    requiresApproval: run.requiresApproval,
    waitlistAllowed: run.waitlistAllowed,
    promotionOfferHours: run.promotionOfferHours,
    onlineAttendanceMinMinutes: run.onlineAttendanceMinMinutes,
    status: run.status,
    trainerIds: [...run.trainerIds].sort(),
  };
}

const NEW_RUN: Omit<RunValues, 'titleLv' | 'regionCode' | 'startsOn' | 'endsOn' | 'capacity'> = {
  projectId: null,
  titleEn: null,
  organiserOrganisationId: null,
  enrolmentOpensAt: null,
  enrolmentClosesAt: null,
  requiresApproval: false,
  waitlistAllowed: true,
  promotionOfferHours: null,
  onlineAttendanceMinMinutes: null,
  status: 'planned',
  trainerIds: [],
};

function withInput<T extends Partial<RunValues>>(base: T, input: UpdateRunDto): T {
  const next: Partial<RunValues> = { ...base };
  if (input.title !== undefined) {
    next.titleLv = input.title.lv;
    next.titleEn = input.title.en || null;
  }
  if (input.projectId !== undefined) next.projectId = input.projectId;
  if (input.regionCode !== undefined) next.regionCode = input.regionCode;
  if (input.organiserOrganisationId !== undefined) next.organiserOrganisationId = input.organiserOrganisationId;
  if (input.startsOn !== undefined) next.startsOn = input.startsOn;
  if (input.endsOn !== undefined) next.endsOn = input.endsOn;
  if (input.enrolmentOpensAt !== undefined) next.enrolmentOpensAt = input.enrolmentOpensAt && new Date(input.enrolmentOpensAt).toISOString();
  if (input.enrolmentClosesAt !== undefined) next.enrolmentClosesAt = input.enrolmentClosesAt && new Date(input.enrolmentClosesAt).toISOString();
  if (input.capacity !== undefined) next.capacity = input.capacity;
  if (input.requiresApproval !== undefined) next.requiresApproval = input.requiresApproval;
  if (input.waitlistAllowed !== undefined) next.waitlistAllowed = input.waitlistAllowed;
  if (input.promotionOfferHours !== undefined) next.promotionOfferHours = input.promotionOfferHours;
  if (input.onlineAttendanceMinMinutes !== undefined) next.onlineAttendanceMinMinutes = input.onlineAttendanceMinMinutes;
  if (input.status !== undefined) next.status = input.status;
  if (input.trainerIds !== undefined) next.trainerIds = [...input.trainerIds].sort();
  return next as T;
}

function assertDates(values: RunValues): void {
  const errors = [];
  if (values.endsOn < values.startsOn) errors.push({ field: 'endsOn', message: 'endsOn must not be before startsOn' });
  if (values.enrolmentOpensAt && values.enrolmentClosesAt && values.enrolmentClosesAt <= values.enrolmentOpensAt) {
    errors.push({ field: 'enrolmentClosesAt', message: 'enrolmentClosesAt must be after enrolmentOpensAt' });
  }
  if (errors.length > 0) throw new InvalidInputError(errors);
}

const SEAT_FIELDS: (keyof RunValues)[] = ['capacity', 'waitlistAllowed', 'startsOn', 'status'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Course runs: everyone who may read the course reads its runs; admins, and coordinators for
 * the region or organisations they coordinate, create and change them.
 */
@Injectable()
export class RunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly seats: RunSeats,
  ) {}

  async list(actor: Actor, query: RunQueryDto, courseId?: string): Promise<Page<CourseRun>> {
    if (courseId) await this.policy.require(actor, 'course.read', [courseId]);
    const scope = this.policy.scope(actor, 'run.read', 'r');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(RUN_COLUMNS)
      .addSelect('count(*) OVER ()', 'total')
      .from('course_run', 'r')
      .where(scope.sql, scope.params)
      .orderBy('r.starts_on')
      .addOrderBy('r.id')
      .offset(query.offset)
      .limit(query.pageSize);
    if (courseId) qb.andWhere('r.course_id = :courseId', { courseId });
    if (query.regionCode) qb.andWhere('r.region_code = :region', { region: query.regionCode });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.projectId) qb.andWhere('r.project_id = :projectId', { projectId: query.projectId });
    if (query.upcoming === 'true') qb.andWhere('r.ends_on >= :today', { today: rigaDateOf(new Date()) });
    const rows: RunRow[] = await qb.getRawMany();
    return { items: rows.map(toRun), total: rows.length > 0 ? Number(rows[0].total) : 0, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<CourseRun> {
    await this.policy.require(actor, 'run.read', [id]);
    return this.load(id);
  }

  async create(actor: Actor, courseId: string, input: CreateRunDto, ip: string): Promise<CourseRun> {
    await this.policy.require(actor, 'run.create', [courseId]);
    const values = withInput({ ...NEW_RUN } as RunValues, input);
    assertDates(values);
    await this.assertOrganisedInReach(actor, values);
    const id = await inTransaction(this.dataSource, async (manager) => {
      await assertTrainers(manager, values.trainerIds);
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO course_run (course_id, project_id, title_lv, title_en, region_code, organiser_organisation_id, starts_on, ends_on,
                                 enrolment_opens_at, enrolment_closes_at, capacity, requires_approval, online_attendance_min_minutes, status,
                                 waitlist_allowed, promotion_offer_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          courseId, values.projectId, values.titleLv, values.titleEn, values.regionCode, values.organiserOrganisationId, values.startsOn, values.endsOn,
          values.enrolmentOpensAt, values.enrolmentClosesAt, values.capacity, values.requiresApproval, values.onlineAttendanceMinMinutes, values.status,
          values.waitlistAllowed, values.promotionOfferHours,
        ],
      );
      await this.setTrainers(manager, row.id, values.trainerIds);
      await this.audit.record('run.created', { actorUserId: actor.id, ip, object: { type: 'run', id: row.id }, newValue: { courseId, ...values } }, manager);
      return row.id;
    });
    return this.load(id);
  }

  async update(actor: Actor, id: string, input: UpdateRunDto, expectedVersion: number | undefined, ip: string): Promise<CourseRun> {
    await this.policy.require(actor, 'run.update', [id]);
    await inTransaction(this.dataSource, async (manager) => {
      const current = await this.load(id, manager, true);
      if (expectedVersion !== undefined && expectedVersion !== current.version) throw new StaleUpdateError('The course run', current.version);
      const before = valuesOf(current);
      const next = withInput(before, input);
      const changed = VALUE_FIELDS.filter((field) => !same(before[field], next[field]));
      if (changed.length === 0) return;
      assertDates(next);
      if (changed.includes('regionCode') || changed.includes('organiserOrganisationId')) await this.assertOrganisedInReach(actor, next, manager);
      if (changed.includes('capacity') && next.capacity < current.enrolledCount) {
        throw new InvalidInputError([{ field: 'capacity', message: `capacity cannot be below the ${current.enrolledCount} people already holding a seat` }]);
      }
      if (changed.includes('startsOn') || changed.includes('endsOn')) await this.assertSessionsWithin(manager, id, next);
      if (changed.includes('trainerIds')) {
        await assertTrainers(manager, next.trainerIds);
        await this.setTrainers(manager, id, next.trainerIds);
      }
      await manager.query(
        `UPDATE course_run SET project_id = $2, title_lv = $3, title_en = $4, region_code = $5, organiser_organisation_id = $6, starts_on = $7, ends_on = $8,
                enrolment_opens_at = $9, enrolment_closes_at = $10, capacity = $11, requires_approval = $12, online_attendance_min_minutes = $13, status = $14,
                waitlist_allowed = $15, promotion_offer_hours = $16, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id, next.projectId, next.titleLv, next.titleEn, next.regionCode, next.organiserOrganisationId, next.startsOn, next.endsOn,
          next.enrolmentOpensAt, next.enrolmentClosesAt, next.capacity, next.requiresApproval, next.onlineAttendanceMinMinutes, next.status,
          next.waitlistAllowed, next.promotionOfferHours,
        ],
      );
      await this.audit.record(
        'run.updated',
        {
          actorUserId: actor.id,
          ip,
          object: { type: 'run', id },
          oldValue: Object.fromEntries(changed.map((field) => [field, before[field]])),
          newValue: Object.fromEntries(changed.map((field) => [field, next[field]])),
        },
        manager,
      );
      // More seats, or a start moved later: the waiting list may move up.
      if (changed.some((field) => SEAT_FIELDS.includes(field))) await this.seats.settle(manager, await this.seats.read(manager, id), actor.id);
    });
    return this.load(id);
  }

  /** A coordinator organises runs only in their own region or organisations. */
  private async assertOrganisedInReach(actor: Actor, values: Pick<RunValues, 'regionCode' | 'organiserOrganisationId'>, manager?: EntityManager): Promise<void> {
    const reached = await this.policy.reachesValues(
      actor,
      'run.update',
      { region_code: [values.regionCode, 'char(3)'], organiser_organisation_id: [values.organiserOrganisationId, 'uuid'] },
      manager,
    );
    if (!reached) throw new ForbiddenError('You may organise runs only in the region or organisations you coordinate');
  }

  private async assertSessionsWithin(manager: EntityManager, runId: string, values: Pick<RunValues, 'startsOn' | 'endsOn'>): Promise<void> {
    const [outside]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM training_session
        WHERE run_id = $1 AND status = 'scheduled'
          AND ((starts_at AT TIME ZONE 'Europe/Riga')::date < $2 OR (starts_at AT TIME ZONE 'Europe/Riga')::date > $3)`,
      [runId, values.startsOn, values.endsOn],
    );
    if (outside.count > 0) {
      throw new InvalidInputError([{ field: 'startsOn', message: `${outside.count} scheduled session(s) would fall outside the run's new dates; move or cancel them first` }]);
    }
  }

  private async setTrainers(manager: EntityManager, runId: string, trainerIds: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM run_trainer WHERE run_id = $1 AND NOT (trainer_id = ANY($2))`, [runId, trainerIds]);
    await manager.query(`INSERT INTO run_trainer (run_id, trainer_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [runId, trainerIds]);
  }

  /** The run (locked for the transaction with `lock`). */
  async load(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<CourseRun> {
    const rows: RunRow[] = await manager.query(`SELECT ${RUN_COLUMNS} FROM course_run r WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id]);
    if (rows.length === 0) throw new NotFoundError('The course run');
    return toRun(rows[0]);
  }
}
