import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { readTableFile } from './table-file';
import { UnreadableFileError } from './table-file-error';

async function bytesOf(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function peopleWorkbook(): Promise<Workbook> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Dalībnieki');
  sheet.addRow(['E-pasts', 'Vārds, uzvārds', 'Stundas', 'Dzimis', 'Divreiz', 'Piezīme', 'Patiesi']);
  sheet.addRow([
    'arija@example.lv',
    { richText: [{ text: 'Ārija ' }, { text: 'Ķēniņa', font: { bold: true } }] },
    8,
    new Date(Date.UTC(1990, 2, 30)),
    { formula: 'C2*2', result: 16 },
    "=cmd|' /C calc'!A0",
    true,
  ]);
  sheet.getCell('D2').numFmt = 'dd.mm.yyyy';
  sheet.addRow([]);
  sheet.addRow([{ text: 'gatis@example.lv', hyperlink: 'mailto:gatis@example.lv' }, 'Gatis Šņore', 7.5, null, { formula: 'C4*2', result: 15 }, '+371 2000 0000']);
  sheet.addRow(['liga@example.lv', 'Līga Ūdre', 0, null, { formula: 'NA()', result: { error: '#N/A' } }, '@Līga']);
  sheet.addRow(['', '', '']);
  sheet.addRow(['juris@example.lv', 'Juris Bērziņš', null, null, null, '-5']);
  workbook.addWorksheet('Cits').addRow(['not', 'this', 'sheet']);
  return workbook;
}

async function unreadable(bytes: Buffer, type?: string, name?: string): Promise<string> {
  const error: unknown = await readTableFile(bytes, type, name).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  expect((error as UnreadableFileError).code).toBe('UNREADABLE_FILE');
  return (error as UnreadableFileError).message;
}

describe('readTableFile: Excel workbooks', () => {
  it('reads the first worksheet as text: numbers, dates, rich text, cached formula results, hyperlinks', async () => {
    const table = await readTableFile(await bytesOf(await peopleWorkbook()), 'application/octet-stream', 'saraksts.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.encoding).toBeUndefined();
    expect(table.delimiter).toBeUndefined();
    expect(table.header).toEqual(['E-pasts', 'Vārds, uzvārds', 'Stundas', 'Dzimis', 'Divreiz', 'Piezīme', 'Patiesi']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['arija@example.lv', 'Ārija Ķēniņa', '8', '30.03.1990', '16', "=cmd|' /C calc'!A0", 'TRUE'] },
      { line: 4, cells: ['gatis@example.lv', 'Gatis Šņore', '7.5', '', '15', '+371 2000 0000'] },
      { line: 5, cells: ['liga@example.lv', 'Līga Ūdre', '0', '', '#N/A', '@Līga'] },
      { line: 7, cells: ['juris@example.lv', 'Juris Bērziņš', '', '', '', '-5'] },
    ]);
  });

  it('knows a workbook by its bytes whatever its name, and skips a hidden first sheet', async () => {
    const workbook = new Workbook();
    const hidden = workbook.addWorksheet('Slēpta', { state: 'hidden' });
    hidden.addRow(['nav', 'šī']);
    const shown = workbook.addWorksheet('Saraksts');
    shown.addRow([]);
    shown.addRow(['Email', 'Full name']);
    shown.addRow(['liga@example.lv', 'Līga Ūdre']);
    const table = await readTableFile(await bytesOf(workbook), 'text/csv', 'saraksts.csv');
    expect(table).toEqual({ format: 'xlsx', header: ['Email', 'Full name'], rows: [{ line: 3, cells: ['liga@example.lv', 'Līga Ūdre'] }] });
  });

  it('shows a merged cell once, as Excel does', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['E-pasts', 'Vārds', 'Iestāde', '']);
    sheet.addRow(['arija@example.lv', 'Ārija Ķēniņa', 'Rīgas Ūdens', '']);
    sheet.mergeCells('C2:D2');
    const table = await readTableFile(await bytesOf(workbook));
    expect(table.rows).toEqual([{ line: 2, cells: ['arija@example.lv', 'Ārija Ķēniņa', 'Rīgas Ūdens'] }]);
  });

  it('refuses a ZIP archive that is not a workbook, a broken one, and one without a sheet', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'not a workbook');
    expect(await unreadable(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))).toMatch(/no worksheet|not an Excel workbook/);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0x41)]);
    expect(await unreadable(broken, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'a.xlsx')).toMatch(/not an Excel workbook/);
    const truncated = (await bytesOf(await peopleWorkbook())).subarray(0, 3000);
    expect(await unreadable(truncated)).toMatch(/not an Excel workbook/);
  });

  it('refuses a workbook that unpacks to far more than a list of people, without unpacking all of it', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(40 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await unreadable(bomb)).toMatch(/unpacks to more than 32 MiB/);
  });

  it('refuses control characters in a cell', async () => {
    // exceljs drops C0 controls when it writes (XML cannot hold them); a C1 control it keeps.
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.addRow(['E-pasts', 'Vārds']);
    sheet.addRow(['arija@example.lv', 'Ārija\u0090']);
    expect(await unreadable(await bytesOf(workbook))).toMatch(/control character \(U\+0090\) in row 2, column 2/);
  });
});
