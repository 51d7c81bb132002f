// A module resolution hook for the baseline server, so that it can load the product's own SQL and
// row mappers from api/src (Node strips their types): extensionless relative imports get `.ts`
// (or `/index.ts`), and `@di/contracts` is the contracts library's source.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const CONTRACTS = pathToFileURL(join(import.meta.dirname, '..', '..', 'libs', 'contracts', 'src', 'index.ts')).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@di/contracts') return nextResolve(CONTRACTS, context);
  if ((specifier.startsWith('./') || specifier.startsWith('../')) && context.parentURL?.endsWith('.ts') && !/\.[cm]?[jt]s$/.test(specifier)) {
    const base = fileURLToPath(new URL(specifier, context.parentURL));
    for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
      if (existsSync(candidate)) return nextResolve(pathToFileURL(candidate).href, context);
    }
  }
  return nextResolve(specifier, context);
}
