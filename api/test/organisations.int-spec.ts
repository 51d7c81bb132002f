import type { Organisation, Page, Problem, Region } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, TestApp } from './support/test-app';

describe('organisation structure', () => {
  let testApp: TestApp;
  let base: string;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    base = testApp.baseUrl;
    token = (await signIn(base, DEMO.participant)).accessToken;
  });
  afterAll(() => testApp.close());

  const list = (query: string) => getJson<Page<Organisation>>(base, `/api/organisations?${query}`, { token });

  it('asks for sign-in first', async () => {
    expect((await getJson<Problem>(base, '/api/organisations')).status).toBe(401);
    expect((await getJson<Problem>(base, '/api/regions')).status).toBe(401);
  });

  it('lists the five planning regions in order', async () => {
    const { status, body } = await getJson<Region[]>(base, '/api/regions', { token });
    expect(status).toBe(200);
    expect(body.map((r) => r.code)).toEqual(['KPR', 'LPR', 'RPR', 'VPR', 'ZPR']);
    expect(body[1]).toEqual({ code: 'LPR', name: { lv: 'Latgales plānošanas reģions', en: 'Latgale Planning Region' } });
  });

  it('lists Latgale: VSAC "Latgale", its three branches and the 19 municipalities', async () => {
    const { status, body } = await list('regionCode=LPR&pageSize=200');
    expect(status).toBe(200);
    expect(body.items.every((o) => o.regionCode === 'LPR')).toBe(true);
    const vsac = body.items.filter((o) => o.type === 'vsac');
    expect(vsac.map((o) => o.name)).toEqual(['VSAC "Latgale"']);
    const branches = body.items.filter((o) => o.type === 'vsac_branch');
    expect(branches.map((o) => o.name)).toEqual(['Kalkūni', 'Kalupe', 'Krastiņi']);
    expect(branches.every((b) => b.parentId === vsac[0].id)).toBe(true);
    const municipalities = body.items.filter((o) => o.type === 'municipality');
    expect(municipalities).toHaveLength(19);
    expect(municipalities.map((m) => m.name)).toContain('Daugavpils pilsēta');
    expect(body.total).toBe(body.items.length);
  });

  it('sorts names the Latvian way', async () => {
    const { body } = await list('regionCode=LPR&type=municipality&pageSize=200');
    const names = body.items.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('lv').compare));
    expect(names.indexOf('Rēzeknes novads')).toBeLessThan(names.indexOf('Riebiņu novads'));
  });

  it('filters by type across regions', async () => {
    const { body } = await list('type=provider');
    expect(body.items.map((o) => o.name)).toEqual(['Biedrība "Rīgas pilsētas "Rūpju bērns""']);
    expect(body.items[0].regionCode).toBe('RPR');
  });

  it('finds names ignoring case and Latvian diacritics', async () => {
    expect((await list('q=kalkuni')).body.items.map((o) => o.name)).toEqual(['Kalkūni']);
    expect((await list('q=KRĀSLAV')).body.items.map((o) => o.name)).toEqual(['Krāslavas novads']);
    expect((await list('q=%25')).body.total).toBe(0);
  });

  it('pages through results without overlap and with a stable total', async () => {
    const first = await list('page=1&pageSize=10');
    const second = await list('page=2&pageSize=10');
    expect(first.body).toMatchObject({ page: 1, pageSize: 10 });
    expect(first.body.items).toHaveLength(10);
    expect(second.body.total).toBe(first.body.total);
    const firstIds = new Set(first.body.items.map((o) => o.id));
    expect(second.body.items.some((o) => firstIds.has(o.id))).toBe(false);
    const all = await list('pageSize=200');
    expect(all.body.items.slice(10, 20)).toEqual(second.body.items);
  });

  it('tells the total on a partial last page and on a page past the end', async () => {
    const all = await list('regionCode=LPR&pageSize=200');
    const last = await list('regionCode=LPR&page=3&pageSize=10');
    expect(last.body.items).toEqual(all.body.items.slice(20, 30));
    expect(last.body.total).toBe(all.body.total);
    expect((await list('regionCode=LPR&page=99&pageSize=10')).body).toEqual({ items: [], total: all.body.total, page: 99, pageSize: 10 });
  });

  it('returns one organisation by id, and 404 for an unknown one', async () => {
    const { body } = await list('q=Kalupe');
    const one = await getJson<Organisation>(base, `/api/organisations/${body.items[0].id}`, { token });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(body.items[0]);

    const missing = await getJson<Problem>(base, '/api/organisations/6f1c1f4e-1d7a-4f7e-9a55-2a4f0f0b8a11', { token });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found', code: 'NOT_FOUND' });
  });

  describe('bad input gets a 400 problem naming the field', () => {
    it.each([
      ['colour=red', 'colour'],
      ['regionCode=XYZ', 'regionCode'],
      ['type=castle', 'type'],
      ['pageSize=201', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=abc', 'page'],
      ['page=1.5', 'page'],
      ['type=vsac&type=municipality', 'type'],
      [`q=${'x'.repeat(101)}`, 'q'],
    ])('%s', async (query, field) => {
      const { status, body, headers } = await getJson<Problem>(base, `/api/organisations?${query}`, { token });
      expect(status).toBe(400);
      expect(headers.get('content-type')).toContain('application/problem+json');
      expect(body).toMatchObject({ type: 'urn:di-training:problem:invalid-input', title: 'Bad Request', status: 400, code: 'INVALID_INPUT' });
      expect(body.errors?.map((e) => e.field)).toContain(field);
    });

    it('an id that is not a UUID', async () => {
      const { status, body } = await getJson<Problem>(base, '/api/organisations/42', { token });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const { status, body } = await getJson<Problem>(base, '/api/nothing-here', { token });
    expect(status).toBe(404);
    expect(body.status).toBe(404);
  });
});
