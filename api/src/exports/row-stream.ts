import type { DataSource } from 'typeorm';
import QueryStream from 'pg-query-stream';
import type { PoolClient } from 'pg';

/**
 * The rows of a statement, read through a cursor a batch at a time, on a connection of its own
 * that goes back to the pool when the rows are read (or the reader stops).
 */
export async function* streamRows<T>(dataSource: DataSource, sql: string, params: unknown[], batchSize = 1000): AsyncGenerator<T> {
  const driver = dataSource.driver as unknown as { obtainMasterConnection(): Promise<[PoolClient, (error?: unknown) => void]> };
  const [client, release] = await driver.obtainMasterConnection();
  const stream = client.query(new QueryStream(sql, params, { batchSize }));
  let failure: unknown;
  try {
    for await (const row of stream) yield row as T;
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    stream.destroy();
    release(failure);
  }
}
