/**
 * How the admin and the API travel (issue 15, weight): hashed assets precompressed (brotli or gzip)
 * and cached for a year as immutable, the pages revalidated on every use, dynamic answers (GraphQL
 * JSON, CSV exports) compressed above 1 KB. Raw HTTP (node:http): fetch would decode silently.
 * Needs `pnpm --filter @oap/admin build` (the precompressed files are made by the build).
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let token: string;

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they came over the wire (still encoded). */
  body: Buffer;
}

function request(
  path: string,
  headers: Record<string, string> = {},
  init: { method?: string; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

function decode(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body);
  if (encoding === 'gzip') return zlib.gunzipSync(response.body);
  expect(encoding).toBeUndefined();
  return response.body;
}

/** The main script and stylesheet index.html names. */
async function entryAssets(): Promise<{ script: string; stylesheet: string }> {
  const page = await request('/moderation', { 'accept-encoding': 'identity' });
  const html = page.body.toString('utf8');
  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  expect(stylesheet).toBeDefined();
  return { script: script as string, stylesheet: stylesheet as string };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  token = await signIn(server.url, 'moderator@example.com');
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`delivery (${driverName})`, () => {
  it('serves hashed assets precompressed (brotli first, then gzip), immutable for a year', async () => {
    const { script, stylesheet } = await entryAssets();
    for (const asset of [script, stylesheet]) {
      const plain = await request(asset, { 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.length).toBeGreaterThan(1024);

      const brotli = await request(asset, { 'accept-encoding': 'gzip, deflate, br' });
      expect(brotli.status).toBe(200);
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers.vary).toMatch(/accept-encoding/i);
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotli.headers['content-type']).toMatch(asset.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(brotli.body.length).toBeLessThan(plain.body.length / 2);
      expect(decode(brotli).equals(plain.body)).toBe(true);

      const gzip = await request(asset, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(decode(gzip).equals(plain.body)).toBe(true);
    }
  });

  it('sends a hashed asset only the headers a subresource uses; pages keep the document policy', async () => {
    const { script } = await entryAssets();
    const asset = await request(script, { 'accept-encoding': 'br' });
    expect(asset.status).toBe(200);
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    // A file whose name is its version is never revalidated, and a script is not a document.
    expect(asset.headers.etag).toBeUndefined();
    expect(asset.headers['last-modified']).toBeUndefined();
    expect(asset.headers['content-security-policy']).toBeUndefined();
    expect(asset.headers['x-frame-options']).toBeUndefined();

    const page = await request('/moderation', { 'accept-encoding': 'br' });
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has every page revalidated (no-cache), so a deploy is picked up at once', async () => {
    for (const page of ['/', '/moderation', '/login', '/playground']) {
      const response = await request(page, { 'accept-encoding': 'gzip, br' });
      expect(response.status, page).toBe(200);
      expect(response.headers['cache-control'], page).toBe('no-cache');
      expect(decode(response).toString('utf8'), page).toMatch(/<!doctype html>/i);
    }
    // Unhashed files outside /assets are revalidated too; an unknown asset is a 404, not the SPA.
    const missing = await request('/assets/nothing-here.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });

  it('compresses GraphQL answers above 1 KB and leaves small ones alone', async () => {
    const big = await request(
      '/graphql',
      { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' },
      {
        method: 'POST',
        body: JSON.stringify({ query: '{ accounts(first: 50) { edges { node { id appId createdAt certified } } } }' }),
      },
    );
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toMatch(/accept-encoding/i);
    const data = JSON.parse(decode(big).toString('utf8')) as { data?: { accounts: { edges: unknown[] } } };
    expect(data.data?.accounts.edges.length).toBeGreaterThan(5);
    expect(decode(big).length).toBeGreaterThan(1024);
    expect(big.body.length).toBeLessThan(decode(big).length);

    const small = await request(
      '/graphql',
      { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' },
      { method: 'POST', body: JSON.stringify({ query: '{ viewer { id } }' }) },
    );
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8')).data.viewer.id).toEqual(expect.any(String));

    const identity = await request(
      '/graphql',
      { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
      {
        method: 'POST',
        body: JSON.stringify({ query: '{ accounts(first: 50) { edges { node { id appId createdAt certified } } } }' }),
      },
    );
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(decode(big))).toBe(true);
  });

  it('compresses CSV exports (still chunked, the BOM intact)', async () => {
    const csv = await request('/exports/accounts.csv', {
      authorization: `Bearer ${token}`,
      'accept-encoding': 'gzip',
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(csv.headers['transfer-encoding']).toBe('chunked');
    const text = decode(csv);
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.toString('utf8').split('\r\n').length).toBeGreaterThan(3);
  });
});
