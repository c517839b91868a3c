import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../support/server';
import { printTable } from './measure';

/**
 * Hostile documents through HTTP on the built server: how long each takes to be refused, against an
 * ordinary signed-out query in the same run, and how long `/healthz` waits while they arrive.
 */
let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { LOG_LEVEL: 'error' });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const fragmentBomb = (levels: number) =>
  `query Bomb { ...F0 } ${Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`,
  ).join(' ')}`;

const documents = {
  'ordinary { viewer { id } } (baseline)': '{ viewer { id } }',
  'fragment bomb, 24 levels (968 bytes)': fragmentBomb(24),
  'fragment bomb, 40 levels': fragmentBomb(40),
  '5,000 __typename aliases': `{ ${Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
  '1,000 unknown directives': `{ __typename ${'@aa'.repeat(1000)} }`,
  '900 KB of whitespace around one field (accepted)': `{ ${' '.repeat(900_000)} __typename }`,
};

async function post(query: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await response.text();
  return { ms: performance.now() - started, status: response.status };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

it('hostile documents are judged in milliseconds, and /healthz keeps answering meanwhile', async () => {
  const runs = 30;
  const results: Record<string, { median: number; status: number }> = {};
  for (const [name, query] of Object.entries(documents)) {
    await post(query); // warm-up
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < runs; i += 1) {
      const result = await post(query);
      times.push(result.ms);
      status = result.status;
    }
    results[name] = { median: median(times), status };
  }
  const baseline = results['ordinary { viewer { id } } (baseline)']?.median;
  expect(baseline).toBeGreaterThan(0);

  // /healthz while bombs keep arriving, 4 at a time.
  const health: number[] = [];
  let sending = true;
  const senders = Array.from({ length: 4 }, async () => {
    while (sending) await post(fragmentBomb(24));
  });
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await (await fetch(`${server.url}/healthz`)).text();
    health.push(performance.now() - started);
  }
  sending = false;
  await Promise.all(senders);

  printTable(`Hostile documents, median of ${runs} over HTTP (ratio against the ordinary query)`, [
    ...Object.entries(results).map(([name, { median: ms, status }]) => ({
      document: name,
      status,
      'median ms': ms.toFixed(2),
      ratio: (ms / (baseline as number)).toFixed(2),
    })),
    {
      document: '/healthz while 4 clients send 24-level bombs',
      status: 200,
      'median ms': median(health).toFixed(2),
      ratio: (median(health) / (baseline as number)).toFixed(2),
    },
  ]);
  for (const [name, { status }] of Object.entries(results)) {
    expect(status, name).toBe(name.includes('baseline') || name.includes('accepted') ? 200 : 400);
  }
});
