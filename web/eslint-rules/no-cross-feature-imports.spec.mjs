/**
 * @jest-environment node
 */
import { RuleTester } from 'eslint';
import { noCrossFeatureImports } from './no-cross-feature-imports.mjs';

const app = '/repo/web/src/app';
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('no-cross-feature-imports', noCrossFeatureImports, {
  valid: [
    { filename: `${app}/features/users/users-page.ts`, code: "import { f } from './user-filter';" },
    { filename: `${app}/features/users/edit/page.ts`, code: "import { f } from '../user-filter';" },
    { filename: `${app}/features/users/users-page.ts`, code: "import { x } from '../../shared/people/grant-label';" },
    { filename: `${app}/features/users/users-page.ts`, code: "import { x } from '../../core/reference/reference-data';" },
    { filename: `${app}/features/users/users-page.ts`, code: "import { API_PATHS } from '@di/contracts';" },
    { filename: `${app}/app.routes.ts`, code: "const load = () => import('./features/users/users.routes');" },
  ],
  invalid: [
    {
      filename: `${app}/features/users/users-page.ts`,
      code: "import { OrganisationsApi } from '../organisations/organisations-api';",
      errors: [{ messageId: 'crossFeature', data: { from: 'users', to: 'organisations', source: '../organisations/organisations-api' } }],
    },
    {
      filename: `${app}/features/users/edit/page.ts`,
      code: "export * from '../../profile/profile.routes';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: `${app}/features/profile/profile-page.ts`,
      code: "export { userReferenceData } from '../users/user-reference-data';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: `${app}/features/users/users.routes.ts`,
      code: "const load = () => import('../auth/sign-in-page');",
      errors: [{ messageId: 'crossFeature' }],
    },
  ],
});
