/**
 * A live queue (issue 15), with two moderators in two browser profiles: A claims a row and it
 * leaves B's queue within a second, without a reload; under "全部" B sees it held by A, and B's
 * `c` asks before taking over; a report filed through the API appears in both queues, and a
 * decision takes it out of both, without a reload.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR_A = 'moderator@example.com';
const MODERATOR_B = 'moderator2@example.com';

if (!hasChromium) console.warn(`live queue e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const rows = (page: Page) => page.locator('.violation-row');

/** Marks the page; a reload would lose the mark. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { liveQueueMark: true }));
const stillMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { liveQueueMark?: boolean }).liveQueueMark === true);

describe.skipIf(!hasChromium)(`the live queue in Chromium with two moderators (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let url: string;
  let tokenA: string;
  let accountId: string;
  let nameA: string;

  async function report(type: string): Promise<string> {
    const reported = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId, type, source: 'MODERATOR', evidence: '集赞截图换礼品' } },
      { token: tokenA },
    );
    const id = reported.data?.reportViolation.id;
    if (!id) throw new Error(JSON.stringify(reported.errors));
    return id;
  }

  beforeAll(async () => {
    await suite.start();
    url = suite.server.url;
    const adminToken = await signIn(url, 'admin@example.com');
    tokenA = await signIn(url, MODERATOR_A);
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: '实时演示有限公司', idNumber: creditCode(951) } },
      { token: adminToken },
    );
    const account = await gql<{ registerAccount: { id: string } }>(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '实时演示号' } },
      { token: adminToken },
    );
    accountId = account.data?.registerAccount.id ?? '';
    expect(accountId).not.toBe('');
    await report('LIKE_FARMING');
    const me = await gql<{ viewer: { displayName: string } }>(url, '{ viewer { displayName } }', {}, { token: tokenA });
    nameA = me.data?.viewer.displayName ?? '';
    expect(nameA).not.toBe('');
  });
  afterAll(() => suite.stop());

  it('A’s claim leaves B’s queue within a second; new reports and decisions reach both, without a reload', async () => {
    const queue = `/moderation?accountId=${encodeURIComponent(accountId)}`;
    const pageA = await suite.newPage();
    await signInAt(pageA, queue, MODERATOR_A);
    const pageB = await suite.newPage();
    await signInAt(pageB, queue, MODERATOR_B);
    for (const page of [pageA, pageB]) {
      await expect.poll(() => rows(page).count()).toBe(1);
      // The indicator says the queue is live once the socket is up.
      await expect.poll(() => page.getByTestId('moderation-live').getAttribute('data-live')).toBe('on');
      expect((await page.getByTestId('moderation-live').textContent())?.trim()).toBe('实时');
      await mark(page);
    }

    // A: j, c claims (then the confirm dialog opens; A closes it).
    await pageA.locator('.page-title').click();
    await pageA.keyboard.press('j');
    const claimedAt = Date.now();
    await pageA.keyboard.press('c');
    // B's default view (unclaimed + mine) loses the row within a second, with no reload.
    await expect.poll(() => rows(pageB).count(), { timeout: 1000, interval: 50 }).toBe(0);
    expect(Date.now() - claimedAt).toBeLessThan(1500);
    await pageA.getByTestId('confirm-violation-preview').waitFor();
    await pageA.keyboard.press('Escape');
    await pageA.getByTestId('confirm-violation-preview').waitFor({ state: 'hidden' });
    await screenshot(pageB, 'live-queue-claimed-elsewhere');

    // Under 全部 B sees it held by A; B's c asks before taking over (and cancelling changes nothing).
    await pageB.getByTestId('moderation-view-all').click();
    await pageB.waitForURL((address) => address.searchParams.get('view') === 'all');
    await expect.poll(() => rows(pageB).count()).toBe(1);
    expect(await rows(pageB).first().getAttribute('class')).toContain('is-held');
    await pageB.locator('.page-title').click();
    await pageB.keyboard.press('j');
    await pageB.keyboard.press('c');
    const ask = pageB.locator('.el-message-box__message');
    await ask.waitFor();
    expect((await ask.textContent())?.trim()).toMatch(new RegExp(`^${nameA} 正在处理`));
    await pageB.locator('.take-over-cancel').click();
    await ask.waitFor({ state: 'hidden' });
    expect(await pageB.getByTestId('confirm-violation-preview').isVisible()).toBe(false);

    // A new report, filed through the API, appears in both queues without a reload.
    const fresh = await report('INDUCED_SHARING');
    const reportedAt = Date.now();
    await expect.poll(() => rows(pageA).count(), { timeout: 2000, interval: 50 }).toBe(2);
    await expect.poll(() => rows(pageB).count(), { timeout: 2000, interval: 50 }).toBe(2);
    expect(Date.now() - reportedAt).toBeLessThan(2500);
    await expect
      .poll(() => rows(pageB).getByTestId('moderation-row-type').last().getAttribute('data-type'))
      .toBe('INDUCED_SHARING');
    await screenshot(pageA, 'live-queue-new-report');

    // A decision (here through the API) takes it out of both queues.
    const dismissed = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "证据不足") { id } }',
      { id: fresh },
      { token: tokenA },
    );
    expect(dismissed.errors).toBeUndefined();
    await expect.poll(() => rows(pageA).count(), { timeout: 2000, interval: 50 }).toBe(1);
    await expect.poll(() => rows(pageB).count(), { timeout: 2000, interval: 50 }).toBe(1);

    for (const page of [pageA, pageB]) expect(await stillMarked(page)).toBe(true);
    // No script errors, no CSP refusal of the socket.
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst reads the queue without the live socket (the API would refuse it)', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/moderation', 'analyst@example.com');
    await page.getByTestId('moderation-read-only').waitFor();
    expect(await page.getByTestId('moderation-live').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
