import { positional, type ScopeCondition } from '../../access/scope-condition';

/** The `$n` parameters of a statement being put together, in order. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The access policy's condition, its parameters numbered after those so far. */
  condition(condition: ScopeCondition): string {
    const { sql, values } = positional(condition, this.values.length + 1);
    this.values.push(...values);
    return sql;
  }
}
