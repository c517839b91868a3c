/**
 * Articles in the admin SPA (issue 4): publishing, the one correction with its live counter and
 * diff, reprints and blocking — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';
const MODERATOR = 'moderator@example.com';
const PUBLISHER = 'publisher@example.com';

const TITLE = '共读《红楼梦》第一回';
const SUMMARY = '本周共读活动的导读';
const BODY = '今天我们一起读《红楼梦》的第一回，感受曹雪芹的笔力。欢迎在留言区分享你的读后感。';
/** Three code points replaced: 一→三, 力→法, 。→！ */
const CORRECTED = '今天我们一起读《红楼梦》的第三回，感受曹雪芹的笔法。欢迎在留言区分享你的读后感！';

if (!hasChromium) console.warn(`articles e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The row of the account with exactly this name (a subject's name may contain it too). */
const accountRow = (page: Page, name: string) =>
  page.locator('.account-row').filter({ has: page.getByTestId('account-row-name').getByText(name, { exact: true }) });

describe.skipIf(!hasChromium)(`articles in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  /** A WHITELIST article of 小雨读书会 that lists another publisher's account only. */
  let whitelistedArticleId = '';

  beforeAll(async () => {
    await suite.start();
    const url = suite.server.url;
    const admin = await signIn(url, ADMIN);
    const publisher = await signIn(url, PUBLISHER);
    const accountsNamed = async (token: string, nameContains: string) => {
      const result = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
        url,
        'query ($filter: AccountFilter) { accounts(first: 50, filter: $filter) { edges { node { id name } } } }',
        { filter: { nameContains } },
        { token },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.accounts.edges.map((edge) => edge.node) ?? [];
    };
    const own = (await accountsNamed(publisher, '小雨读书会'))[0];
    const other = (await accountsNamed(admin, '读书会')).find((account) => account.name === '读书会');
    if (!own || !other) throw new Error('the demo accounts are missing');
    const published = await gql<{ publishArticle: { id: string } }>(
      url,
      'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
      {
        input: {
          accountId: own.id,
          title: '只给读书会转载的书单',
          summary: '白名单转载',
          body: '本期书单只授权给指定的公众号转载。',
          original: true,
          reprintPolicy: 'WHITELIST',
          whitelist: [other.id],
        },
      },
      { token: publisher },
    );
    expect(published.errors).toBeUndefined();
    whitelistedArticleId = published.data?.publishArticle.id ?? '';
  });

  afterAll(() => suite.stop());

  it('the publisher publishes an article, corrects it once with a live counter, and sees the diff', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', PUBLISHER);

    // Publish on one of its accounts, from the account page.
    await accountRow(page, '小雨读书会').getByTestId('account-row-name').click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('小雨读书会');
    await page.getByTestId('account-publish').click();
    await page.getByTestId('publish-title').fill(TITLE);
    await page.getByTestId('publish-summary').fill(SUMMARY);
    await page.getByTestId('publish-body').fill(BODY);
    await page.getByTestId('publish-author').fill('林小雨');
    await page.getByTestId('publish-submit').click();

    // The new article's page.
    await page.waitForURL((url) => /^\/articles\/[^/]+$/.test(url.pathname));
    await expect.poll(() => page.getByTestId('article-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('article-body').textContent()).toBe(BODY);
    expect(await page.getByTestId('article-summary').textContent()).toBe(SUMMARY);
    expect(await page.getByTestId('article-original').isVisible()).toBe(true);
    expect(await page.getByTestId('article-policy').textContent()).toBe('开放转载');
    expect(await page.getByTestId('correction').count()).toBe(0);

    // The correction editor: title and summary read-only, the body prefilled.
    await page.getByTestId('article-correct').click();
    const body = page.getByTestId('correction-body');
    await expect.poll(() => body.inputValue()).toBe(BODY);
    expect(await page.getByTestId('correction-title').isDisabled()).toBe(true);
    expect(await page.getByTestId('correction-summary').isDisabled()).toBe(true);
    const counter = page.getByTestId('correction-live-counter');
    const submit = page.getByTestId('correction-submit');
    expect(await counter.textContent()).toContain('0 / 10');
    expect(await submit.isDisabled()).toBe(true);

    // Three characters changed: the counter follows as the body is edited.
    await body.fill(CORRECTED);
    await expect.poll(() => counter.textContent()).toContain('3 / 10');
    expect(await counter.getAttribute('data-over')).toBe('false');
    expect(await submit.isDisabled()).toBe(false);
    await screenshot(page, 'article-correct-editor');

    // Typing more goes over the limit: red, and no sending.
    await body.press('End');
    await body.pressSequentially('补充说明：这里多写了一些字');
    await expect.poll(() => counter.getAttribute('data-over')).toBe('true');
    // Still counted exactly: 3 replacements and 13 insertions.
    expect(await counter.textContent()).toContain('16 / 10');
    expect(await submit.isDisabled()).toBe(true);
    const color = await counter.evaluate((element) => getComputedStyle(element).color);
    expect(color).toMatch(/rgb\(24[0-9], 1[0-9]{2}, 1[0-9]{2}\)/); // Element Plus danger red
    await screenshot(page, 'article-correct-over');

    // Back within the limit, then confirm: once only, it cannot be undone.
    await body.fill(CORRECTED);
    await expect.poll(() => counter.textContent()).toContain('3 / 10');
    await submit.click();
    const confirm = page.locator('.correction-confirm');
    await confirm.waitFor();
    expect(await page.locator('.el-message-box').textContent()).toContain('只能更正一次');
    await confirm.click();

    // The diff, without a reload: struck-through and inserted characters, and the counter.
    await page.getByTestId('correction').waitFor();
    expect((await page.getByTestId('correction-counter').textContent())?.replace(/\s+/g, ' ').trim()).toBe('3 / 10');
    expect(await page.getByTestId('diff-deleted').allTextContents()).toEqual(['一', '力', '。']);
    expect(await page.getByTestId('diff-inserted').allTextContents()).toEqual(['三', '法', '！']);
    const decoration = await page
      .getByTestId('diff-deleted')
      .first()
      .evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toBe('line-through');
    expect(await page.getByTestId('correction-by').textContent()).toContain('运营者');
    expect(await page.getByTestId('article-body').textContent()).toBe(CORRECTED);
    expect(await page.getByTestId('article-title').textContent()).toBe(TITLE);
    expect(await page.getByTestId('article-correct').count()).toBe(0);
    await page.locator('.el-message-box').waitFor({ state: 'hidden' });
    await screenshot(page, 'article-corrected');

    // After a reload too: the correction is spent.
    await page.reload();
    await page.getByTestId('correction').waitFor();
    expect(await page.getByTestId('article-correct').count()).toBe(0);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the publisher reprints an open article to another account, and a whitelist refuses it', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/articles?blocked=false&reprintPolicy=OPEN', PUBLISHER);

    // An OPEN article of another account (the list is filtered through the URL).
    const rows = page.locator('.article-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('articles-filter-policy').textContent()).toContain('开放转载');
    await screenshot(page, 'articles');
    const ours = page.getByTestId('article-row-account').filter({ hasText: '小雨' });
    const candidate = rows.filter({ hasNot: ours }).first();
    await candidate.getByTestId('article-row-title').click();
    await page.waitForURL((url) => /^\/articles\/[^/]+$/.test(url.pathname));
    await page.getByTestId('article-reprint').click();
    await page.getByTestId('reprint-account').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: /^\s*小雨文化\s*$/ }).click();
    await page.getByTestId('reprint-confirm').click();
    await expect
      .poll(async () =>
        (await page.getByTestId('article-reprint-account').allTextContents()).map((text) => text.trim()),
      )
      .toContain('小雨文化');
    await page.getByTestId('reprint-form').waitFor({ state: 'hidden' });
    await screenshot(page, 'article-reprinted');

    // A whitelist that does not list 小雨文化: the refusal is translated.
    await page.goto(`/articles/${whitelistedArticleId}`);
    await expect.poll(() => page.getByTestId('article-policy').textContent()).toBe('白名单转载');
    await page.getByTestId('article-reprint').click();
    await page.getByTestId('reprint-account').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: /^\s*小雨文化\s*$/ }).click();
    await page.getByTestId('reprint-confirm').click();
    await expect
      .poll(() => page.getByTestId('reprint-error').textContent())
      .toBe('只有作者指定的公众号可以转载这篇文章');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a moderator blocks an article with a reason and unblocks it', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/articles/${whitelistedArticleId}`, MODERATOR);
    await page.getByTestId('article-block').click();
    // A reason is required.
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.locator('.el-form-item__error').first().textContent()).toContain('至少 2 个字');
    await page.getByTestId('reason-input').fill('诱导分享');
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.getByTestId('article-blocked-banner').textContent()).toContain('诱导分享');
    await page.getByTestId('reason-dialog').waitFor({ state: 'hidden' });
    await screenshot(page, 'article-blocked');

    await page.getByTestId('article-unblock').click();
    await page.getByTestId('reason-input').fill('申诉成立');
    await page.getByTestId('reason-confirm').click();
    await page.getByTestId('article-block').waitFor();
    expect(await page.getByTestId('article-blocked-banner').count()).toBe(0);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
