import type { Environment } from './environment';

/** Demo people go only into the product's own (embedded) database, unless DEMO_DATA says otherwise. */
export function wantsDemoData(env: Pick<Environment, 'DEMO_DATA' | 'DATABASE_URL'>): boolean {
  return env.DEMO_DATA ? env.DEMO_DATA === 'true' : !env.DATABASE_URL;
}
