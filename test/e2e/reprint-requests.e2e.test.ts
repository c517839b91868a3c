/**
 * Reprint requests in the admin SPA (issue 12, item 8): a publisher asks for a CLOSED article of
 * another publisher's account with a note, the author's operator grants it with a reason, and the
 * requester reprints it once — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { idCard } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const PUBLISHER = 'publisher@example.com';
const REQUESTER = 'publisher2@example.com';
const NOTE = '我们想转载这篇书评，会注明出处。';

if (!hasChromium) console.warn(`reprint requests e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`reprint requests in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let articleId = '';
  let sourceAccountId = '';

  beforeAll(async () => {
    await suite.start();
    const url = suite.server.url;
    const publisher = await signIn(url, PUBLISHER);
    const requester = await signIn(url, REQUESTER);
    const own = await gql<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
      url,
      'query ($filter: AccountFilter) { accounts(first: 5, filter: $filter) { edges { node { id } } } }',
      { filter: { nameContains: '小雨读书会' } },
      { token: publisher },
    );
    sourceAccountId = own.data?.accounts.edges[0]?.node.id ?? '';
    const published = await gql<{ publishArticle: { id: string } }>(
      url,
      'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
      {
        input: {
          accountId: sourceAccountId,
          title: '不开放转载的书评',
          summary: '转载请先申请',
          body: '这是一篇不开放转载的书评，转载需要作者同意。',
          original: true,
          reprintPolicy: 'CLOSED',
        },
      },
      { token: publisher },
    );
    expect(published.errors).toBeUndefined();
    articleId = published.data?.publishArticle.id ?? '';
    // The requester's own account (its only one).
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'INDIVIDUAL', name: '周转载', idNumber: idCard(913) } },
      { token: requester },
    );
    const account = await gql<{ registerAccount: { id: string } }>(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '书评转载号' } },
      { token: requester },
    );
    expect(account.errors).toBeUndefined();
  });

  afterAll(() => suite.stop());

  it('a publisher asks with a note, the author grants with a reason, and the grant allows one reprint', async () => {
    const asking = await suite.newPage();
    await signInAt(asking, `/articles/${articleId}`, REQUESTER);
    await expect.poll(() => asking.getByTestId('article-policy').textContent()).toBe('不可转载');

    // Reprinting directly is refused, and the dialog offers to ask instead.
    await asking.getByTestId('article-reprint').waitFor({ state: 'hidden' });
    await asking.getByTestId('article-request-reprint').click();
    await expect.poll(() => asking.getByTestId('request-reprint-account').textContent()).toContain('书评转载号');
    await asking.getByTestId('request-reprint-note').fill(NOTE);
    await asking.getByTestId('request-reprint-confirm').click();
    await asking.getByTestId('request-reprint-form').waitFor({ state: 'hidden' });
    await screenshot(asking, 'reprint-request-sent');

    // A second request while the first is pending: the refusal's own words.
    await asking.getByTestId('article-request-reprint').click();
    await asking.getByTestId('request-reprint-confirm').click();
    await expect
      .poll(() => asking.getByTestId('request-reprint-error').textContent())
      .toBe('该公众号已经申请转载这篇文章，请等待作者处理');
    await asking.keyboard.press('Escape');

    await asking.goto('/reprint-requests?direction=OUTGOING');
    await expect.poll(() => asking.getByTestId('reprint-request-status').allTextContents()).toEqual(['待处理']);

    // The author's operator sees it incoming and grants it, with a reason.
    const author = await suite.newPage();
    await signInAt(author, `/reprint-requests?account=${sourceAccountId}&direction=INCOMING`, PUBLISHER);
    await expect.poll(() => author.getByTestId('reprint-request-note').allTextContents()).toEqual([NOTE]);
    await screenshot(author, 'reprint-requests-incoming');
    await author.getByTestId('reprint-request-grant').click();
    await author.getByTestId('reason-input').fill('请注明出处');
    await author.getByTestId('reason-confirm').click();
    await expect.poll(() => author.getByTestId('reprint-request-status').allTextContents()).toEqual(['已同意']);
    expect(await author.getByTestId('reprint-request-reason').allTextContents()).toEqual(['请注明出处']);
    expect(await author.getByTestId('reprint-request-grant').count()).toBe(0);

    // The requester sees the grant and reprints once.
    await asking.reload();
    await expect.poll(() => asking.getByTestId('reprint-request-status').allTextContents()).toEqual(['已同意']);
    await asking.getByTestId('reprint-request-reprint').click();
    await expect.poll(() => asking.getByTestId('reprint-request-status').allTextContents()).toEqual(['已转载']);
    expect(await asking.getByTestId('reprint-request-reprint').count()).toBe(0);
    await screenshot(asking, 'reprint-request-used');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
