import type { DataSource, EntityManager } from 'typeorm';
import { BusyError } from '../errors/domain-error';
import { inTransaction } from './transactions';

/** A data source whose transactions fail with the given errors, in turn, and then succeed. */
function failingThen(...failures: unknown[]): { dataSource: DataSource; calls: () => number } {
  let calls = 0;
  const transaction = async (...args: unknown[]) => {
    calls++;
    const failure = failures.shift();
    if (failure) throw failure;
    const work = args[args.length - 1] as (manager: EntityManager) => Promise<unknown>;
    return work({} as EntityManager);
  };
  return { dataSource: { transaction } as unknown as DataSource, calls: () => calls };
}

const sqlError = (code: string) => Object.assign(new Error(`sqlstate ${code}`), { driverError: { code } });

describe('inTransaction', () => {
  it('runs the work again after a serialization failure or a deadlock', async () => {
    const { dataSource, calls } = failingThen(sqlError('40001'), sqlError('40P01'));
    await expect(inTransaction(dataSource, async () => 'done')).resolves.toBe('done');
    expect(calls()).toBe(3);
  });

  it('gives up with BUSY when the collisions go on', async () => {
    const { dataSource, calls } = failingThen(...Array.from({ length: 10 }, () => sqlError('40P01')));
    await expect(inTransaction(dataSource, async () => 'done', { attempts: 3 })).rejects.toBeInstanceOf(BusyError);
    expect(calls()).toBe(3);
  });

  it('passes any other error on at once', async () => {
    const unique = sqlError('23505');
    const { dataSource, calls } = failingThen(unique);
    await expect(inTransaction(dataSource, async () => 'done')).rejects.toBe(unique);
    expect(calls()).toBe(1);
  });
});
