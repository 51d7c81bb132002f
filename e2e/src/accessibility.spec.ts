import { WEB_ROUTES, holdsPermission, type Course, type CourseRun, type CourseSummary, type LoginResponse, type Organisation, type Page as ApiPage, type TrainingSession, type User, type WebRouteName } from '@di/contracts';
import type { APIRequestContext, Page } from '@playwright/test';
import { apiGet, expect, signInViaUi, test, type AccountName } from './support/auth';
import { expectNoAxeViolations } from './support/axe';
import { completedCertificate } from './support/programme';

type Locale = 'lv' | 'en';

interface Visit {
  page: Page;
  request: APIRequestContext;
  session: LoginResponse | null;
  locale: Locale;
}

interface PageCase {
  name: string;
  /** Under the locale's base (`/lv/`); a function for paths with parameters. */
  url: string | ((visit: Visit) => Promise<string>);
  /** Who looks, when not the default: someone who may open the page (see `defaultAccount`). */
  account?: AccountName | null;
  /** Something to do first, e.g. submit a form to show its errors. */
  prepare?: (visit: Visit) => Promise<void>;
}

/**
 * Every page of the web app (`WEB_ROUTES`, from which its router is built) with the states worth
 * checking. A page without a case here does not compile.
 */
const CASES: { [route in WebRouteName]: [PageCase, ...PageCase[]] } = {
  signIn: [
    { name: 'empty', url: 'sign-in' },
    {
      name: 'with a wrong password',
      url: 'sign-in',
      prepare: async ({ page }) => {
        const main = page.getByRole('main');
        await main.locator('input[type="email"]').fill('pasniedzejs@demo.invalid');
        await main.locator('input[autocomplete="current-password"]').fill('wrong-password');
        await main.locator('button[type="submit"]').click();
        await expect(page.getByRole('alert')).toBeVisible();
      },
    },
    {
      name: 'with empty fields',
      url: 'sign-in',
      prepare: async ({ page }) => {
        await page.getByRole('main').locator('button[type="submit"]').click();
        await expect(page.locator('mat-error').first()).toBeVisible();
      },
    },
  ],
  setPassword: [
    { name: 'from a link', url: 'set-password#token=a-token-from-an-invitation' },
    { name: 'without a token', url: 'set-password' },
  ],
  forgotPassword: [
    { name: 'empty', url: 'forgot-password' },
    {
      name: 'confirmation',
      url: 'forgot-password',
      prepare: async ({ page }) => {
        await page.getByRole('main').locator('input[type="email"]').fill('someone@example.invalid');
        await page.getByRole('main').locator('button[type="submit"]').click();
        await expect(page.locator('.mail-notice')).toBeVisible();
      },
    },
  ],
  organisations: [
    { name: 'all', url: 'organisations' },
    { name: 'filtered to branches', url: 'organisations?type=vsac_branch&q=ka' },
    { name: 'with nothing found', url: 'organisations?q=nav-tadas-iestades' },
  ],
  users: [
    { name: 'list', url: 'users' },
    { name: 'list with nothing found', url: 'users?q=nav-tada-cilveka' },
    {
      name: 'no access for a participant',
      url: 'users',
      account: 'participant',
      prepare: async ({ page, locale }) => {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'lv' ? 'Nav piekļuves' : 'No access');
      },
    },
  ],
  userInvite: [
    { name: 'empty', url: 'users/new' },
    {
      name: 'with the error summary',
      url: 'users/new',
      prepare: async ({ page, locale }) => {
        await page.getByRole('button', { name: locale === 'lv' ? 'Nosūtīt uzaicinājumu' : 'Send invitation' }).click();
        await expect(page.locator('.error-summary')).toBeFocused();
      },
    },
  ],
  user: [
    {
      name: 'of an invited person',
      url: async ({ request, session }) => {
        const found = await apiGet<ApiPage<User>>(request, signedIn(session), '/api/users?q=janis.demo');
        return `users/${found.items[0].id}`;
      },
      prepare: async ({ page }) => {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Jānis Ozols');
        await expect(page.locator('#user-organisation option:checked')).not.toHaveText(/Izvēlieties|Choose/);
      },
    },
    {
      name: 'after a save that someone else overtook',
      // A person of this test's own, so the change behind the page's back disturbs no other test.
      url: async ({ request, session }) => `users/${(await createPerson(request, signedIn(session))).id}`,
      prepare: async ({ page, request, session, locale }) => {
        const id = page.url().split('/').pop() ?? '';
        const person = await apiGet<User>(request, signedIn(session), `/api/users/${id}`);
        // The page must hold this version before the change behind its back, or it would load the new one.
        await expect(page.getByLabel(locale === 'lv' ? 'Vārds, uzvārds' : 'Full name')).toHaveValue(person.fullName);
        await apiSend(request, signedIn(session), 'PATCH', `/api/users/${id}`, { fullName: `${person.fullName} (citur)`, version: person.version });
        await page.getByLabel(locale === 'lv' ? 'Vārds, uzvārds' : 'Full name').fill(`${person.fullName} (lapā)`);
        await page.getByRole('button', { name: locale === 'lv' ? 'Saglabāt izmaiņas' : 'Save changes' }).click();
        await expect(page.getByRole('button', { name: locale === 'lv' ? 'Ielādēt jaunākos datus' : 'Load the latest data' })).toBeVisible();
      },
    },
  ],
  profile: [{ name: 'own', url: 'profile' }],
  demoMailbox: [
    {
      name: 'with messages',
      // An invitation of the test's own, so the mailbox has at least one message with a link.
      url: async ({ request, session }) => {
        const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
        const [organisation] = (await apiGet<ApiPage<Organisation>>(request, signedIn(session), '/api/organisations?pageSize=1')).items;
        await apiSend<User>(request, signedIn(session), 'POST', '/api/users', {
          email: `e2e.axe.mailbox.${tag}@demo.invalid`,
          fullName: 'E2E Pastkastīte',
          organisationId: organisation.id,
          participantKind: 'other',
          roles: [{ role: 'participant' }],
        });
        return 'demo-mailbox';
      },
      prepare: async ({ page }) => {
        await expect(page.locator('li.mail').first()).toBeVisible({ timeout: 20_000 });
      },
    },
  ],
  mySessions: [
    { name: 'agenda', url: 'my-sessions', account: 'participant' },
    {
      name: 'week with the feed address shown',
      url: 'my-sessions?view=week',
      account: 'participant',
      prepare: async ({ page, locale }) => {
        await page.getByRole('button', { name: locale === 'lv' ? 'Rādīt kalendāra adresi' : 'Show calendar address' }).click();
        await expect(page.locator('#feed-address')).toBeFocused();
      },
    },
  ],
  mySchedule: [
    { name: 'agenda of the demo trainer', url: 'my-schedule', account: 'trainer' },
    { name: 'week', url: 'my-schedule?view=week', account: 'trainer' },
  ],
  catalogue: [
    { name: 'all, as the admin (with the status filter)', url: 'courses' },
    { name: 'as a participant', url: 'courses', account: 'participant' },
    { name: 'with nothing found', url: 'courses?q=nav-tada-kursa', account: 'participant' },
  ],
  course: [
    {
      name: 'the demo VSAC course',
      url: async ({ request, session }) => `courses/${(await demoCourse(request, signedIn(session))).id}`,
      account: 'participant',
      prepare: async ({ page }) => {
        await expect(page.locator('ol.modules > li').first()).toBeVisible();
        await expect(page.locator('ul.runs, p.runs__empty').first()).toBeVisible();
      },
    },
  ],
  module: [
    {
      name: 'the first module of the demo VSAC course',
      url: async ({ request, session }) => {
        const course = await demoCourse(request, signedIn(session));
        return `modules/${[...course.modules].sort((a, b) => a.position - b.position)[0].id}`;
      },
      account: 'participant',
      prepare: async ({ page }) => {
        await expect(page.locator('.content')).not.toBeEmpty();
        await expect(page.locator('nav.module-nav a[rel="next"]')).toBeVisible();
      },
    },
  ],
  runNew: [
    { name: 'for the demo VSAC course, as a coordinator', url: async ({ request, session }) => `courses/${(await demoCourse(request, signedIn(session))).id}/runs/new`, account: 'coordinator' },
    {
      name: 'with errors after an empty submit',
      url: async ({ request, session }) => `courses/${(await demoCourse(request, signedIn(session))).id}/runs/new`,
      account: 'coordinator',
      prepare: async ({ page }) => {
        await page.getByRole('main').locator('button[type="submit"]').click();
        await expect(page.locator('mat-error').first()).toBeVisible();
      },
    },
  ],
  runEdit: [{ name: 'the demo VSAC run', url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}/edit` }],
  run: [
    { name: 'the demo VSAC run as a participant', url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}`, account: 'participant' },
    { name: 'the demo VSAC run as its trainer', url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}`, account: 'trainer' },
    {
      name: 'the demo VSAC run as its enrolled participant, with the withdraw dialog open (nothing sent)',
      url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}`,
      account: 'participant',
      prepare: async ({ page, locale }) => {
        await expect(page.locator('app-seats-panel dl')).toBeVisible();
        await page.locator('app-enrolment-panel').getByRole('button', { name: locale === 'lv' ? 'Atteikties' : 'Withdraw' }).click();
        await expect(page.locator('#enrolment-reason')).toBeFocused();
      },
    },
    { name: 'the demo VSAC run as a coordinator who does not manage it', url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}`, account: 'coordinator' },
  ],
  runEnrolments: [
    {
      name: 'of the demo VSAC run, with its lists, staff picker and reservations',
      url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}/enrolments`,
      prepare: async ({ page }) => {
        await expect(page.locator('app-staff-enrol-section tbody tr').first()).toBeVisible();
      },
    },
    {
      name: 'with a file checked and a reservation row added',
      url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}/enrolments`,
      prepare: async ({ page, locale }) => {
        await page.locator('#import-file').setInputFiles({
          name: 'darbinieki.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('e-pasts;vārds, uzvārds;organizācija\ne2e.axe.import@example.lv;Ārija Ēķe;Kalupe\n', 'utf8'),
        });
        await page.getByRole('button', { name: locale === 'lv' ? 'Pārbaudīt' : 'Check', exact: true }).click();
        await expect(page.locator('[data-testid="import-rows"], app-import-section [role="alert"] .notice').first()).toBeVisible();
        await page.getByRole('button', { name: locale === 'lv' ? 'Pievienot iestādi' : 'Add a facility' }).click();
        await expect(page.locator('#reservation-organisation-0')).toBeFocused();
      },
    },
  ],
  pendingRequests: [
    { name: 'as the admin', url: 'enrolment-requests' },
    { name: 'as the Latgale coordinator', url: 'enrolment-requests', account: 'coordinator' },
  ],
  myEnrolments: [{ name: 'of the demo participant', url: 'my-enrolments', account: 'participant' }],
  sessionCheckIn: [
    {
      name: 'opened from the QR code, with the code in the fragment',
      url: async ({ request, session }) => `sessions/${(await demoVsacSession(request, signedIn(session))).id}/check-in#code=123456`,
      account: 'participant',
      prepare: async ({ page }) => {
        await expect(page.locator('#check-in-code')).toHaveValue('123456');
      },
    },
    {
      name: 'with what to fix after an empty submit (nothing sent)',
      url: async ({ request, session }) => `sessions/${(await demoVsacSession(request, signedIn(session))).id}/check-in`,
      account: 'participant',
      prepare: async ({ page }) => {
        await page.getByRole('main').locator('form button[type="submit"]').click();
        await expect(page.locator('mat-error')).toBeVisible();
      },
    },
  ],
  certificateVerification: [
    {
      name: 'of an unknown code',
      url: 'certificates/ZZZZ-ZZZZ-ZZZZ',
      prepare: async ({ page }) => {
        await expect(page.locator('.verification__verdict--unknown')).toBeVisible();
      },
    },
    {
      name: 'of a valid certificate (a programme of its own, completed through the API)',
      url: async ({ request }) => `certificates/${await completedCertificate(request, Math.random().toString(36).slice(2, 8))}`,
      prepare: async ({ page }) => {
        await expect(page.locator('.verification__verdict--valid')).toBeVisible();
      },
    },
    {
      name: 'with a mistyped code to check',
      url: 'certificates/ZZZZ-ZZZZ-ZZZZ',
      account: 'participant',
      prepare: async ({ page }) => {
        await page.locator('#certificate-code').fill('nav-kods');
        await page.getByRole('main').locator('form button[type="submit"]').click();
        await expect(page.locator('mat-error')).toBeVisible();
      },
    },
  ],
  runSchedule: [
    { name: 'of the demo VSAC run', url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}/schedule`, account: 'trainer' },
    {
      name: 'with a weekly series in words and its dates',
      url: async ({ request, session }) => `runs/${(await demoVsacRun(request, signedIn(session))).id}/schedule`,
      account: 'trainer',
      prepare: async ({ page }) => {
        await page.locator('#session-date').fill('09.12.2026');
        await page.locator('mat-radio-button[value="weekly"] input').check();
        await expect(page.getByTestId('series-summary')).toContainText(/8/);
      },
    },
  ],
  sessionRegister: [
    {
      name: 'the first session of the demo VSAC run, as its trainer',
      url: async ({ request, session }) => `sessions/${(await demoVsacSessions(request, signedIn(session)))[0].id}/attendance`,
      account: 'trainer',
      prepare: async ({ page }) => {
        await expect(page.locator('li.person').first()).toBeVisible();
      },
    },
  ],
  sessionCheckInCode: [
    {
      name: 'a demo VSAC session not yet over, as its trainer (the code as it is, or none yet)',
      url: async ({ request, session }) => {
        const sessions = await demoVsacSessions(request, signedIn(session));
        const coming = sessions.find((item) => new Date(item.endsAt).getTime() > Date.now() && item.status === 'scheduled') ?? sessions[sessions.length - 1];
        return `sessions/${coming.id}/check-in-code`;
      },
      account: 'trainer',
      prepare: async ({ page }) => {
        await expect(page.locator('[data-testid="check-in-digits"], p.notice').first()).toBeVisible();
      },
    },
  ],
  reports: [
    {
      name: "Latgale's organisations, as its coordinator",
      url: 'reports?region=LPR',
      account: 'coordinator',
      prepare: async ({ page }) => {
        await expect(page.locator('#completion-table')).toBeVisible();
        await expect(page.locator('app-completion-chart svg')).toBeVisible();
      },
    },
    {
      name: 'the regions, as the admin',
      url: 'reports',
      prepare: async ({ page }) => {
        await expect(page.locator('#completion-table')).toBeVisible();
      },
    },
  ],
  reportPeople: [
    {
      name: "the people of Latgale's organisations, as its coordinator",
      url: 'reports/people?region=LPR',
      account: 'coordinator',
      prepare: async ({ page }) => {
        await expect(page.locator('table.report-table tbody tr').first()).toBeVisible();
      },
    },
  ],
  reportRuns: [
    {
      name: "the demo trainer's runs",
      url: 'reports/runs',
      account: 'trainer',
      prepare: async ({ page }) => {
        await expect(page.locator('table.report-table tbody tr').first()).toBeVisible();
      },
    },
  ],
  myEsfData: [
    {
      name: "the demo project's questions, as the demo participant",
      url: 'my-esf-data',
      account: 'participant',
      prepare: async ({ page }) => {
        await expect(page.locator('form.esf-entry fieldset').first()).toBeVisible();
      },
    },
  ],
  participantReport: [
    {
      name: "the demo project's participant report",
      url: async ({ request, session }) => {
        const projects = await apiGet<{ items: { id: string; collectsParticipantData: boolean }[] }>(request, signedIn(session), '/api/projects?pageSize=200');
        return `projects/${projects.items.find((project) => project.collectsParticipantData)?.id}/participant-report`;
      },
      prepare: async ({ page }) => {
        await expect(page.locator('table.esf-table').first()).toBeVisible();
      },
    },
  ],
  courseNew: [
    { name: 'empty', url: 'courses/new' },
    {
      name: 'with what to fix',
      url: 'courses/new',
      prepare: async ({ page }) => {
        await page.getByRole('main').locator('form button[type="submit"]').click();
        await expect(page.locator('app-error-summary [role="alert"]')).toBeVisible();
      },
    },
  ],
  courseEdit: [
    {
      name: 'the demo VSAC course with its modules',
      url: async ({ request, session }) => `courses/${(await demoCourse(request, signedIn(session))).id}/edit`,
      prepare: async ({ page }) => {
        await expect(page.locator('ol.modules > li').first()).toBeVisible();
      },
    },
  ],
  moduleEdit: [
    {
      name: 'the first module of the demo VSAC course, with a preview',
      url: async ({ request, session }) => {
        const course = await demoCourse(request, signedIn(session));
        return `modules/${[...course.modules].sort((a, b) => a.position - b.position)[0].id}/edit`;
      },
      prepare: async ({ page, locale }) => {
        await page.getByRole('button', { name: locale === 'en' ? 'Preview in Latvian' : 'Priekšskatīt latviski' }).click();
        await expect(page.locator('section.preview .preview__content')).toBeVisible();
      },
    },
  ],
  notFound: [
    { name: 'signed out', url: 'no-such-page' },
    { name: 'signed in', url: 'no-such-page', account: 'admin' },
  ],
};

/** Public pages are checked as a visitor; the others as the admin, who holds every permission. */
function defaultAccount(route: WebRouteName): AccountName | null {
  const { access } = WEB_ROUTES[route];
  if (access === 'public' || access === 'signed-out') {
    return null;
  }
  if (!holdsPermission(['admin'], access)) {
    throw new Error(`${route} needs ${access}, which the admin does not hold: give its cases an account that does`);
  }
  return 'admin';
}

/** The page an address opens, as the router picks it: a fixed path before one with `:params`, `**` last. */
function routeOf(url: string): WebRouteName {
  const segments = url.split(/[?#]/, 1)[0].split('/');
  const names = Object.keys(WEB_ROUTES) as WebRouteName[];
  const matches = (name: WebRouteName, withParams: boolean) => {
    const pattern = WEB_ROUTES[name].path.split('/');
    return (
      pattern.some((part) => part.startsWith(':')) === withParams &&
      pattern.length === segments.length &&
      pattern.every((part, index) => (part.startsWith(':') ? segments[index] !== '' : part === segments[index]))
    );
  };
  const fallback = names.find((name) => WEB_ROUTES[name].path === '**');
  const found = names.find((name) => matches(name, false)) ?? names.find((name) => matches(name, true)) ?? fallback;
  if (!found) throw new Error(`no page for ${url}`);
  return found;
}

function signedIn(session: LoginResponse | null): LoginResponse {
  if (!session) throw new Error('signed in expected');
  return session;
}

/** The demo VSAC course with its modules, as the signed-in person sees it. */
async function demoCourse(request: APIRequestContext, session: LoginResponse): Promise<Course> {
  const [summary] = (await apiGet<ApiPage<CourseSummary>>(request, session, '/api/courses?q=VSAC-GRT')).items;
  return apiGet<Course>(request, session, `/api/courses/${summary.id}`);
}

/** The demo VSAC cycle of the Rīga region (trained by the demo trainer). */
async function demoVsacRun(request: APIRequestContext, session: LoginResponse): Promise<CourseRun> {
  const course = await demoCourse(request, session);
  return (await apiGet<ApiPage<CourseRun>>(request, session, `/api/courses/${course.id}/runs`)).items[0];
}

/** The first session of the demo VSAC cycle. */
async function demoVsacSession(request: APIRequestContext, session: LoginResponse): Promise<TrainingSession> {
  const run = await demoVsacRun(request, session);
  return (await apiGet<{ items: TrainingSession[] }>(request, session, `/api/runs/${run.id}/sessions`)).items[0];
}

/** The demo VSAC run's sessions, earliest first. */
async function demoVsacSessions(request: APIRequestContext, session: LoginResponse): Promise<TrainingSession[]> {
  const run = await demoVsacRun(request, session);
  const { items } = await apiGet<{ items: TrainingSession[] }>(request, session, `/api/runs/${run.id}/sessions`);
  return [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

async function apiSend<T>(request: APIRequestContext, session: LoginResponse, method: 'POST' | 'PATCH', path: string, data: object): Promise<T> {
  const response = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${session.accessToken}` } });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

async function createPerson(request: APIRequestContext, session: LoginResponse): Promise<User> {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const [organisation] = (await apiGet<ApiPage<Organisation>>(request, session, '/api/organisations?pageSize=1')).items;
  return apiSend<User>(request, session, 'POST', '/api/users', {
    email: `e2e.axe.${tag}@example.invalid`,
    fullName: 'E2E Pieejamība',
    organisationId: organisation.id,
    participantKind: 'other',
    roles: [{ role: 'participant' }],
    password: `e2e-axe-password-${tag}`,
  });
}

/** The cases by the account they are checked as, for `test.use`. */
const BY_ACCOUNT = new Map<AccountName | null, { route: WebRouteName; pageCase: PageCase }[]>();
for (const route of Object.keys(CASES) as WebRouteName[]) {
  for (const pageCase of CASES[route]) {
    const account = pageCase.account === undefined ? defaultAccount(route) : pageCase.account;
    BY_ACCOUNT.set(account, [...(BY_ACCOUNT.get(account) ?? []), { route, pageCase }]);
  }
}

// Each case only looks (or makes a person of its own), so the cases share the two workers.
test.describe.configure({ mode: 'parallel' });

for (const locale of ['lv', 'en'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    for (const [account, cases] of BY_ACCOUNT) {
      test.describe(account ? `signed in as ${account}` : 'signed out', () => {
        test.use({ account });
        for (const { route, pageCase } of cases) {
          test(`${route} (${WEB_ROUTES[route].path}), ${pageCase.name}, passes axe (WCAG 2.1 AA)`, async ({ page, request, session }) => {
            const visit: Visit = { page, request, session, locale };
            const url = typeof pageCase.url === 'string' ? pageCase.url : await pageCase.url(visit);
            expect(routeOf(url), `the page that ${url} opens`).toBe(route);
            await page.goto(`/${locale}/${url}`);
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
            await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
            await pageCase.prepare?.(visit);
            await expectNoAxeViolations(page);
          });
        }
      });
    }

    test.describe('on a 320 px wide screen', () => {
      test('organisations pass axe', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`/${locale}/organisations?region=LPR`);
        await expect(page.locator('section[data-region="LPR"]')).toBeVisible();
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('the users list passes axe without the page scrolling sideways', async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`/${locale}/users`);
        await expect(page.locator('tbody tr').first()).toBeVisible();
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  });
}

test.describe('accessibility after signing in through the form', () => {
  test.use({ account: null });
  test('the first page after sign-in passes axe', async ({ page }) => {
    await page.goto('/lv/sign-in');
    await signInViaUi(page, 'coordinator');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
