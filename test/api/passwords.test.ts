/**
 * Password hashes carry their scrypt parameters: a hash made with the old ones (N=2^15, r=8, p=1)
 * still signs in, is replaced at that sign-in by one with the current ones (p=3), and a tampered
 * row cannot make a sign-in hang. The rows are read and written directly: with SQL on PostgreSQL
 * (TEST_DATABASE_URL), and on PGlite by opening its directory while the server is stopped (one
 * process owns a PGlite directory).
 */
import { scryptSync } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, DEMO_PASSWORD, gql, signIn } from '../support/graphql';
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

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Runs `work` with direct SQL on the test database. */
async function withSql<T>(work: (query: Query) => Promise<T>): Promise<T> {
  if (database.url) {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      return await work((text, params) => client.unsafe(text, params as never[]) as never);
    } finally {
      await client.end();
    }
  }
  // PGlite: the server owns the directory, so stop it, open the directory here, start it again.
  expect(await server.stop()).toBe(0);
  const entry = path.join(repoRoot, 'api', 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
  const { PGlite } = (await import(pathToFileURL(entry).href)) as {
    PGlite: {
      create(dir: string): Promise<{
        query(text: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
        close(): Promise<void>;
      }>;
    };
  };
  const client = await PGlite.create(path.join(database.env.DATA_DIR ?? '', 'pglite'));
  try {
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.close();
    server = await startTestServer(database);
  }
}

const hashOf = (email: string) =>
  withSql(async (query) =>
    String((await query('select password_hash from users where email = $1', [email]))[0]?.password_hash),
  );

/** A hash as the earlier version made it. */
function oldHash(password: string): string {
  const salt = Buffer.from('an-earlier-salt!');
  const key = scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

describe(`password hashes (${driverName})`, () => {
  it('stores new hashes (the demo seed’s) with the current parameters N=2^15, r=8, p=3', async () => {
    expect(await hashOf('admin@example.com')).toMatch(/^scrypt\$32768\$8\$3\$/);
  });

  it('signs in with an old N=2^15/8/1 hash, replaces it with a current one then, and signs in again', async () => {
    const email = 'reviewer@example.com';
    const old = oldHash(DEMO_PASSWORD);
    // A tampered row asking for 2^30 blocks (128 GiB) and for absurd r, p.
    const tampered = `scrypt$1073741824$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;
    await withSql(async (query) => {
      await query('update users set password_hash = $1 where email = $2', [old, email]);
      await query('update users set password_hash = $1 where email = $2', [tampered, 'moderator@example.com']);
    });

    // A wrong password changes nothing.
    expect(codeOf(await gql(server.url, LOGIN, { email, password: 'not-the-password' }))).toBe('UNAUTHENTICATED');
    expect(await hashOf(email)).toBe(old);

    const first = await signIn(server.url, email);
    const rehashed = await hashOf(email);
    expect(rehashed).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(rehashed).not.toBe(old);

    // The new hash signs in; it is current, so this sign-in leaves it alone.
    const second = await signIn(server.url, email);
    expect(await hashOf(email)).toBe(rehashed);
    for (const token of [first, second]) {
      const viewer = await gql<{ viewer: { email: string } }>(server.url, '{ viewer { email } }', {}, { token });
      expect(viewer.data?.viewer.email).toBe(email);
    }

    // The tampered row verifies nothing, at once; the server keeps answering.
    const started = Date.now();
    const refused = await gql(server.url, LOGIN, { email: 'moderator@example.com', password: DEMO_PASSWORD });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await hashOf('moderator@example.com')).toBe(tampered);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
