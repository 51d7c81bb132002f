import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrolmentImportResponse, EnrolmentStatus, ImportRowResult, ParticipantKind } from '@di/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../../access/access-policy';
import type { Actor } from '../../../access/actor';
import { inTransaction } from '../../../database/transactions';
import type { RawUpload } from '../../../http/file-body';
import { foldForSearch } from '../../../http/search-text';
import { UsersService } from '../../users/users.service';
import { EnrolmentsService, type EnrolmentPlan } from '../enrolments.service';
import type { Enrollee } from '../enrolment-rules';
import { RunSeats } from '../run-seats';
import { readPeopleRows, type PersonRow } from './people-columns';
import { readTableFile } from './table-file';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Organisation {
  id: string;
  name: string;
}

interface Existing {
  id: string;
  email: string;
  full_name: string;
  organisation_id: string | null;
  participant_kind: ParticipantKind;
}

/** A row ready to be enrolled: the person as they are (or as they will be created). */
interface Prepared {
  row: PersonRow;
  result: ImportRowResult;
  existing?: Existing;
  organisation?: Organisation;
  kind: ParticipantKind;
}

/** Thrown inside the transaction to undo a dry run, or a run with errors without `partial`. */
class Undo extends Error {}

/**
 * Enrolling people from a file: each row is a person (found by email, or created and invited),
 * enrolled like one enrolment would be. All rows go in one transaction under the run's lock,
 * each behind a savepoint, so a dry run answers exactly what an import would do, and nothing is
 * written when any row fails unless `partial` is asked for.
 */
@Injectable()
export class EnrolmentImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly seats: RunSeats,
    private readonly enrolments: EnrolmentsService,
    private readonly users: UsersService,
  ) {}

  async import(actor: Actor, runId: string, upload: RawUpload, options: { dryRun: boolean; partial: boolean }, ip: string): Promise<EnrolmentImportResponse> {
    await this.policy.require(actor, 'enrolment.manage', [runId]);
    const table = await readTableFile(upload.bytes, upload.contentType, upload.fileName);
    const { rows } = readPeopleRows(table);
    const run = await this.seats.read(this.dataSource.manager, runId);
    const prepared = await this.prepare(actor, rows, run.audience === 'any' ? 'other' : run.audience);
    let written = false;
    try {
      await inTransaction(this.dataSource, async (manager) => {
        const run = await this.seats.lock(manager, runId);
        const state = await this.seats.settle(manager, run, actor.id);
        const ready = prepared.filter((item) => item.result.status !== 'error');
        const plans = await this.enrolments.plan(manager, state, ready.map(enrolleeOf), actor);
        plans.forEach((plan, index) => describe(ready[index], plan));
        const failed = prepared.some((item) => item.result.status === 'error');
        if (options.dryRun || (failed && !options.partial)) throw new Undo();
        const fine = plans.filter((plan) => !plan.error);
        const created = fine.filter((plan) => plan.person.id.startsWith(NEW));
        const ids = await this.users.createParticipantsWithin(
          manager,
          actor,
          created.map((plan) => {
            const item = ready[plans.indexOf(plan)];
            return { email: item.result.email ?? '', fullName: item.result.fullName ?? '', organisationId: plan.person.organisationId, participantKind: plan.person.participantKind, language: 'lv' };
          }),
          ip,
        );
        created.forEach((plan, index) => (plan.person.id = ids[index]));
        await this.enrolments.write(manager, state, fine, { actor, ip });
        written = true;
      });
    } catch (error) {
      if (!(error instanceof Undo)) throw error;
    }
    return {
      dryRun: options.dryRun,
      format: table.format,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      written,
      rows: prepared.map((item) => item.result),
    };
  }

  /** Each row's person: their existing account (in the caller's scope), or a new one in an organisation the caller may add people to. */
  private async prepare(actor: Actor, rows: PersonRow[], defaultKind: ParticipantKind): Promise<Prepared[]> {
    const emails = [...new Set(rows.flatMap((row) => (row.email && row.errors.every((error) => error.field !== 'email') ? [row.email] : [])))];
    const existing: Existing[] = emails.length
      ? await this.dataSource.query(`SELECT id, email, full_name, organisation_id, participant_kind FROM app_user WHERE email = ANY($1) AND active`, [emails])
      : [];
    const byEmail = new Map(existing.map((person) => [person.email, person]));
    const reachable = await this.policy.filter(actor, 'user.read', existing.map((person) => person.id));
    const organisations = await this.organisationsNamed(rows.flatMap((row) => (row.organisation ? [row.organisation] : [])));
    const creatable = await this.policy.filter(actor, 'user.create', [...organisations.values()].map((organisation) => organisation.id));

    return rows.map((row) => {
      const result: ImportRowResult = {
        row: row.line,
        status: 'error',
        message: '',
        ...(row.email ? { email: row.email } : {}),
        ...(row.fullName ? { fullName: row.fullName } : {}),
        ...(row.participantKind ? { participantKind: row.participantKind } : {}),
      };
      const kind = row.participantKind ?? defaultKind;
      const error = (message: string): Prepared => ({ row, result: { ...result, message }, kind });
      if (row.errors.length > 0) return error(row.errors.map((problem) => problem.message).join('; '));
      const organisation = row.organisation ? organisations.get(foldedName(row.organisation)) : undefined;
      if (row.organisation && !organisation) return error(`No organisation is called "${row.organisation}"`);
      if (organisation) Object.assign(result, { organisationId: organisation.id, organisationName: organisation.name });
      const person = row.email ? byEmail.get(row.email) : undefined;
      if (person) {
        if (!reachable.has(person.id)) return error('This person is not in an organisation you coordinate');
        Object.assign(result, { fullName: person.full_name, participantKind: person.participant_kind });
        return { row, result: { ...result, status: 'enrolled', message: '' }, existing: person, organisation, kind: person.participant_kind };
      }
      if (!organisation) return error('A new person needs an organisation');
      if (!creatable.has(organisation.id)) return error(`"${organisation.name}" is not an organisation you coordinate`);
      return { row, result: { ...result, participantKind: kind, status: 'created', message: '' }, organisation, kind };
    });
  }

  /** Organisations by id or by name (case and diacritics ignored), keyed by the folded text of the file. */
  private async organisationsNamed(texts: string[]): Promise<Map<string, Organisation>> {
    const folded = [...new Set(texts.map(foldedName))];
    if (folded.length === 0) return new Map();
    const ids = folded.filter((text) => UUID.test(text));
    const found: (Organisation & { name_search: string })[] = await this.dataSource.query(
      `SELECT id, name, name_search FROM organisation WHERE name_search = ANY($1) OR id = ANY($2::uuid[])`,
      [folded, ids],
    );
    const map = new Map<string, Organisation>();
    for (const organisation of found) {
      map.set(organisation.name_search, { id: organisation.id, name: organisation.name });
      map.set(organisation.id, { id: organisation.id, name: organisation.name });
    }
    return map;
  }
}

/** Until their account exists, a new person's id in a plan is their email (never a uuid). */
const NEW = 'new:';

function enrolleeOf(item: Prepared): Enrollee {
  if (item.existing) return { id: item.existing.id, organisationId: item.existing.organisation_id, participantKind: item.existing.participant_kind };
  return { id: `${NEW}${item.result.email}`, organisationId: item.organisation?.id ?? null, participantKind: item.kind };
}

/** What the plan says of the row. */
function describe(item: Prepared, plan: EnrolmentPlan): void {
  if (plan.error) {
    Object.assign(item.result, { status: 'error', message: plan.error.message });
    return;
  }
  const status = plan.status as EnrolmentStatus;
  if (item.existing) Object.assign(item.result, { status, message: MESSAGES[status] ?? status, enrolmentStatus: status });
  else Object.assign(item.result, { status: 'created', message: `New account, invited; ${(MESSAGES[status] ?? status).toLowerCase()}`, enrolmentStatus: status });
}

const MESSAGES: Record<string, string> = {
  enrolled: 'Enrolled',
  waitlisted: 'On the waiting list',
  requested: 'Waiting for approval',
};

function foldedName(text: string): string {
  return foldForSearch(text);
}
