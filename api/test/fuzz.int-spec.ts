import { PROBLEM_CODES } from '@di/contracts';
import { createTestDatabase } from './support/test-database';
import { DEMO, getJson, signIn, startTestApp, type TestApp } from './support/test-app';

/**
 * A fuzzer driven by the OpenAPI document the app serves: every operation, its path, query and
 * header parameters and its request body (with `$ref`s), gets wrong types, missing and unknown
 * fields, huge and control-character strings, bad ids and bad query values, as a signed-in admin
 * and anonymously. Nothing may answer 5xx, and every 4xx must be a problem body with a code. An
 * endpoint added later is fuzzed without a test of its own. Deterministic: one seeded generator.
 *
 * Operations that change things by id (a non-GET with a path parameter) get bad ids only, so the
 * run cannot deactivate its own admin; the admin is a fresh one, signed in again if a case ends
 * its session.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  nullable?: boolean;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Document = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const SEED = 20260611;
const CONCURRENCY = 6;
/** Tries at a body each operation accepts. */
const SAMPLE_TRIES = 40;
const ADMIN = { email: 'fuzz.admin@example.lv', password: 'Fuzz-Admin-Parole-2026!' };

/** mulberry32: small, fast and the same sequence for the same seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
let serial = 0;
/** Ids listed by the collections of the document, by the collection's last path segment (`organisations`). */
const knownIds = new Map<string, string[]>();
/** A real object's id for a field such as `organisationId`, when the document lists such objects. */
const idFor = (field: string): string => {
  const ids = knownIds.get(`${field.replace(/Ids?$/, '')}s`) ?? [];
  return ids.length ? pick(ids) : uuid();
};

/** A JSON number literal that JSON.stringify cannot write (e.g. beyond double precision). */
class RawNumber {
  constructor(readonly text: string) {}
}

function stringify(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof RawNumber ? `@@raw${raws.push(v.text) - 1}@@` : v));
  return text.replace(/"@@raw(\d+)@@"/g, (_, index: string) => raws[Number(index)]);
}

/** Values of every wrong kind, for any field. */
function badValues(): [string, unknown][] {
  return [
    ['null', null],
    ['zero', 0],
    ['negative', -1],
    ['fraction', 1.5],
    ['huge number', 1e308],
    ['beyond double', new RawNumber('99999999999999999999999999999')],
    ['boolean', true],
    ['empty string', ''],
    ['spaces', '   '],
    ['huge string', 'x'.repeat(100_000)],
    ['NUL', 'a\u0000b'],
    ['C0 control', '\u0001\u001b[31m'],
    ['lone surrogate', '\ud800x'],
    ['bidi override', 'a\u202eb'],
    ['emoji', '😀'],
    ['empty array', []],
    ['empty object', {}],
    ['array of strings', ['a', 'b']],
    ['nested object', { a: { b: 1 } }],
    ['not a uuid', 'not-a-uuid'],
    ['random uuid', uuid()],
    ['quoted email', `"a,b${++serial}"@x.lv`],
    ['email with header', `x${++serial}@y.lv\r\nBcc: z@q.lv`],
    ['email without domain', 'a@'],
    ['proto key', { __proto__: { polluted: true } }],
  ];
}

function resolve(schema: Schema | undefined, document: Document): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')], document);
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return allOf.map((part) => resolve(part, document)).reduce((merged, part) => ({ ...part, ...merged }), rest as Schema);
  }
  return schema;
}

/** A plausible valid value, so that mutating one field at a time reaches past the others' checks. */
function sample(schema: Schema | undefined, document: Document, name = '', depth = 0, optional = 0.5): unknown {
  const s = resolve(schema, document);
  if (s.enum?.length) return pick(s.enum);
  if (s.example !== undefined && typeof s.example !== 'object') return /email/i.test(name) ? `fuzz-${++serial}@example.lv` : s.example;
  if (s.type === 'object' || s.properties) {
    if (depth > 5) return {};
    const object: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(s.properties ?? {})) {
      if (s.required?.includes(key) || random() < optional) object[key] = sample(property, document, key, depth + 1, optional);
    }
    return object;
  }
  switch (s.type) {
    case 'array':
      return depth > 5 ? [] : [sample(s.items, document, name, depth + 1, optional)];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return random() < 0.5;
    default:
      if (s.format === 'uuid') return idFor(name);
      if (s.format === 'date-time') return new Date(Date.UTC(2026, 0, 1 + (serial++ % 300))).toISOString();
      if (s.format === 'email' || /email/i.test(name)) return `fuzz-${++serial}@example.lv`;
      if (/password/i.test(name)) return `Fuzz-Parole-${++serial}-2026!`;
      return 'x'.repeat(Math.max(s.minLength ?? 1, 5)).slice(0, s.maxLength ?? 5);
  }
}

/** The sample with new email addresses, so that a case is not refused only for a taken one. */
function freshen(value: unknown): unknown {
  if (typeof value === 'string') return /^fuzz-\d+@example\.lv$/.test(value) ? `fuzz-${++serial}@example.lv` : value;
  if (Array.isArray(value)) return value.map(freshen);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, freshen(item)]));
  return value;
}

/** The schema of the value at `path` inside a value of `schema`. */
function schemaAt(schema: Schema | undefined, path: string[], document: Document): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const key of path) {
    const resolved = resolve(s, document);
    s = /^\d+$/.test(key) && resolved.items ? resolved.items : resolved.properties?.[key];
    if (!s) return undefined;
  }
  return s;
}

/** The body with the field at `path` dropped if it is there, or added (sampled) if it is not. */
function repaired(body: unknown, path: string[], schema: Schema, document: Document): unknown {
  let parent = body as Record<string, unknown> | undefined;
  for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string, unknown> | undefined;
  if (!parent || typeof parent !== 'object') return body;
  const last = path[path.length - 1];
  if (last in parent) return withValue(body, path, DELETE);
  const fieldSchema = schemaAt(schema, path, document);
  return fieldSchema ? withValue(body, path, sample(fieldSchema, document, last, path.length, 0.5)) : body;
}

/** The paths to every value inside a sample (fields, array elements, nested fields). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

function withValue(value: unknown, path: (string | number)[], replacement: unknown | typeof DELETE): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === DELETE) {
    if (Array.isArray(target)) target.splice(last as number, 1);
    else delete target[last];
  } else target[last] = replacement;
  return copy;
}
const DELETE = Symbol('delete');

/** Cases for a JSON body as a whole: not JSON, not an object, too deep, too large, the wrong type. */
function bodyLevelCases(valid: unknown): Case[] {
  const json = 'application/json';
  return [
    { name: 'no body', contentType: json },
    { name: 'empty body', body: '', contentType: json },
    { name: 'JSON null', body: 'null', contentType: json },
    { name: 'JSON array', body: '[]', contentType: json },
    { name: 'JSON string', body: '"s"', contentType: json },
    { name: 'JSON number', body: '42', contentType: json },
    { name: 'truncated JSON', body: '{"a":', contentType: json },
    { name: 'not JSON', body: 'hello', contentType: json },
    { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), contentType: json },
    { name: 'BOM', body: `\ufeff${stringify(valid)}`, contentType: json },
    { name: 'array 20000 deep', body: '['.repeat(20_000) + ']'.repeat(20_000), contentType: json },
    { name: 'object 20000 deep', body: '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), contentType: json },
    { name: 'unclosed 20000 deep', body: '['.repeat(20_000), contentType: json },
    { name: '40 deep inside the sample', body: stringify({ ...(valid as object), deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), contentType: json },
    { name: 'unknown field', body: stringify({ ...(valid as object), unknownField: 1 }), contentType: json },
    { name: '__proto__', body: '{"__proto__":{"admin":true}}', contentType: json },
    { name: 'constructor.prototype', body: '{"constructor":{"prototype":{"admin":true}}}', contentType: json },
    { name: 'duplicate keys', body: `{"a":1,"a":2,${stringify(valid).slice(1)}`, contentType: json },
    { name: 'NUL in a key', body: stringify({ ...(valid as object), 'a\u0000b': 1 }), contentType: json },
    { name: 'huge key', body: stringify({ ...(valid as object), ['k'.repeat(200_000)]: 1 }), contentType: json },
    { name: 'over the body limit', body: stringify({ a: 'x'.repeat(1_100_000) }), contentType: json },
    { name: 'text/plain', body: stringify(valid), contentType: 'text/plain' },
    { name: 'form', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { name: 'json with charset latin1', body: stringify(valid), contentType: 'application/json; charset=latin1' },
    { name: 'garbage content type', body: stringify(valid), contentType: ';;;=/' },
    { name: 'json-like content type', body: stringify(valid), contentType: 'application/jsonx' },
    { name: 'multipart', body: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x' },
  ];
}

const QUERY_VALUES: [string, string][] = [
  ['empty', ''],
  ['zero', '0'],
  ['negative', '-1'],
  ['fraction', '1.5'],
  ['huge', '99999999999999999999'],
  ['beyond double', '1e309'],
  ['exponent', '1e3'],
  ['NaN', 'NaN'],
  ['hex', '0x10'],
  ['padded', '%201%20'],
  ['NUL', '%00'],
  ['NUL inside', 'a%00b'],
  ['C0 control', '%01%1B'],
  ['bad percent', '%'],
  ['bad UTF-8', '%FF%FE'],
  ['lone surrogate bytes', '%ED%A0%80'],
  ['long', 'x'.repeat(5000)],
  ['not a uuid', 'not-a-uuid'],
  ['uuid', uuid()],
  ['emoji', encodeURIComponent('😀')],
  ['like', '%25_%5C'],
];

const PATH_VALUES: [string, string][] = [
  ['not a uuid', 'not-a-uuid'],
  ['random uuid', uuid()],
  ['upper-case uuid', uuid().toUpperCase()],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['overlong', 'x'.repeat(150)],
  ['very long', 'x'.repeat(5000)],
  ['NUL', '%00'],
  ['uuid and NUL', `${uuid()}%00`],
  ['bad percent', '%'],
  ['bad UTF-8', '%FF'],
  ['encoded slash', 'a%2Fb'],
  ['dot dot', '..'],
  ['number', '99999999999999999999'],
];

interface Case {
  name: string;
  path?: string;
  query?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A body an operation accepted, and (after the first) the fields to mutate in it. */
interface Base {
  body: unknown;
  fields?: Set<string>;
}

interface Request extends Case {
  method: string;
  template: string;
  who: 'admin' | 'anonymous' | 'bad token';
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let testApp: TestApp;
  let adminToken = '';
  let sampleTries = 0;
  const failures: string[] = [];

  async function adminSignedIn(): Promise<boolean> {
    return (await getJson(testApp.baseUrl, '/api/me', { token: adminToken })).status === 200;
  }

  async function signInAdmin(): Promise<void> {
    adminToken = (await signIn(testApp.baseUrl, ADMIN)).accessToken;
  }

  beforeAll(async () => {
    testApp = await startTestApp(await createTestDatabase());
    const demoAdmin = await signIn(testApp.baseUrl, DEMO.admin);
    const created = await getJson(testApp.baseUrl, '/api/users', {
      method: 'POST',
      token: demoAdmin.accessToken,
      json: { email: ADMIN.email, fullName: 'Fuzz Admin', participantKind: 'other', roles: [{ role: 'admin' }], password: ADMIN.password },
    });
    if (created.status !== 201) throw new Error(`Could not create the fuzzing admin: ${created.status} ${JSON.stringify(created.body)}`);
    await signInAdmin();
  });
  afterAll(() => testApp?.close());

  it('answers no 5xx and a problem with a code for every 4xx', async () => {
    const document = (await getJson<Document>(testApp.baseUrl, '/api/docs-json')).body;
    const started = Date.now();
    const requests = await casesFor(document);
    const statuses = new Map<number, number>();
    let slowest = { ms: 0, what: '' };
    const sessionEnders: string[] = [];

    async function send(request: Request): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        const headers: Record<string, string> = { ...request.headers };
        if (request.contentType) headers['Content-Type'] = request.contentType;
        if (request.who === 'admin') headers['Authorization'] = `Bearer ${adminToken}`;
        if (request.who === 'bad token') headers['Authorization'] = pick(['Bearer x', `Bearer ${'a'.repeat(3000)}`, 'Basic YTpi', 'Bearer a.b.c', 'Bearer e30.e30.']);
        const url = `${testApp.baseUrl}${request.path ?? request.template}${request.query ? `?${request.query}` : ''}`;
        const begun = Date.now();
        let response: Response;
        try {
          response = await fetch(url, { method: request.method, headers, body: request.body });
        } catch (error) {
          // An invalid header value is refused by fetch itself, before anything is sent.
          if (error instanceof TypeError && /header/i.test(String((error as { cause?: unknown }).cause ?? error.message))) return;
          failures.push(`${label(request)} → no answer (${(error as Error).message})`);
          return;
        }
        const text = await response.text();
        const ms = Date.now() - begun;
        if (ms > slowest.ms) slowest = { ms, what: label(request) };
        if (request.who === 'admin' && response.status === 401 && attempt === 1 && !(await adminSignedIn())) {
          sessionEnders.push(label(request));
          await signInAdmin(); // a case ended the admin's session: sign in again and repeat it
          continue;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const problem = problemError(response, text);
        if (response.status >= 500) failures.push(`${label(request)} → ${response.status} ${text.slice(0, 300)}`);
        else if (response.status >= 400 && problem) failures.push(`${label(request)} → ${response.status} ${problem}: ${text.slice(0, 200)}`);
        return;
      }
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) await send(requests[next++]);
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Fuzzing: ${requests.length + sampleTries} requests (${sampleTries} of them looking for accepted samples) to ${Object.values(document.paths).reduce((n, ops) => n + Object.keys(ops).length, 0)} operations in ${seconds.toFixed(1)} s; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; admin signed in again after ${JSON.stringify(sessionEnders)}; slowest ${slowest.ms} ms (${slowest.what})`,
    );
    expect(failures).toEqual([]);
    expect(requests.length + sampleTries).toBeGreaterThanOrEqual(2000);
  }, 300_000); // about 30-60 s on two idle cores; the margin is for a machine busy with other work

  /** Ids of real objects for GET /x/{id}: the ids listed by GET /x. */
  async function realIds(document: Document): Promise<Map<string, string[]>> {
    const ids = new Map<string, string[]>();
    for (const [template, operations] of Object.entries(document.paths)) {
      if (!operations['get'] || template.includes('{')) continue;
      const response = await fetch(`${testApp.baseUrl}${template}`, { headers: { Authorization: `Bearer ${adminToken}` } });
      // Files (a report as CSV or XLSX) hold no ids to reuse.
      if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('application/json')) continue;
      const body: unknown = await response.json();
      const items = Array.isArray(body) ? body : (body as { items?: unknown })?.items;
      if (!Array.isArray(items)) continue;
      const found = items.map((item) => (item as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
      if (found.length) ids.set(template, found.slice(0, 3));
      if (found.length) knownIds.set(template.split('/').pop() ?? '', found);
    }
    return ids;
  }

  /**
   * For each operation with a body, samples it accepts (2xx), if a few tries find any: mutating a
   * valid body one field at a time reaches past validation to the services. The bases to mutate:
   * the accepted sample with the most fields, the one with required fields only, and more until
   * every field any accepted sample had is covered (those get mutated for their new fields only).
   * Objects these tries create (their `id`) are the run's own, safe to change by id.
   */
  async function acceptedSamples(document: Document): Promise<{ bases: Map<string, Base[]>; created: Map<string, string[]> }> {
    const bases = new Map<string, Base[]>();
    const created = new Map<string, string[]>();
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        // By id only on what this run created (in the document's order, a collection comes before its items).
        const ownIds = created.get(template.replace(/\/\{[^}]+\}.*$/, '')) ?? [];
        if (!schema || (template.includes('{') && !ownIds.length)) continue;
        const target = template.replace(/\{[^}]+\}/g, () => pick(ownIds));
        const accepted: { body: unknown; fields: string[] }[] = [];
        // Up to SAMPLE_TRIES, but not many for an operation that accepts none (e.g. sign-in with made-up people).
        for (let attempt = 0; attempt < SAMPLE_TRIES && (accepted.length || attempt < SAMPLE_TRIES / 4); attempt++) {
          let body = sample(schema, document, '', 0, attempt === 0 ? 0 : 0.2 + (0.7 * attempt) / SAMPLE_TRIES);
          let response: Response | undefined;
          let text = '';
          // A refused sample is repaired from the field errors of its answer: a field named that is
          // there is dropped, one that is not is added; then it is sent again (a few times at most).
          for (let repair = 0; repair < 4; repair++) {
            response = await fetch(`${testApp.baseUrl}${target}`, {
              method: method.toUpperCase(),
              headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
              body: stringify(body),
            });
            text = await response.text();
            sampleTries++;
            const problem = problemError(response, text);
            if (response.status >= 500 || problem) failures.push(`admin ${method.toUpperCase()} ${template} [sample try ${stringify(body)}] → ${response.status} ${problem ?? ''} ${text.slice(0, 300)}`);
            if (response.status === 401 && !(await adminSignedIn())) await signInAdmin();
            const fields = response.status === 400 ? ((JSON.parse(text) as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field) : [];
            if (!fields.length) break;
            for (const field of new Set(fields)) body = repaired(body, field.split('.'), schema, document);
          }
          if (!response || response.status < 200 || response.status >= 300) continue;
          accepted.push({ body, fields: pathsOf(body).map((path) => path.join('.')) });
          const answer = JSON.parse(text || '{}') as { id?: unknown };
          if (typeof answer.id === 'string') created.set(template, [...(created.get(template) ?? []), answer.id]);
        }
        if (!accepted.length) continue;
        const chosen: Base[] = [];
        const covered = new Set<string>();
        const choose = (candidate: { body: unknown; fields: string[] }, onlyNew: boolean) => {
          const fresh = candidate.fields.filter((field) => !covered.has(field));
          chosen.push({ body: candidate.body, fields: onlyNew ? new Set(fresh) : undefined });
          for (const field of candidate.fields) covered.add(field);
        };
        const byFields = [...accepted].sort((a, b) => b.fields.length - a.fields.length);
        choose(byFields[0], false);
        if (byFields.length > 1) choose(byFields[byFields.length - 1], false);
        for (;;) {
          const next = byFields.find((candidate) => candidate.fields.some((field) => !covered.has(field)));
          if (!next) break;
          choose(next, true);
        }
        bases.set(`${method} ${template}`, chosen);
      }
    }
    return { bases, created };
  }

  async function casesFor(document: Document): Promise<Request[]> {
    const listed = await realIds(document);
    const accepted = await acceptedSamples(document);
    const requests: Request[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const parameters = operation.parameters ?? [];
        const pathParameters = parameters.filter((p) => p.in === 'path');
        const fill = (value: (p: Parameter) => string) => pathParameters.reduce((path, p) => path.replace(`{${p.name}}`, value(p)), template);
        const parent = template.replace(/\/\{[^}]+\}.*$/, '');
        // Changes by id get bad ids and the ids of what this run created; reads get real ones too.
        const ownIds = (accepted.created.get(parent) ?? []).slice(-3);
        const goodIds = method === 'get' ? [...(listed.get(parent) ?? []), ...ownIds] : ownIds;
        const somePath = () => fill(() => (goodIds.length ? pick(goodIds) : uuid()));
        const cases: Case[] = [{ name: 'sample' }];
        for (const [name, value] of PATH_VALUES) if (pathParameters.length) cases.push({ name: `path ${name}`, path: fill(() => value) });
        if (pathParameters.length) for (const id of goodIds) cases.push({ name: 'path real id', path: fill(() => id) });

        const queryParameters = parameters.filter((p) => p.in === 'query');
        for (const p of queryParameters) {
          for (const [name, value] of QUERY_VALUES) cases.push({ name: `query ${p.name} ${name}`, path: somePath(), query: `${p.name}=${value}` });
          for (const value of resolve(p.schema, document).enum ?? []) cases.push({ name: `query ${p.name} ${value}`, path: somePath(), query: `${p.name}=${value}` });
          cases.push({ name: `query ${p.name} twice`, path: somePath(), query: `${p.name}=1&${p.name}=2` });
          cases.push({ name: `query ${p.name}[]`, path: somePath(), query: `${p.name}[]=1` });
          cases.push({ name: `query ${p.name}[a]`, path: somePath(), query: `${p.name}[a]=1` });
        }
        for (const [name, query] of [
          ['unknown', 'unknownParameter=1'],
          ['__proto__', '__proto__=x&constructor=y'],
          ['NUL name', '%00=1'],
          ['thousand parameters', Array.from({ length: 1000 }, (_, n) => `p${n}=${n}`).join('&')],
        ]) {
          cases.push({ name: `query ${name}`, path: somePath(), query });
        }
        for (const p of parameters.filter((p) => p.in === 'header')) {
          for (const value of ['"1"', '*', 'W/"x"', '"99999999999999999999"', '"1", "2"', 'x'.repeat(4000), '\u00e9']) {
            cases.push({ name: `header ${p.name} ${value.slice(0, 20)}`, path: somePath(), headers: { [p.name]: value } });
          }
        }

        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const bases = accepted.bases.get(`${method} ${template}`) ?? [{ body: bodySchema ? sample(bodySchema, document) : {} }];
        const valid = bases[0].body;
        for (const bodyCase of bodyLevelCases(valid)) {
          // Operations without a body get a few of these too: a body they do not expect must not hurt.
          if (bodySchema || (method !== 'get' && /deep|unknown|not JSON|over the body limit/.test(bodyCase.name))) cases.push({ ...bodyCase, path: somePath() });
        }
        if (bodySchema) {
          cases[0] = { name: 'sample', path: somePath(), body: stringify(valid), contentType: 'application/json' };
          for (const [index, base] of bases.entries()) {
            for (const field of pathsOf(base.body)) {
              const fieldName = field.join('.');
              if (base.fields && !base.fields.has(fieldName)) continue;
              const prefix = `body${index ? ` (sample ${index + 1})` : ''} ${fieldName}`;
              cases.push({ name: `${prefix} missing`, path: somePath(), body: stringify(withValue(freshen(base.body), field, DELETE)), contentType: 'application/json' });
              for (const [name, value] of badValues()) {
                cases.push({ name: `${prefix} ${name}`, path: somePath(), body: stringify(withValue(freshen(base.body), field, value)), contentType: 'application/json' });
              }
            }
          }
          for (const [name, value] of badValues()) {
            cases.push({ name: `body unknown field ${name}`, path: somePath(), body: stringify({ ...(valid as object), unknownField: value }), contentType: 'application/json' });
          }
        } else {
          cases[0] = { name: 'sample', path: somePath() };
        }

        for (const c of cases) {
          requests.push({ ...c, method: method.toUpperCase(), template, who: 'admin' });
          requests.push({ ...c, method: method.toUpperCase(), template, who: 'anonymous' });
        }
        for (const c of cases.slice(0, 5)) requests.push({ ...c, method: method.toUpperCase(), template, who: 'bad token' });
      }
    }
    return requests;
  }
});

function label(request: Request): string {
  return `${request.who} ${request.method} ${request.template} [${request.name}]`;
}

/** What is wrong with a 4xx answer, or undefined if it is a proper problem. */
function problemError(response: Response, text: string): string | undefined {
  if (response.status < 400 || response.status >= 500) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) return `content type ${type || 'none'}`;
  let body: { status?: unknown; title?: unknown; code?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return 'a body that is not JSON';
  }
  if (body.status !== response.status) return `status ${String(body.status)} in the body`;
  if (typeof body.title !== 'string' || !body.title) return 'no title';
  if (typeof body.code !== 'string' || !(PROBLEM_CODES as readonly string[]).includes(body.code)) return `code ${String(body.code)}`;
  return undefined;
}
