import { readPeopleRows } from './people-columns';
import { fieldOfHeader } from './people-headers';
import { participantKindOf } from './people-kinds';
import { readTableFile, type TableFile } from './table-file';
import { UnreadableFileError } from './table-file-error';

const table = (header: string[], ...rows: string[][]): TableFile => ({
  format: 'csv',
  header,
  rows: rows.map((cells, index) => ({ line: index + 2, cells })),
});

function unreadable(file: TableFile): UnreadableFileError {
  try {
    readPeopleRows(file);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFileError);
    return error as UnreadableFileError;
  }
  throw new Error('readPeopleRows read the table');
}

describe('fieldOfHeader', () => {
  it('knows Latvian and English names in any case, with or without diacritics and separators', () => {
    const cases: [string, string | undefined][] = [
      ['E-pasts', 'email'],
      ['epasts', 'email'],
      ['E_MAIL', 'email'],
      ['e-pasta adrese', 'email'],
      ['Mail', 'email'],
      ['Vārds', 'firstName'],
      ['VARDS', 'firstName'],
      ['first_name', 'firstName'],
      ['Given.Name', 'firstName'],
      ['Uzvārds', 'lastName'],
      ['Surname', 'lastName'],
      ['family-name', 'lastName'],
      ['Vārds, uzvārds', 'fullName'],
      ['vards uzvards', 'fullName'],
      ['Pilns vārds', 'fullName'],
      ['Full name', 'fullName'],
      ['Name', 'fullName'],
      ['Dalībnieks', 'fullName'],
      ['Iestāde', 'organisation'],
      ['organizacija', 'organisation'],
      ['Organization', 'organisation'],
      ['Struktūrvienība', 'organisation'],
      ['Filiāle', 'organisation'],
      ['facility', 'organisation'],
      ['Dalībnieka veids', 'participantKind'],
      ['KATEGORIJA', 'participantKind'],
      ['participant_kind', 'participantKind'],
      ['Role', 'participantKind'],
      ['Tālrunis', undefined],
      ['', undefined],
    ];
    expect(cases.map(([header]) => [header, fieldOfHeader(header)])).toEqual(cases);
  });
});

describe('participantKindOf', () => {
  it('takes the code or a Latvian or English label, case and diacritics aside', () => {
    const cases: [string, string | undefined][] = [
      ['vsac_staff', 'vsac_staff'],
      ['VSAC darbinieks', 'vsac_staff'],
      ['vsac darbiniece', 'vsac_staff'],
      ['VSAC staff', 'vsac_staff'],
      ['sociālais mentors', 'social_mentor'],
      ['SOCIALAIS MENTORS', 'social_mentor'],
      ['Social mentor', 'social_mentor'],
      ['social_mentor', 'social_mentor'],
      ['speciālists', 'specialist'],
      ['Specialist', 'specialist'],
      ['cits', 'other'],
      ['Other', 'other'],
      ['direktors', undefined],
    ];
    expect(cases.map(([text]) => [text, participantKindOf(text)])).toEqual(cases);
  });
});

describe('readPeopleRows', () => {
  it('reads Latvian columns, joining first and last name, and cleaning values', () => {
    const { columns, rows } = readPeopleRows(
      table(
        ['E-pasts', 'Vārds', 'Uzvārds', 'Iestāde', 'Dalībnieka veids', 'Piezīme'],
        ['  Arija.Kenina@Example.LV ', 'Ārija', 'Ķēniņa', ' Rīgas \u00a0 Ūdens ', 'VSAC darbinieks', 'x'],
        ['gatis@example.lv', '  Gatis ', 'Šņore', '', 'sociālais mentors'],
        ['liga@example.lv', 'Li\u0304ga', 'U\u0304dre', 'Ogre', ''],
      ),
    );
    expect(columns).toEqual({ email: 0, firstName: 1, lastName: 2, fullName: undefined, organisation: 3, participantKind: 4 });
    expect(rows).toEqual([
      { line: 2, email: 'arija.kenina@example.lv', fullName: 'Ārija Ķēniņa', organisation: 'Rīgas Ūdens', participantKind: 'vsac_staff', errors: [] },
      { line: 3, email: 'gatis@example.lv', fullName: 'Gatis Šņore', participantKind: 'social_mentor', errors: [] },
      { line: 4, email: 'liga@example.lv', fullName: 'Līga Ūdre', organisation: 'Ogre', errors: [] },
    ]);
    expect(rows[2].fullName).toBe('Līga Ūdre'.normalize('NFC'));
  });

  it('reads English columns with a full-name column', () => {
    const { columns, rows } = readPeopleRows(
      table(['Full name', 'Email', 'Organisation', 'Participant kind'], ['Līga   Ūdre', 'liga@example.lv', 'Ogre', 'specialist'], ['Gatis Šņore', 'gatis@example.lv', '', 'Other']),
    );
    expect(columns).toMatchObject({ email: 1, fullName: 0, organisation: 2, participantKind: 3 });
    expect(rows).toEqual([
      { line: 2, email: 'liga@example.lv', fullName: 'Līga Ūdre', organisation: 'Ogre', participantKind: 'specialist', errors: [] },
      { line: 3, email: 'gatis@example.lv', fullName: 'Gatis Šņore', participantKind: 'other', errors: [] },
    ]);
  });

  it('reads a Windows-1257 file and its UTF-8 twin to the same people', async () => {
    const ansi = Buffer.from([
      ...Buffer.from('E-pasts;V'), 0xe2, ...Buffer.from('rds, uzv'), 0xe2, ...Buffer.from('rds\r\narija@example.lv;'), 0xc2, ...Buffer.from('rija '), 0xcd, 0xe7, ...Buffer.from('ni'), 0xf2, ...Buffer.from('a\r\n'),
    ]);
    const utf8 = Buffer.from('\ufeffE-pasts;Vārds, uzvārds\r\narija@example.lv;Ārija Ķēniņa\r\n');
    const fromAnsi = readPeopleRows(await readTableFile(ansi));
    expect(fromAnsi).toEqual(readPeopleRows(await readTableFile(utf8)));
    expect(fromAnsi.rows[0].fullName).toBe('Ārija Ķēniņa');
  });

  it('gives row errors for a missing or invalid email, a missing name, an unknown kind and a repeated email', () => {
    const { rows } = readPeopleRows(
      table(
        ['E-pasts', 'Vārds', 'Uzvārds', 'Veids'],
        ['arija@example.lv', 'Ārija', 'Ķēniņa', 'direktors'],
        ['', 'Gatis', 'Šņore', ''],
        ['Līga Ūdre <liga@example.lv>', 'Līga', 'Ūdre'],
        ['liga@', 'Līga', ''],
        ['ARIJA@example.lv', '', ''],
        ['a,b@example.lv', 'Ārija', 'Ķēniņa'],
      ),
    );
    expect(rows.map((row) => [row.line, row.errors])).toEqual([
      [2, [{ field: 'participantKind', message: '"direktors" is not a participant kind: write one of "VSAC darbinieks", "Sociālais mentors", "Speciālists", "Cits"' }]],
      [3, [{ field: 'email', message: 'The email is missing' }]],
      [4, [{ field: 'email', message: 'The email is not one plain address, e.g. anna.liepa@example.lv' }]],
      [5, [{ field: 'email', message: 'The email is not one plain address, e.g. anna.liepa@example.lv' }, { field: 'lastName', message: 'The last name is missing' }]],
      [
        6,
        [
          { field: 'email', message: 'The same email as row 2' },
          { field: 'firstName', message: 'The first name is missing' },
          { field: 'lastName', message: 'The last name is missing' },
        ],
      ],
      [7, [{ field: 'email', message: 'The email is not one plain address, e.g. anna.liepa@example.lv' }]],
    ]);
    expect(rows[0].participantKind).toBeUndefined();
    expect(rows[2].email).toBe('līga ūdre <liga@example.lv>');
    expect(rows[4].email).toBe('arija@example.lv');
    expect(rows[4]).not.toHaveProperty('fullName');
  });

  it('takes the full-name column first, and first and last names when it is empty', () => {
    const { rows } = readPeopleRows(
      table(['Email', 'Name', 'First name', 'Last name'], ['a@example.lv', 'Ārija Ķēniņa', 'X', 'Y'], ['b@example.lv', '', 'Gatis', 'Šņore'], ['c@example.lv', '', '', '']),
    );
    expect(rows.map((row) => [row.fullName, row.errors.map((e) => e.field)])).toEqual([
      ['Ārija Ķēniņa', []],
      ['Gatis Šņore', []],
      [undefined, ['firstName', 'lastName']],
    ]);
    const onlyFull = readPeopleRows(table(['Email', 'Name'], ['a@example.lv', ' ']));
    expect(onlyFull.rows[0].errors).toEqual([{ field: 'fullName', message: 'The name is missing' }]);
    const long = readPeopleRows(table(['Email', 'Name'], ['a@example.lv', 'Ā'.repeat(201)]));
    expect(long.rows[0].errors).toEqual([{ field: 'fullName', message: 'The name is longer than 200 characters' }]);
  });

  it('refuses a table without an email column or a way to tell the name, naming what it found and what it accepts', () => {
    const noEmail = unreadable(table(['Vārds, uzvārds', 'Tālrunis'], ['Ārija Ķēniņa', '20000000']));
    expect(noEmail.code).toBe('UNREADABLE_FILE');
    expect(noEmail.message).toMatch(/^The file has no column for the email \(accepted names: "E-pasts", "E-pasta adrese", "E-mail", /);
    expect(noEmail.message).toMatch(/Columns found: "Vārds, uzvārds", "Tālrunis"$/);
    const onlyFirst = unreadable(table(['E-pasts', 'Vārds'], ['a@example.lv', 'Ārija']));
    expect(onlyFirst.message).toMatch(/no column for the name \(accepted: one column named "Vārds, uzvārds", .* or both a first-name column named "Vārds", .* and a last-name column named "Uzvārds"/);
    expect(onlyFirst.message).toMatch(/Columns found: "E-pasts", "Vārds"$/);
    expect(unreadable(table(['x'])).message).toMatch(/no column for the email .* and the name/);
  });

  it('refuses two columns meaning the same', () => {
    expect(unreadable(table(['E-pasts', 'Vārds, uzvārds', 'Email'])).message).toBe('Two columns, "E-pasts" (column 1) and "Email" (column 3), both mean email: keep one of them');
  });
});
