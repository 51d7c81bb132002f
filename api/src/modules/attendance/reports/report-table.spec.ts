import { UnreadableFileError } from '../../enrolments/import/table-file-error';
import { columnNamed, reportRecords, requireDataLineLimit, requireShortCells } from './report-table';

describe('report tables', () => {
  it('splits lines, drops the empty cells at their ends and the empty lines, keeping the line numbers', () => {
    expect(reportRecords('1. Summary\t\t\t\r\n\t\t\r\nName\tEmail\t\r\n"Bērziņa, Līga"\tliga.berzina@kalkuni.invalid\t\t\r\n', '\t')).toEqual([
      { line: 1, cells: ['1. Summary'] },
      { line: 3, cells: ['Name', 'Email'] },
      { line: 4, cells: ['Bērziņa, Līga', 'liga.berzina@kalkuni.invalid'] },
    ]);
  });

  it('has no records for a text that cannot be split (a quote never closed)', () => {
    expect(reportRecords('Name\tEmail\n"Bērziņa, Līga\tliga.berzina@kalkuni.invalid\n', '\t')).toBeUndefined();
  });

  it('finds a column by name case-insensitively, from a position on', () => {
    const header = ['Meeting ID', 'User Email', 'Name (Original Name)', 'USER  EMAIL'];
    expect(columnNamed(header, ['user email'])).toBe(1);
    expect(columnNamed(header, ['user email'], 2)).toBe(3);
    expect(columnNamed(header, ['guest'])).toBeUndefined();
  });

  it('refuses cells over 500 characters and over 20,000 data lines', () => {
    expect(() => requireShortCells([{ line: 1, cells: ['a'.repeat(500)] }])).not.toThrow();
    expect(() => requireShortCells([{ line: 9, cells: ['a', 'a'.repeat(501)] }])).toThrow(new UnreadableFileError('The value in column 2 on line 9 is longer than 500 characters: this is not a meeting attendance report'));
    expect(() => requireDataLineLimit(20_000)).not.toThrow();
    expect(() => requireDataLineLimit(20_001)).toThrow(UnreadableFileError);
  });
});
