/** A SQL condition with its named parameters, for a query builder's `where`/`andWhere`. */
export interface ScopeCondition {
  sql: string;
  params: Record<string, unknown>;
}

export const EVERYTHING: ScopeCondition = { sql: 'TRUE', params: {} };
export const NOTHING: ScopeCondition = { sql: 'FALSE', params: {} };

export function anyOf(conditions: ScopeCondition[]): ScopeCondition {
  if (conditions.length === 0) return NOTHING;
  if (conditions.some((condition) => condition.sql === 'TRUE')) return EVERYTHING;
  return {
    sql: conditions.length === 1 ? conditions[0].sql : `(${conditions.map((c) => c.sql).join(' OR ')})`,
    params: Object.assign({}, ...conditions.map((c) => c.params)),
  };
}

/**
 * The condition for a plain parameterised statement: its `:name` parameters become `$n`, numbered
 * after the statement's own `firstIndex - 1` parameters (a query builder costs more CPU than the
 * query on a hot read). Array parameters stay one parameter (use `= ANY(...)`).
 */
export function positional(condition: ScopeCondition, firstIndex: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  const sql = condition.sql.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (match, name: string) => {
    if (!(name in condition.params)) return match;
    let index = numbers.get(name);
    if (index === undefined) {
      values.push(condition.params[name]);
      index = firstIndex + values.length - 1;
      numbers.set(name, index);
    }
    return `$${index}`;
  });
  return { sql, values };
}
