/**
 * Errors and loading in the admin SPA: the frame shows at once (a skeleton while the session check
 * is under way), a server that cannot be reached gets a banner with a retry (navigation still works),
 * a filter change then clears the old rows and says why, and a page whose code fails to load says
 * so with a reload — in Chromium against the built API and admin, the server "stopped" by aborting
 * the browser's /graphql (and chunk) requests.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, signInAt } from './browser';

const MODERATOR = 'moderator@example.com';
const GRAPHQL = '**/graphql';

/** The machine is shared: a page may take seconds to answer. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

if (!hasChromium) console.warn(`offline e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const rowCount = (page: Page) => page.locator('.violation-row').count();
const abort = (route: Route) => route.abort('connectionrefused');

describe.skipIf(!hasChromium)(`errors and loading in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('shows the frame before the session check answers', async () => {
    const page = await suite.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The session check (the first /graphql request) waits until the skeleton was seen.
    await page.route(GRAPHQL, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/moderation');
    await poll(() => page.getByTestId('app-skeleton').isVisible()).toBe(true);
    expect(await page.getByTestId('app-skeleton').textContent()).toContain('OAP');
    release();
    await page.waitForURL((url) => url.pathname === '/login');
    await poll(() => page.getByTestId('app-skeleton').count()).toBe(0);
    await page.unroute(GRAPHQL);
  });

  it('with the server unreachable: a banner, no stale rows under a new filter, navigation, and a retry', async () => {
    const url = suite.server.url;
    const token = await signIn(url, MODERATOR);
    const counts = await gql<{ all: { totalCount: number }; farming: { totalCount: number } }>(
      url,
      `{ all: violations(filter: { status: PENDING, claim: UNCLAIMED_OR_MINE }) { totalCount }
         farming: violations(filter: { status: PENDING, type: LIKE_FARMING, claim: UNCLAIMED_OR_MINE }) { totalCount } }`,
      {},
      { token },
    );
    const farming = counts.data?.farming.totalCount ?? 0;
    expect(farming).toBeGreaterThan(0);
    expect(counts.data?.all.totalCount ?? 0).toBeGreaterThan(farming);

    const page = await suite.newPage();
    await signInAt(page, '/moderation', MODERATOR);
    await poll(() => rowCount(page)).toBeGreaterThan(0);
    expect(await page.getByTestId('offline-banner').count()).toBe(0);

    // The server goes away; a filter change must not leave the old rows under the new filter.
    await page.route(GRAPHQL, abort);
    await page.getByTestId('moderation-filter-type').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '集赞' }).click();
    await page.waitForURL((next) => next.searchParams.get('type') === 'LIKE_FARMING');
    await poll(() => page.getByTestId('offline-banner').isVisible()).toBe(true);
    await poll(() => page.getByTestId('moderation-load-error').isVisible()).toBe(true);
    expect(await rowCount(page)).toBe(0);
    expect(await page.getByTestId('moderation-total').count()).toBe(0);

    // Navigation still works (the pages' code is served), with the banner.
    await page.getByTestId('nav-accounts').click();
    await page.waitForURL((next) => next.pathname === '/accounts');
    await poll(() => page.getByTestId('accounts-page').isVisible()).toBe(true);
    expect(await page.getByTestId('offline-banner').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL(
      (next) => next.pathname === '/moderation' && next.searchParams.get('type') === 'LIKE_FARMING',
    );

    // Still down: the retry keeps the banner.
    await page.getByTestId('offline-retry').click();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('offline-banner').isVisible()).toBe(true);
    expect(await rowCount(page)).toBe(0);

    // Back: the retry removes the banner and loads the filtered rows.
    await page.unroute(GRAPHQL);
    await page.getByTestId('offline-retry').click();
    await poll(() => page.getByTestId('offline-banner').count()).toBe(0);
    await poll(() => page.getByTestId('moderation-total').textContent()).toContain(String(farming));
    expect(await rowCount(page)).toBe(Math.min(farming, 20));
    expect(await page.getByTestId('moderation-load-error').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('says so when a page’s code fails to load, and reloads it', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/moderation', MODERATOR);
    await poll(() => rowCount(page)).toBeGreaterThan(0);
    // The appeals page's chunk (not loaded yet) cannot be fetched.
    const chunk = '**/assets/AppealsPage-*.js';
    await page.route(chunk, abort);
    await page.getByTestId('nav-appeals').click();
    await poll(() => page.getByTestId('chunk-error-banner').isVisible()).toBe(true);
    expect(await page.getByTestId('chunk-error-banner').textContent()).toContain('页面加载失败');
    expect(new URL(page.url()).pathname).toBe('/moderation');
    await page.unroute(chunk);
    await page.getByTestId('chunk-error-reload').click();
    await page.waitForURL((next) => next.pathname === '/appeals');
    await poll(() => page.getByTestId('appeals-page').isVisible()).toBe(true);
    expect(await page.getByTestId('chunk-error-banner').count()).toBe(0);
  });
});
