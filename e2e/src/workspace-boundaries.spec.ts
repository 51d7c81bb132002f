import { expect, test } from '@playwright/test';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { ROOT } from './support/built-server';

/** The module boundaries of the architecture are enforced by the lint, not by goodwill. */
test.describe('module boundaries', () => {
  const lint = async (file: string, source: string) => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
    return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
  };

  test('the web app may not import the API', async () => {
    const messages = await lint('web/src/app/boundary-probe.ts', "import { createApp } from '../../../api/src/app/create-app';\nexport const x = createApp;\n");
    expect(messages).not.toHaveLength(0);
  });

  test('the shared contracts may not import the API', async () => {
    const messages = await lint('libs/contracts/src/lib/boundary-probe.ts', "import { createApp } from '../../../../api/src/app/create-app';\nexport const x = createApp;\n");
    expect(messages).not.toHaveLength(0);
  });

  test('both sides may import the shared contracts', async () => {
    expect(await lint('api/src/boundary-probe.ts', "import { LOCALES } from '@di/contracts';\nexport const x = LOCALES;\n")).toHaveLength(0);
  });
});
