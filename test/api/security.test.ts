/**
 * Hostile input, tried as an attacker would (issue 11, in progress): query bombs and bad text.
 * Each probe must be refused with the contract's code, and the server must keep answering.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
let admin: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  admin = await signIn(url, 'admin@example.com');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** 24 fragments, each spreading the next twice: 2^23 fields once expanded, in under 1 KB. */
function fragmentBomb(levels = 24): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`,
  );
  return `query Bomb { ...F0 } ${fragments.join(' ')}`;
}

describe(`query bombs (${driverName})`, () => {
  it('refuses a fragment bomb, signed out, by its expanded size, and keeps serving meanwhile', async () => {
    const bomb = fragmentBomb();
    expect(bomb.length).toBeLessThan(1024);
    const refused = gql(url, bomb);
    const health = await fetch(`${url}/healthz`);
    const result = await refused;
    expect(health.status).toBe(200);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', rule: 'fields' });
    expect(result.errors?.[0]?.message).toMatch(/8388608 fields; the limit is 500/);
  });

  it('counts __typename aliases: 5,000 of them are refused, signed out', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ');
    const result = await gql(url, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/tokens|aliases/);
  });

  it('still answers an ordinary query after the bombs', async () => {
    expect((await gql(url, '{ viewer { email } }', {}, { token: admin })).data).toEqual({
      viewer: { email: 'admin@example.com' },
    });
  });
});

describe(`text no column can store (${driverName})`, () => {
  const schema = buildSchema(fs.readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));
  /** Every mutation with a String argument, or an input object holding a String field. */
  type TextInput = { mutation: GraphQLField<unknown, unknown>; arg: string; field: string | null };
  const withText = Object.values(schema.getMutationType()?.getFields() ?? {}).flatMap((mutation) =>
    mutation.args.flatMap((arg): TextInput[] => {
      const named = getNamedType(arg.type);
      if (isScalarType(named) && named.name === 'String') return [{ mutation, arg: arg.name, field: null }];
      if (isInputObjectType(named)) {
        const text = Object.values(named.getFields()).find(
          (field) => isScalarType(getNamedType(field.type)) && getNamedType(field.type).name === 'String',
        );
        return text ? [{ mutation, arg: arg.name, field: text.name }] : [];
      }
      return [];
    }),
  );

  it('finds the text inputs to try', () => {
    expect(withText.length).toBeGreaterThan(20);
  });

  for (const [label, bad] of [
    ['NUL', 'a\u0000b'],
    ['a lone surrogate', 'a\ud800b'],
  ] as const) {
    it(`refuses ${label} in every text input with BAD_USER_INPUT naming it, before anything runs`, async () => {
      const wrong: string[] = [];
      for (const { mutation, arg, field } of withText) {
        const variables: Record<string, unknown> = { v: field ? { [field]: bad } : bad };
        const argType = String(mutation.args.find((a) => a.name === arg)?.type);
        const others = mutation.args.filter((a) => a.name !== arg && isNonNullType(a.type));
        // Other required arguments get a variable too (never reached: the refusal comes first).
        const declared = [`$v: ${argType}`, ...others.map((a) => `$${a.name}: ${String(a.type)}`)].join(', ');
        for (const other of others) variables[other.name] = null;
        const call = [`${arg}: $v`, ...others.map((a) => `${a.name}: $${a.name}`)].join(', ');
        const named = getNamedType(mutation.type);
        const selection = isScalarType(named) || 'getValues' in named ? '' : ' { __typename }';
        const result = await gql(url, `mutation (${declared}) { ${mutation.name}(${call})${selection} }`, variables, {
          token: admin,
        });
        const expectedField = field ? `v.${field}` : 'v';
        const extensions = result.errors?.[0]?.extensions;
        if (codeOf(result) !== 'BAD_USER_INPUT' || extensions?.field !== expectedField) {
          wrong.push(`${mutation.name}(${arg}): ${JSON.stringify(result.errors?.[0])}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('refuses a 900 KB note before it reaches a service, the audit log or a notification', async () => {
    const result = await gql(
      url,
      'mutation ($id: ID!, $note: String!) { dismissViolation(id: $id, note: $note) { id } }',
      { id: 'VmlvbGF0aW9uOjA', note: '注'.repeat(300_000) },
      { token: admin },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'note' });
  });

  it('refuses the same in an inline literal', async () => {
    const result = await gql(url, 'mutation { login(email: "a\\u0000b@example.com", password: "x") { token } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT' });
  });
});

describe(`positions, times and REST paths a client can bend (${driverName})`, () => {
  const cursor = (key: string) =>
    Buffer.from(JSON.stringify([key, '00000000-0000-4000-8000-000000000000'])).toString('base64url');

  it('refuses a decodable cursor with a bad position, on every time-ordered list', async () => {
    for (const list of ['accounts', 'articles', 'violations', 'penalties', 'appeals', 'certifications', 'auditLog']) {
      for (const key of ['yesterday', '0000-01-01T00:00:00Z', '275760-09-13T00:00:00Z']) {
        const result = await gql(
          url,
          `query ($a: String) { ${list}(first: 1, after: $a) { totalCount } }`,
          { a: cursor(key) },
          {
            token: admin,
          },
        );
        expect(result.errors?.[0]?.extensions, `${list} after ${key}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'after',
        });
      }
    }
    const nested = await gql(
      url,
      'query ($a: String) { accounts(first: 1) { edges { node { violations(first: 1, after: $a) { totalCount } } } } }',
      { a: cursor('0000-01-01T00:00:00Z') },
      { token: admin },
    );
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
  });

  it('refuses moments out of range as BAD_USER_INPUT, as a variable and as a literal', async () => {
    const literal = await gql(url, '{ rules(at: "0000-01-01T00:00:00Z") { key } }', {}, { token: admin });
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE' });
    const variable = await gql(
      url,
      'query ($at: DateTime) { rules(at: $at) { key } }',
      { at: '0000-01-01T00:00:00Z' },
      {
        token: admin,
      },
    );
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
  });

  it('answers REST probes with 4xx, never 500', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, { headers: { authorization: `Bearer ${admin}`, ...headers } });
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await get(`/exports/${name}.csv`)).status, name).toBe(404);
    }
    expect((await get('/exports/violations.csv?reportedFrom=0000-01-01')).status).toBe(400);
    expect((await get('/exports/violations.csv?type=LIKE_FARMING&type=OTHER')).status).toBe(400);
    // Express's simple query parser keeps `type[a]` as a name of its own: an unknown filter, ignored.
    expect((await get('/exports/violations.csv?type[a]=b')).status).toBe(200);
    expect((await get('/exports/%E0%A4%A.csv')).status).toBeLessThan(500);
    expect((await get('/uploads/%E0%A4%A')).status).toBeLessThan(500);
    const encoded = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'bogus' },
      body: '{"query":"{ viewer { id } }"}',
    });
    expect(encoded.status).toBe(415);
  });
});

describe(`rules that would break the platform (${driverName})`, () => {
  const setRule = (key: string, value: unknown) =>
    gql(
      url,
      'mutation ($input: SetRuleInput!) { setRule(input: $input) { key } }',
      { input: { key, value, effectiveFrom: '2040-01-01T00:00:00Z' } },
      { token: admin },
    );

  it('refuses every out-of-bounds value, naming the value, and writes nothing', async () => {
    const before = (
      await gql<{ auditLog: { totalCount: number } }>(url, '{ auditLog { totalCount } }', {}, { token: admin })
    ).data?.auditLog.totalCount;
    for (const [key, value] of [
      ['article.correction.maxCorrections', 1e20],
      ['penalty.ladder.LIKE_FARMING', [1e300]],
      ['appeal.decisionWorkingDays', 2 ** 40],
      ['detection.likeFarming.patterns', ['(a+)+$(?=x)']],
      ['account.quota.INDIVIDUAL', -1],
      ['certification.material.maxBytes', 'big'],
    ] as const) {
      const result = await setRule(key, value);
      expect(result.errors?.[0]?.extensions, key).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    }
    const after = (
      await gql<{ auditLog: { totalCount: number } }>(url, '{ auditLog { totalCount } }', {}, { token: admin })
    ).data?.auditLog.totalCount;
    expect(typeof before).toBe('number');
    expect(after).toBe(before);
  });

  it('refuses an unknown key (a typo) with the list of known ones', async () => {
    const result = await setRule('article.correction.maxChangedChars', 10);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'key',
      reason: 'UNKNOWN_RULE',
    });
    expect(result.errors?.[0]?.extensions?.knownKeys).toContain('article.correction.maxChangedCharacters');
  });

  it('accepts a nested-quantifier pattern and still publishes in linear time (RE2)', async () => {
    expect((await setRule('detection.likeFarming.patterns', ['集赞', '(a+)+$'])).errors).toBeUndefined();
  });
});

describe(`sign-in limits (${driverName})`, () => {
  const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
  /** A sign-in from a given client address (the server trusts X-Forwarded-For from loopback). */
  const attempt = async (email: string, password: string, client: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    const body = (await response.json()) as {
      data?: { login?: { token: string } };
      errors?: Array<{ extensions?: Record<string, unknown> }>;
    };
    return body.data?.login?.token ? 'SIGNED_IN' : String(body.errors?.[0]?.extensions?.code);
  };

  it('checks at most the limit of 40 simultaneous guesses, and refuses the right one among the late ones', async () => {
    let answered = 0;
    let tenAnswered: () => void = () => {};
    const limitReached = new Promise<void>((resolve) => {
      tenAnswered = resolve;
    });
    const early = Array.from({ length: 34 }, () =>
      attempt('reviewer@example.com', 'wrong-password', '198.51.100.7').then((outcome) => {
        answered += 1;
        if (answered === 10) tenAnswered();
        return outcome;
      }),
    );
    // The right guess comes 35th, once the limit's worth of wrong ones has been answered (as in an
    // attack, it is not first): waiting on answers, not on a timer, holds on a loaded machine too.
    await limitReached;
    const late = [
      attempt('reviewer@example.com', 'demo-password', '198.51.100.7'),
      ...Array.from({ length: 5 }, () => attempt('reviewer@example.com', 'wrong-password', '198.51.100.7')),
    ];
    const outcomes = await Promise.all([...early, ...late]);
    expect(outcomes).toHaveLength(40);
    expect(outcomes.filter((outcome) => outcome === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(30);
    expect(outcomes[34]).toBe('RATE_LIMITED');
    expect(outcomes).not.toContain('SIGNED_IN');
  });

  it('cuts off one client spraying 300 emails at the per-client limit', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) => attempt(`nobody-${i}@example.com`, 'guess', '198.51.100.8')),
    );
    const tally = (code: string) => outcomes.filter((outcome) => outcome === code).length;
    expect(tally('RATE_LIMITED'), JSON.stringify(outcomes)).toBe(270);
    // The 30 checked ones are wrong passwords. On an overloaded machine a check's hash (scrypt)
    // can outlast the request deadline, answered 503 (SERVICE_UNAVAILABLE): it was counted before
    // hashing all the same, so the cut-off is unchanged.
    expect(tally('UNAUTHENTICATED') + tally('SERVICE_UNAVAILABLE'), JSON.stringify(outcomes)).toBe(30);
    expect(tally('UNAUTHENTICATED')).toBeGreaterThan(0);
  });

  it('does not lock the victim out from another address', async () => {
    for (let i = 0; i < 12; i += 1) await attempt('moderator@example.com', 'wrong-password', '198.51.100.9');
    expect(await attempt('moderator@example.com', 'demo-password', '198.51.100.9')).toBe('RATE_LIMITED');
    expect(await attempt('moderator@example.com', 'demo-password', '203.0.113.4')).toBe('SIGNED_IN');
  });
});

describe(`REST writes (${driverName})`, () => {
  const png = (bytes: number) => {
    const header = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    return Buffer.concat([header, Buffer.alloc(bytes - header.length)]);
  };
  const upload = (data: Buffer, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), 'id.png');
    return fetch(`${url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, ...headers },
      body: form,
    });
  };

  it('accepts a file of exactly the rule’s size and refuses one byte more', async () => {
    expect((await upload(png(204_800))).status).toBe(201);
    expect((await upload(png(204_801))).status).toBe(413);
  });

  it('refuses an upload sent by another site’s page', async () => {
    expect((await upload(png(1000), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload(png(1000), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await upload(png(1000), { origin: url })).status).toBe(201);
  });
});

/** The probes of graphql-cop (dolevf/graphql-cop), each answered as a client error, quickly. */
describe(`graphql-cop probes (${driverName})`, () => {
  const raw = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${url}/graphql`, { method: 'POST', headers, body });

  it('alias overloading: 100 aliases of a field are refused, signed out', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const result = await gql(url, `{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', rule: 'aliases' });
  });

  it('batching: an array of operations is refused, not run', async () => {
    const response = await raw(JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('directive overloading: 1,000 copies of a directive give a bounded refusal', async () => {
    const directives = Array.from({ length: 1000 }, () => '@aa').join('');
    const response = await raw(JSON.stringify({ query: `{ __typename ${directives} }` }));
    expect(response.status).toBe(400);
    const text = await response.text();
    // graphql-js stops at 100 validation errors; the token limit stops longer documents.
    expect(text.length).toBeLessThan(30_000);
    expect(text).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('field duplication: 1,000 copies of one field are refused', async () => {
    const result = await gql(url, `{ ${Array.from({ length: 1000 }, () => '__typename').join(' ')} }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', rule: 'fields' });
  });

  it('circular fragments are refused by validation', async () => {
    const result = await gql(url, 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/within itself/);
  });

  it('introspection signed out is refused; signed in it works (the playground)', async () => {
    const signedOut = await gql(url, '{ __schema { types { name } } }');
    expect(signedOut.status).toBe(401);
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(signedOut.errors?.[0]?.extensions).not.toHaveProperty('http');
    const signedIn = await gql<{ __schema: { types: unknown[] } }>(
      url,
      '{ __schema { types { name } } }',
      {},
      { token: admin },
    );
    expect(signedIn.data?.__schema.types.length).toBeGreaterThan(10);
  });

  it('a field suggestion does not reveal the schema to a signed-out client', async () => {
    const result = await gql(url, '{ viewe { id } }');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });

  it('mutations over GET are refused (405); GET queries need a non-simple header (CSRF)', async () => {
    const mutation = await fetch(`${url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${admin}` },
    });
    expect(mutation.status).toBe(405);
    const simple = await fetch(`${url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('CSRF: a form or text/plain POST (no preflight) is refused before anything runs', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await raw(JSON.stringify({ query: 'mutation { logout }' }), {
        'content-type': contentType,
        authorization: `Bearer ${admin}`,
      });
      expect(response.status, contentType).toBe(415);
    }
    // The session still works: the refused logout did not run.
    expect((await gql(url, '{ viewer { email } }', {}, { token: admin })).data).toEqual({
      viewer: { email: 'admin@example.com' },
    });
  });
});

/** Every String input documents its limit in the schema ("At most N characters.") and keeps it. */
describe(`length limits on every text input (${driverName})`, () => {
  const schema = buildSchema(fs.readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));
  const limitIn = (description: string | null | undefined) => {
    const match = description?.match(/At most ([\d,]+) characters\./);
    return match?.[1] ? Number(match[1].replace(/,/g, '')) : null;
  };

  /** A value of the type that coerces, so only the text under test can be refused. */
  const filler = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return filler(type.ofType);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, filler(field.type)]),
      );
    }
    return { Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00Z' }[type.name] ?? 'x';
  };

  type Position = {
    root: 'query' | 'mutation';
    field: GraphQLField<unknown, unknown>;
    arg: string;
    path: string[];
    limit: number;
  };
  const positions: Position[] = [];
  const missing: string[] = [];
  for (const [root, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      for (const arg of field.args) {
        const walk = (inputType: GraphQLInputType, pathSoFar: string[], description: string | null | undefined) => {
          const named = getNamedType(inputType);
          if (isScalarType(named) && named.name === 'String') {
            const limit = limitIn(description);
            if (limit === null) missing.push(`${field.name}(${[arg.name, ...pathSoFar].join('.')})`);
            else positions.push({ root, field, arg: arg.name, path: pathSoFar, limit });
          } else if (isInputObjectType(named) && pathSoFar.length < 3) {
            for (const inner of Object.values(named.getFields()))
              walk(inner.type, [...pathSoFar, inner.name], inner.description);
          }
        };
        walk(arg.type, [], arg.description);
      }
    }
  }

  it('documents a limit for every String input of Query and Mutation', () => {
    expect(missing).toEqual([]);
    expect(positions.length).toBeGreaterThan(50);
  });

  it('refuses one character over the limit with TOO_LONG naming the field, and not the limit itself', async () => {
    const wrong: string[] = [];
    for (const { root, field, arg, path: inner, limit } of positions) {
      const call = async (text: string) => {
        const variables: Record<string, unknown> = {};
        for (const each of field.args) {
          if (each.name === arg) {
            const value = inner.length === 0 ? text : (filler(each.type) as Record<string, unknown>);
            if (inner.length > 0) {
              let at = value as Record<string, unknown>;
              let type = getNamedType(each.type);
              for (const [index, name] of inner.entries()) {
                if (index === inner.length - 1) {
                  at[name] = text;
                  break;
                }
                const fieldType = isInputObjectType(type) ? type.getFields()[name]?.type : undefined;
                if (!fieldType) throw new Error(`no input field ${name} in ${String(type)}`);
                const itemType = isNonNullType(fieldType) ? fieldType.ofType : fieldType;
                // A list of input objects (a calendar's holidays): the text goes into one item of it.
                const next = isListType(itemType)
                  ? filler(itemType.ofType)
                  : ((at[name] as Record<string, unknown>) ?? filler(fieldType));
                at[name] = isListType(itemType) ? [next] : next;
                at = next as Record<string, unknown>;
                type = getNamedType(fieldType);
              }
            }
            variables[each.name] = value;
          } else if (isNonNullType(each.type)) {
            variables[each.name] = filler(each.type);
          }
        }
        const used = field.args.filter((each) => each.name in variables);
        const declared = used.map((each) => `$${each.name}: ${String(each.type)}`).join(', ');
        const passed = used.map((each) => `${each.name}: $${each.name}`).join(', ');
        const named = getNamedType(field.type);
        const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
        return gql(
          url,
          `${root} ${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
          variables,
          { token: admin },
        );
      };
      const expectedField = [arg, ...inner].join('.');
      const over = await call('字'.repeat(limit + 1));
      const refusal = over.errors?.[0]?.extensions;
      // Inside a list the field names the item too (`input.holidays.0.date`).
      const refusedField = typeof refusal?.field === 'string' ? refusal.field.replace(/\.\d+(?=\.)/g, '') : null;
      if (refusal?.code !== 'BAD_USER_INPUT' || refusal?.reason !== 'TOO_LONG' || refusedField !== expectedField) {
        wrong.push(`${field.name}(${expectedField}) at ${limit + 1}: ${JSON.stringify(over.errors?.[0])}`);
      }
      const at = await call('字'.repeat(limit));
      // Other fields hold fillers that may fail their own checks: only this field's length counts.
      if (
        at.errors?.some(
          (error) =>
            error.extensions?.reason === 'TOO_LONG' &&
            String(error.extensions?.field).replace(/\.\d+(?=\.)/g, '') === expectedField,
        )
      ) {
        wrong.push(`${field.name}(${expectedField}) at ${limit}: refused as too long`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
