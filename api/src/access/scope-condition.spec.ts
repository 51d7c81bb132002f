import { positional } from './scope-condition';

describe('positional', () => {
  it('numbers each named parameter once, after the statement’s own, and leaves casts and unknown names alone', () => {
    const condition = { sql: `(e.user_id = :e_ownerId OR e.run_id = ANY(:e_runs)) AND e.user_id <> :e_ownerId AND e.note::text = ':e_missing'`, params: { e_ownerId: 'u-1', e_runs: ['r-1', 'r-2'] } };
    expect(positional(condition, 2)).toEqual({
      sql: `(e.user_id = $2 OR e.run_id = ANY($3)) AND e.user_id <> $2 AND e.note::text = ':e_missing'`,
      values: ['u-1', ['r-1', 'r-2']],
    });
  });
});
