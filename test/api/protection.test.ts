import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, refusalOf, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  token = await signIn(url, 'admin@example.com');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function stillServing(): Promise<void> {
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);
  const viewer = await gql<{ viewer: { email: string } }>(url, '{ viewer { email } }', {}, { token });
  expect(viewer.data?.viewer.email).toBe('admin@example.com');
}

function nested(depth: number): string {
  let query = 'id';
  for (let i = 1; i < depth; i += 1) query = `node(id: "x") { ${query} }`;
  return `{ ${query} }`;
}

describe(`protection for hand-written queries (${driverName})`, () => {
  it('refuses a 45-level-deep query before execution, saying by how much', async () => {
    const result = await gql(url, nested(45), {}, { token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toBe('Query depth 45 exceeds the limit 10.');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_DEEP',
      rule: 'depth',
      limit: 10,
      actual: 45,
    });
    await stillServing();
  });

  it('refuses 100 aliases of a list field (thousands are refused earlier, by the token limit)', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: auditLog(first: 100) { totalCount }`).join('\n');
    const result = await gql(url, `{ ${aliases} }`, {}, { token });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_MANY_ALIASES',
      rule: 'aliases',
      actual: 100,
    });
    expect(result.errors?.[0]?.message).toBe('The query uses 100 aliases; the limit is 30.');
    await stillServing();
  });

  it('refuses a page larger than the cap, from a literal or a variable', async () => {
    const literal = await gql(url, '{ auditLog(first: 1000) { totalCount } }', {}, { token });
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PAGE_TOO_LARGE',
      field: 'first',
      rule: 'first',
      limit: 100,
    });
    expect(literal.errors?.[0]?.message).toBe('"first" is 1000; a page holds at most 100 items.');
    const variable = await gql(url, 'query ($n: Int) { auditLog(first: $n) { totalCount } }', { n: 101 }, { token });
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'first' });
    const negative = await gql(url, '{ auditLog(first: -1) { totalCount } }', {}, { token });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('answers 413 to a 20 MB body and keeps serving', async () => {
    const body = JSON.stringify({
      query: '{ viewer { email } }',
      variables: { padding: 'x'.repeat(20 * 1024 * 1024) },
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe('PAYLOAD_TOO_LARGE');
    await stillServing();
  });

  it('refuses a mutation over GET', async () => {
    const query = encodeURIComponent('mutation { logout }');
    const response = await fetch(`${url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(405);
    await stillServing();
  });

  it('serves a query over GET only with a CSRF-safe header', async () => {
    const query = encodeURIComponent('{ viewer { email } }');
    const plain = await fetch(`${url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${token}` } });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
    });
    expect(preflighted.status).toBe(200);
    expect(((await preflighted.json()) as { data: { viewer: { email: string } } }).data.viewer.email).toBe(
      'admin@example.com',
    );
  });

  it('refuses a text/plain POST (a cross-site form could send one)', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(415);
    await stillServing();
  });

  it('refuses batched (array) operations and malformed JSON', async () => {
    const batched = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ viewer { email } }' }, { query: '{ viewer { email } }' }]),
    });
    expect(batched.status).toBe(400);
    const malformed = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('allows introspection only to signed-in users', async () => {
    const signedOut = await gql(url, '{ __schema { queryType { name } } }');
    expect(refusalOf(signedOut)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INTROSPECTION' });
    expect(signedOut.data).toBeUndefined();
    const signedIn = await gql<{ __schema: { queryType: { name: string } } }>(
      url,
      '{ __schema { queryType { name } } }',
      {},
      { token },
    );
    expect(signedIn.data?.__schema.queryType.name).toBe('Query');
  });

  it('hides field suggestions from signed-out users only', async () => {
    const signedOut = await gql(url, '{ viewr { email } }');
    expect(signedOut.errors?.[0]?.message).toBe('Cannot query field "viewr" on type "Query".');
    expect(refusalOf(signedOut)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'UNKNOWN_FIELD' });
    const signedIn = await gql(url, '{ viewr { email } }', {}, { token });
    expect(signedIn.errors?.[0]?.message).toMatch(/Did you mean "viewer"\?/);
  });

  it('never sends stack traces', async () => {
    const result = await gql(url, '{ auditLog(after: "bad") { totalCount } }', {}, { token });
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+|\.js:\d+/);
    expect(refusalOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_CURSOR' });
  });

  it('names the case of every GraphQL-layer refusal in extensions.reason', async () => {
    expect(refusalOf(await gql(url, '{ viewer { email }', {}, { token }))).toEqual({
      code: 'GRAPHQL_PARSE_FAILED',
      reason: 'SYNTAX_ERROR',
    });
    expect(refusalOf(await gql(url, '{ account { id } }', {}, { token }))).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'MISSING_ARGUMENT',
    });
    expect(refusalOf(await gql(url, 'query ($id: ID!) { account(id: $id) { id } }', {}, { token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REQUIRED',
    });
    expect(
      refusalOf(await gql(url, 'query ($n: Int) { auditLog(first: $n) { totalCount } }', { n: 'x' }, { token })),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_VALUE',
    });
  });
});

describe(`health and static routes (${driverName})`, () => {
  it('answers /healthz and /readyz, and 404 for unknown API paths', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', database: driverName });
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/uploads/nothing`)).status).toBe(401);
  });

  it('serves the admin SPA at / and its routes, and GraphiQL at /playground', async () => {
    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await home.text()).toMatch(/<div id="app">/);
    expect((await fetch(`${url}/audit?action=rule.set`)).status).toBe(200);
    const playground = await fetch(`${url}/playground`);
    expect(playground.status).toBe(200);
    expect(await playground.text()).toMatch(/playground/i);
  });
});
