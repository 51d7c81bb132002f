import { readTableFile, type TableFile } from './table-file';
import { UnreadableFileError } from './table-file-error';

/** Windows-1257 bytes of the Latvian letters, from the code page's table (not from the decoder under test). */
const CP1257: Record<string, number> = {
  Ā: 0xc2, ā: 0xe2, Č: 0xc8, č: 0xe8, Ē: 0xc7, ē: 0xe7, Ģ: 0xcc, ģ: 0xec, Ī: 0xce, ī: 0xee, Ķ: 0xcd, ķ: 0xed,
  Ļ: 0xcf, ļ: 0xef, Ņ: 0xd2, ņ: 0xf2, Š: 0xd0, š: 0xf0, Ū: 0xdb, ū: 0xfb, Ž: 0xde, ž: 0xfe,
};

function cp1257(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = CP1257[c];
      if (byte === undefined) throw new Error(`No Windows-1257 byte in the test table for ${c}`);
      return byte;
    }),
  );
}

const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();

const LATVIAN = 'E-pasts;Vārds;Uzvārds;Iestāde\r\narija@example.lv;Ārija;Ķēniņa;Rīgas Ūdens\r\ngatis@example.lv;Gatis;Šņore;Žīguru Čiekurs\r\nliga@example.lv;Līga;Ūdre;Ogres Ģimnāzija\r\n';

async function unreadable(bytes: Buffer, declaredType?: string, fileName?: string): Promise<UnreadableFileError> {
  const error = await readTableFile(bytes, declaredType, fileName).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  const unreadableError = error as UnreadableFileError;
  expect(unreadableError.status).toBe(400);
  expect(unreadableError.code).toBe('UNREADABLE_FILE');
  return unreadableError;
}

/** Bytes that look like nothing: a fixed pseudo-random sequence, so that the test is the same every run. */
function noise(length: number, seed: number, lowest = 0): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = lowest + ((state >>> 16) % (256 - lowest));
  }
  return bytes;
}

describe('readTableFile: encodings', () => {
  it('reads a Windows-1257 file and a UTF-8-BOM file with the same Latvian letters to the same table', async () => {
    const ansi = await readTableFile(cp1257(LATVIAN), 'text/csv', 'saraksts.csv');
    const bom = await readTableFile(utf8Bom(LATVIAN), 'text/csv', 'saraksts.csv');
    expect(ansi.encoding).toBe('windows-1257');
    expect(bom.encoding).toBe('utf-8-bom');
    expect(ansi.format).toBe('csv');
    expect(ansi.delimiter).toBe(';');
    const table = { header: ansi.header, rows: ansi.rows };
    expect(table).toEqual({ header: bom.header, rows: bom.rows });
    expect(ansi.header).toEqual(['E-pasts', 'Vārds', 'Uzvārds', 'Iestāde']);
    expect(ansi.rows).toEqual([
      { line: 2, cells: ['arija@example.lv', 'Ārija', 'Ķēniņa', 'Rīgas Ūdens'] },
      { line: 3, cells: ['gatis@example.lv', 'Gatis', 'Šņore', 'Žīguru Čiekurs'] },
      { line: 4, cells: ['liga@example.lv', 'Līga', 'Ūdre', 'Ogres Ģimnāzija'] },
    ]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const table = await readTableFile(Buffer.from(LATVIAN, 'utf8'));
    expect(table.encoding).toBe('utf-8');
    expect(table.rows[0].cells[2]).toBe('Ķēniņa');
  });

  it('reads Excel "Unicode text": UTF-16LE with a BOM, tab separated', async () => {
    const text = '\ufeffE-pasts\tVārds, uzvārds\tIestāde\r\narija@example.lv\tĀrija Ķēniņa\t"Rīga; centrs"\r\n';
    const table = await readTableFile(utf16le(text), 'text/plain', 'saraksts.txt');
    expect(table).toEqual({
      format: 'csv',
      encoding: 'utf-16le',
      delimiter: '\t',
      header: ['E-pasts', 'Vārds, uzvārds', 'Iestāde'],
      rows: [{ line: 2, cells: ['arija@example.lv', 'Ārija Ķēniņa', 'Rīga; centrs'] }],
    });
  });

  it('reads UTF-16BE with a BOM', async () => {
    const table = await readTableFile(utf16be('\ufeffE-pasts\tVārds\nliga@example.lv\tLīga Ūdre\n'));
    expect(table.encoding).toBe('utf-16be');
    expect(table.rows).toEqual([{ line: 2, cells: ['liga@example.lv', 'Līga Ūdre'] }]);
  });

  it('tells UTF-16 without a BOM by its NULs', async () => {
    const le = await readTableFile(utf16le('E-pasts\tVārds\ngatis@example.lv\tGatis Šņore\n'));
    expect(le.encoding).toBe('utf-16le');
    expect(le.rows[0].cells).toEqual(['gatis@example.lv', 'Gatis Šņore']);
    const be = await readTableFile(utf16be('E-pasts\tVārds\ngatis@example.lv\tGatis Šņore\n'));
    expect(be.encoding).toBe('utf-16be');
    expect(be.header).toEqual(['E-pasts', 'Vārds']);
  });

  it('refuses bytes that Windows-1257 leaves undefined, rather than guessing', async () => {
    // 0xA1 and 0xA5 are undefined in the code page; 0x81 is too (WHATWG maps it to a C1 control).
    for (const byte of [0xa1, 0xa5, 0x81, 0x98]) {
      const bytes = Buffer.concat([cp1257('E-pasts;Vārds\r\na@example.lv;Ā'), Buffer.from([byte]), cp1257('rija\r\n')]);
      expect((await unreadable(bytes)).message).toMatch(/Windows-1257|control character/);
    }
  });

  it('refuses text with control characters, and text already damaged (U+FFFD)', async () => {
    expect((await unreadable(Buffer.from('E-pasts;Vārds\na@example.lv;Ārija\u0007\n'))).message).toMatch(/control character \(U\+0007\) on line 2/);
    expect((await unreadable(Buffer.from('E-pasts;Vārds\na@example.lv;\ufffdrija\n'))).message).toMatch(/replacement character/);
    expect((await unreadable(utf16le('\ufeffE-pasts\tV\u0000rds\n'))).message).toMatch(/control character/);
  });

  it('refuses UTF-16 that is broken, and binary that is not a workbook', async () => {
    expect((await unreadable(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('E-pasts'), Buffer.from([0x00, 0xd8])]))).message).toMatch(/not valid UTF-16LE/);
    expect((await unreadable(noise(4096, 7))).message).toMatch(/not a text table|neither UTF-8 nor|control character/);
    expect((await unreadable(noise(4096, 11, 1))).message).toMatch(/not a text table|neither UTF-8 nor|control character/);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(500, 3)]);
    await unreadable(png, 'image/png', 'photo.png');
  });
});

describe('readTableFile: CSV structure', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes, keeping true line numbers', async () => {
    const text = [
      'E-pasts;Vārds, uzvārds;Piezīme',
      'arija@example.lv;"Ķēniņa; Ārija";"Saka ""labdien"""',
      'gatis@example.lv;Gatis Šņore;"pirmā rinda',
      'otrā rinda"',
      'liga@example.lv;Līga Ūdre;Ā "Ī" Ū',
      '',
    ].join('\r\n');
    const table = await readTableFile(Buffer.from(text));
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['E-pasts', 'Vārds, uzvārds', 'Piezīme']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['arija@example.lv', 'Ķēniņa; Ārija', 'Saka "labdien"'] },
      { line: 3, cells: ['gatis@example.lv', 'Gatis Šņore', 'pirmā rinda\notrā rinda'] },
      { line: 5, cells: ['liga@example.lv', 'Līga Ūdre', 'Ā "Ī" Ū'] },
    ]);
  });

  it('skips empty lines and rows of only separators, and drops the empty columns Excel adds', async () => {
    const text = '\r\n;;;\r\nE-pasts;Vārds;;;\r\n\r\narija@example.lv;Ārija;;;\r\n ; ;\r\n\ngatis@example.lv;;Šņore;\r\n;;;\r\n';
    const table = await readTableFile(cp1257(text));
    expect(table.header).toEqual(['E-pasts', 'Vārds']);
    expect(table.rows).toEqual([
      { line: 5, cells: ['arija@example.lv', 'Ārija'] },
      { line: 8, cells: ['gatis@example.lv', '', 'Šņore'] },
    ]);
  });

  it('takes the separator from the header line, outside quotes', async () => {
    expect((await readTableFile(Buffer.from('Email,Full name\nliga@example.lv,Līga Ūdre\n'))).delimiter).toBe(',');
    expect((await readTableFile(Buffer.from('Vārds, uzvārds;E-pasts\nLīga Ūdre;liga@example.lv\n'))).delimiter).toBe(';');
    expect((await readTableFile(Buffer.from('"Vārds; uzvārds","E-pasts","Iestāde"\n"Ūdre; Līga","liga@example.lv","Ogre"\n'))).rows[0].cells).toEqual([
      'Ūdre; Līga',
      'liga@example.lv',
      'Ogre',
    ]);
    expect((await readTableFile(Buffer.from('E-pasts\tVārds\na@example.lv\tĀrija, Ķēniņa\n'))).rows[0].cells).toEqual(['a@example.lv', 'Ārija, Ķēniņa']);
    expect((await readTableFile(Buffer.from('\n\n;;\nE-pasts,Vārds\n'))).delimiter).toBe(',');
  });

  it('reads a lone CR or LF as a line end, and keeps a header without rows', async () => {
    const table: TableFile = await readTableFile(Buffer.from('E-pasts;Vārds\ra@example.lv;Ārija\nb@example.lv;Gatis'));
    expect(table.rows).toEqual([
      { line: 2, cells: ['a@example.lv', 'Ārija'] },
      { line: 3, cells: ['b@example.lv', 'Gatis'] },
    ]);
    expect((await readTableFile(Buffer.from('E-pasts;Vārds\r\n'))).rows).toEqual([]);
  });

  it('refuses an empty file, a file without a header, and a quote never closed', async () => {
    expect((await unreadable(Buffer.alloc(0))).message).toBe('The file is empty');
    expect((await unreadable(Buffer.from('\r\n\r\n;;;\r\n'))).message).toMatch(/no header/);
    expect((await unreadable(Buffer.from([0xef, 0xbb, 0xbf]))).message).toMatch(/no header/);
    expect((await unreadable(Buffer.from('E-pasts;Vārds\na@example.lv;"Ārija\n'))).message).toMatch(/cannot be read as CSV/);
  });

  it('takes 20,000 rows of people, refuses more, and refuses a value over 1,000 characters', async () => {
    const rows = (count: number) => Buffer.from(['E-pasts;Vārds', ...Array.from({ length: count }, (_, i) => `p${i}@example.lv;P ${i}`)].join('\n'));
    expect((await readTableFile(rows(20_000))).rows).toHaveLength(20_000);
    expect((await unreadable(rows(20_001))).message).toMatch(/more than 20,000 rows/);
    expect((await readTableFile(Buffer.from(`E-pasts;Vārds\na@example.lv;${'ā'.repeat(1000)}\n`))).rows[0].cells[1]).toHaveLength(1000);
    expect((await unreadable(Buffer.from(`E-pasts;Vārds\na@example.lv;${'ā'.repeat(1001)}\n`))).message).toMatch(/column 2 on line 2 is longer than 1,000 characters/);
  });

  it('refuses an old .xls workbook, and text said to be .xlsx', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await unreadable(xls, 'application/vnd.ms-excel', 'saraksts.xls')).message).toMatch(/\.xls/);
    expect((await unreadable(Buffer.from('E-pasts;Vārds\n'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).message).toMatch(/said to be an Excel workbook/);
    await unreadable(Buffer.from('E-pasts;Vārds\n'), 'application/octet-stream', 'Saraksts.XLSX');
    // A CSV that Windows labels "application/vnd.ms-excel" is still read as CSV.
    expect((await readTableFile(Buffer.from('E-pasts;Vārds\n'), 'application/vnd.ms-excel', 'saraksts.csv')).format).toBe('csv');
  });
});
