/**
 * Weight of the first screen (issue 15): the bytes a person's browser transfers from opening the
 * site signed out, through the sign-in form, to their first screen after sign-in, with an empty
 * cache, per role. Measured over the wire in Chromium (CDP Network.loadingFinished
 * encodedDataLength: headers and the body as encoded), once as the browser asks (brotli/gzip) and
 * once with `Accept-Encoding: identity` (the baseline without compression). Target: at most 400 KB.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`; run: `pnpm bench`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BrowserSuite, hasChromium, PASSWORD } from '../e2e/browser';
import { printTable } from './measure';

const TARGET_KB = 400;
const ALL_ROLES = ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'];
/** FIRST_SCREEN_ROLES=analyst,publisher measures only those; FIRST_SCREEN_DETAIL=1 lists the largest transfers. */
const ROLES = process.env.FIRST_SCREEN_ROLES ? process.env.FIRST_SCREEN_ROLES.split(',') : ALL_ROLES;
const DETAIL = process.env.FIRST_SCREEN_DETAIL === '1';

const suite = new BrowserSuite();

beforeAll(async () => {
  if (hasChromium) await suite.start();
}, 120_000);

afterAll(async () => {
  await suite.stop();
});

interface Transfer {
  /** Everything from opening `/` signed out to the first screen after sign-in. */
  total: number;
  /** The part after pressing "sign in". */
  afterSignIn: number;
  /** The part that is the admin's code and styles (/assets/). */
  assets: number;
  landing: string;
  requests: number;
  /** Content-Encoding of the main script's response. */
  scriptEncoding: string;
}

/** Resolves once no request has been in flight for `quietMs`. */
async function networkQuiet(inFlight: () => number, quietMs = 600, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the network never went quiet');
}

async function firstScreen(role: string, compressed: boolean): Promise<Transfer> {
  const page: Page = await suite.newPage();
  if (!compressed) await page.context().setExtraHTTPHeaders({ 'accept-encoding': 'identity' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const encodings = new Map<string, string>();
  const pending = new Set<string>();
  const finished: Array<{ url: string; bytes: number; afterSignIn: boolean }> = [];
  let signedIn = false;
  cdp.on('Network.requestWillBeSent', (event) => {
    urls.set(event.requestId, event.request.url);
    pending.add(event.requestId);
  });
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    encodings.set(event.requestId, headers['content-encoding'] ?? 'identity');
  });
  cdp.on('Network.loadingFinished', (event) => {
    pending.delete(event.requestId);
    finished.push({ url: urls.get(event.requestId) ?? '', bytes: event.encodedDataLength, afterSignIn: signedIn });
  });
  cdp.on('Network.loadingFailed', (event) => pending.delete(event.requestId));

  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-email').fill(`${role}@example.com`);
  await page.getByTestId('login-password').fill(PASSWORD);
  await networkQuiet(() => pending.size);
  signedIn = true;
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.locator('.el-main').first().waitFor();
  await networkQuiet(() => pending.size);
  const landing = new URL(page.url()).pathname;

  const script = [...urls].find(([, url]) => /\/assets\/index-[^/]+\.js$/.test(url));
  const transfer: Transfer = {
    total: finished.reduce((sum, each) => sum + each.bytes, 0),
    afterSignIn: finished.filter((each) => each.afterSignIn).reduce((sum, each) => sum + each.bytes, 0),
    assets: finished.filter((each) => each.url.includes('/assets/')).reduce((sum, each) => sum + each.bytes, 0),
    landing,
    requests: finished.length,
    scriptEncoding: script ? (encodings.get(script[0]) ?? '?') : 'not loaded',
  };
  if (DETAIL && compressed) {
    printTable(
      `${role}: the ten largest transfers`,
      [...finished]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 10)
        .map((each) => ({
          url: new URL(each.url).pathname,
          KB: kb(each.bytes),
          'after sign-in': each.afterSignIn ? 'yes' : 'no',
        })),
    );
  }
  await page.context().close();
  return transfer;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

it.skipIf(!hasChromium)('first screen after sign-in: bytes over the wire per role, compressed and not', async () => {
  const rows: Array<Record<string, string | number>> = [];
  for (const role of ROLES) {
    const compressed = await firstScreen(role, true);
    const identity = await firstScreen(role, false);
    // The figures exist and are what they claim to be before they are compared.
    expect(compressed.total).toBeGreaterThan(10_000);
    expect(identity.total).toBeGreaterThan(compressed.total);
    expect(compressed.scriptEncoding).toBe('br');
    expect(identity.scriptEncoding).toBe('identity');
    expect(compressed.landing).toBe(identity.landing);
    rows.push({
      role,
      'first screen': compressed.landing,
      requests: compressed.requests,
      'KB total (br/gzip)': kb(compressed.total),
      'KB after sign-in': kb(compressed.afterSignIn),
      'KB of /assets/': kb(compressed.assets),
      'KB total (identity)': kb(identity.total),
      'identity ÷ compressed': Math.round((identity.total / compressed.total) * 100) / 100,
      'target KB': TARGET_KB,
      'within target': compressed.total <= TARGET_KB * 1024 ? 'yes' : 'NO',
    });
  }
  printTable(
    `First screen after sign-in, cold cache, bytes over the wire (target ≤ ${TARGET_KB} KB, total from opening the site signed out)`,
    rows,
  );
});
