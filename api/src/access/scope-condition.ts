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
