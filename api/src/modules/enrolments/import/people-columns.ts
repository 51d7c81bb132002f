import type { ParticipantKind } from '@di/contracts';
import { ACCEPTED_HEADERS, fieldOfHeader, type PersonField } from './people-headers';
import { emailProblem } from './people-email';
import { KIND_EXAMPLES, participantKindOf } from './people-kinds';
import { UnreadableFileError } from './table-file-error';
import type { TableFile } from './table-file';

export type { PersonField } from './people-headers';

/** The longest name an account may have (as CreateUserDto allows). */
export const MAX_FULL_NAME_LENGTH = 200;

export interface PersonRowError {
  field: PersonField;
  message: string;
}

/** One person as a row of the file says: values cleaned; `errors` says what keeps the row from use. */
export interface PersonRow {
  line: number;
  /** Lower case; present whenever the cell is not empty, valid or not (see `errors`). */
  email?: string;
  fullName?: string;
  organisation?: string;
  /** Undefined when the cell is empty: the default is the service's to choose. */
  participantKind?: ParticipantKind;
  errors: PersonRowError[];
}

export type PeopleColumns = Record<PersonField, number | undefined>;

/** Trimmed, inner whitespace (no-break spaces too) as one space, NFC. */
function cleaned(cell: string | undefined): string {
  return (cell ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

function findColumns(header: string[]): PeopleColumns {
  const columns: PeopleColumns = { email: undefined, firstName: undefined, lastName: undefined, fullName: undefined, organisation: undefined, participantKind: undefined };
  header.forEach((name, index) => {
    const field = fieldOfHeader(name);
    if (field === undefined) return;
    const earlier = columns[field];
    if (earlier !== undefined) {
      throw new UnreadableFileError(`Two columns, "${cleaned(header[earlier])}" (column ${earlier + 1}) and "${cleaned(name)}" (column ${index + 1}), both mean ${field}: keep one of them`);
    }
    columns[field] = index;
  });
  const missing: string[] = [];
  if (columns.email === undefined) missing.push(`the email (accepted names: ${quoted(ACCEPTED_HEADERS.email)})`);
  if (columns.fullName === undefined && (columns.firstName === undefined || columns.lastName === undefined)) {
    missing.push(
      `the name (accepted: one column named ${quoted(ACCEPTED_HEADERS.fullName)}, or both a first-name column named ${quoted(ACCEPTED_HEADERS.firstName)} and a last-name column named ${quoted(ACCEPTED_HEADERS.lastName)})`,
    );
  }
  if (missing.length > 0) {
    const found = header.map(cleaned).filter((name) => name !== '');
    throw new UnreadableFileError(`The file has no column for ${missing.join(' and ')}. Columns found: ${found.length > 0 ? quoted(found) : 'none'}`);
  }
  return columns;
}

function nameOf(cell: (column: number | undefined) => string, columns: PeopleColumns, errors: PersonRowError[]): string | undefined {
  const full = cell(columns.fullName);
  if (full !== '' || columns.firstName === undefined || columns.lastName === undefined) {
    if (full === '') errors.push({ field: 'fullName', message: 'The name is missing' });
    return full || undefined;
  }
  const first = cell(columns.firstName);
  const last = cell(columns.lastName);
  if (first === '') errors.push({ field: 'firstName', message: 'The first name is missing' });
  if (last === '') errors.push({ field: 'lastName', message: 'The last name is missing' });
  return [first, last].filter((part) => part !== '').join(' ') || undefined;
}

/**
 * The people in a table: which column holds what (from its header, in Latvian or English), and
 * each data row as a person with the problems found in it, a repeated email among them. Throws
 * UnreadableFileError when there is no email column or no way to tell a name.
 */
export function readPeopleRows(table: TableFile): { columns: PeopleColumns; rows: PersonRow[] } {
  const columns = findColumns(table.header);
  const lineOfEmail = new Map<string, number>();
  const rows = table.rows.map(({ line, cells }): PersonRow => {
    const cell = (column: number | undefined) => (column === undefined ? '' : cleaned(cells[column]));
    const errors: PersonRowError[] = [];
    const row: PersonRow = { line, errors };

    const email = cell(columns.email).toLowerCase();
    if (email !== '') row.email = email;
    const problem = emailProblem(email);
    if (problem) errors.push({ field: 'email', message: problem });
    else {
      const earlier = lineOfEmail.get(email);
      if (earlier === undefined) lineOfEmail.set(email, line);
      else errors.push({ field: 'email', message: `The same email as row ${earlier}` });
    }

    const fullName = nameOf(cell, columns, errors);
    if (fullName !== undefined) row.fullName = fullName;
    if (fullName !== undefined && fullName.length > MAX_FULL_NAME_LENGTH) {
      errors.push({ field: columns.fullName !== undefined && cell(columns.fullName) !== '' ? 'fullName' : 'lastName', message: `The name is longer than ${MAX_FULL_NAME_LENGTH} characters` });
    }

    const organisation = cell(columns.organisation);
    if (organisation !== '') row.organisation = organisation;

    const kindText = cell(columns.participantKind);
    if (kindText !== '') {
      const kind = participantKindOf(kindText);
      if (kind) row.participantKind = kind;
      else errors.push({ field: 'participantKind', message: `"${kindText}" is not a participant kind: write one of ${quoted(KIND_EXAMPLES)}` });
    }
    return row;
  });
  return { columns, rows };
}
