/**
 * Search for moderators in the admin SPA (issue 15, item 13): the header's search box, debounced,
 * with the query in the URL; accounts by name, articles by a phrase of the body — in Chromium
 * against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR = 'moderator@example.com';
const PUBLISHER = 'publisher@example.com';
const TITLE = '回文诗里的苏蕙';
const PHRASE = '璇玑图';

if (!hasChromium) console.warn(`search e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`search in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  /** Every search the admin sent, in order (the debounce: one per pause, not one per key). */
  const searches: string[] = [];

  beforeAll(async () => {
    await suite.start();
    const url = suite.server.url;
    const publisher = await signIn(url, PUBLISHER);
    const operated = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
      url,
      '{ accounts(first: 20) { edges { node { id kind } } } }',
      {},
      { token: publisher },
    );
    let published = false;
    for (const { node } of operated.data?.accounts.edges ?? []) {
      if (node.kind === 'MINI_PROGRAM') continue;
      const result = await gql(
        url,
        'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
        {
          input: {
            accountId: node.id,
            title: TITLE,
            summary: '织锦回文',
            body: `前秦才女苏蕙织锦为${PHRASE}，八百余字，纵横反复皆成诗章。`,
            original: true,
            reprintPolicy: 'OPEN',
          },
        },
        { token: publisher },
      );
      if (result.data) {
        published = true;
        break;
      }
    }
    if (!published) throw new Error('setup failed: the publisher could not publish');
  });

  afterAll(async () => {
    await suite?.stop();
  });

  it('finds an article by a phrase of its body from the header, debounced, the query in the URL', async () => {
    const page = await suite.newPage();
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body?.includes('SearchArticles')) {
        searches.push((JSON.parse(body) as { variables: { query: string } }).variables.query);
      }
    });
    await signInAt(page, '/moderation', MODERATOR);
    const box = page.getByTestId('header-search');
    // `/` focuses the box from the page.
    await page.getByTestId('moderation-page').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
    // Typed key by key, quicker than the debounce: one search, once typing pauses.
    await page.keyboard.type(PHRASE, { delay: 40 });
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === PHRASE);
    const articles = page.getByTestId('search-articles');
    await expect.poll(() => articles.getByTestId('article-row-title').allInnerTexts()).toEqual([TITLE]);
    expect(searches).toEqual([PHRASE]);
    await expect.poll(() => page.getByTestId('search-accounts').textContent()).toContain(`“${PHRASE}”`);
    await screenshot(page, 'search-article-by-body');

    // The URL holds the search: a reload shows it again, the box included.
    await page.reload();
    await expect.poll(() => articles.getByTestId('article-row-title').allInnerTexts()).toEqual([TITLE]);
    expect(await box.inputValue()).toBe(PHRASE);

    // Refining on the search page replaces the URL (Back returns to the queue, not to each query).
    await box.fill('苏蕙织锦');
    await page.waitForURL((url) => url.searchParams.get('q') === '苏蕙织锦');
    await expect.poll(() => articles.getByTestId('article-row-title').allInnerTexts()).toEqual([TITLE]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/moderation');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('finds accounts by part of the name, the whole name first, and opens one', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', MODERATOR);
    await page.getByTestId('header-search').fill('读书会');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === '读书会');
    const names = page.getByTestId('search-accounts').getByTestId('search-account-name');
    await expect.poll(() => names.count()).toBeGreaterThan(1);
    const shown = await names.allInnerTexts();
    expect(shown[0]).toBe('读书会');
    for (const name of shown) expect(name).toContain('读书会');
    await names.filter({ hasText: '小雨读书会' }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/accounts/'));
    await expect.poll(async () => (await page.getByTestId('account-name').textContent())?.trim()).toBe('小雨读书会');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('on a phone: from the navigation drawer to the search page, which has its own box', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAt(page, '/moderation', MODERATOR);
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-search').click();
    await page.waitForURL((url) => url.pathname === '/search');
    await page.getByTestId('search-page').getByTestId('header-search').fill(PHRASE);
    await page.waitForURL((url) => url.searchParams.get('q') === PHRASE);
    const titles = page.getByTestId('search-articles').getByTestId('article-row-title');
    await expect.poll(() => titles.allInnerTexts()).toEqual([TITLE]);
    const widths = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widths).toBeLessThanOrEqual(390);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('asks for 2 characters before searching', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/search?q=${encodeURIComponent('读')}`, MODERATOR);
    await expect.poll(() => page.getByTestId('search-hint').isVisible()).toBe(true);
    expect(await page.getByTestId('search-accounts').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
