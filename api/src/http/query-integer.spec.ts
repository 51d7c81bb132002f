import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_PAGE, PageQueryDto } from './page-query.dto';
import { QueryInteger } from './query-integer';

function check(query: Record<string, unknown>): { value: PageQueryDto; fields: string[] } {
  const value = plainToInstance(PageQueryDto, query);
  return { value, fields: validateSync(value).map((error) => error.property) };
}

describe('page and pageSize', () => {
  it('read plain digits as numbers within their bounds', () => {
    expect(check({})).toMatchObject({ value: { page: 1, pageSize: 50 }, fields: [] });
    expect(check({ page: '3', pageSize: '200' })).toMatchObject({ value: { page: 3, pageSize: 200 }, fields: [] });
    expect(check({ page: String(MAX_PAGE) }).fields).toEqual([]);
    expect(check({ page: '2' }).value.offset).toBe(50);
  });

  it.each(['0', '-1', '1.5', '', ' 1', '1e3', '0x10', 'NaN', 'Infinity', '99999999999999999999', '1e309', String(MAX_PAGE + 1)])(
    'refuse page=%j',
    (page) => {
      expect(check({ page }).fields).toEqual(['page']);
    },
  );

  it('refuse a parameter given twice or as an object', () => {
    expect(check({ page: ['1', '2'] }).fields).toEqual(['page']);
    expect(check({ pageSize: { a: '1' } }).fields).toEqual(['pageSize']);
  });

  it('have bounds that are safe integers', () => {
    expect(() => QueryInteger(1, Number.MAX_SAFE_INTEGER + 1)).toThrow(/safe integers/);
    expect(() => QueryInteger(2, 1)).toThrow();
  });
});
