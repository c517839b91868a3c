/**
 * Accounts and quota increase requests in the admin SPA (issue 3), in Chromium against the built
 * API and admin. Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';
const REVIEWER = 'reviewer@example.com';
const PUBLISHER = 'publisher@example.com';
const ANALYST = 'analyst@example.com';

/** The row of the account with exactly this name (a subject's name may contain it too). */
const accountRow = (page: Page, name: string) =>
  page.locator('.account-row').filter({ has: page.getByTestId('account-row-name').getByText(name, { exact: true }) });

if (!hasChromium) console.warn(`accounts e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`accounts and quota requests in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('the admin filters accounts by name, opens one, and sees its subject and capabilities', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', ADMIN);

    // The whole list first: a total and a page of rows.
    const names = page.getByTestId('account-row-name');
    await expect.poll(() => names.count()).toBeGreaterThan(10);
    const total = Number((await page.getByTestId('accounts-total').textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(50);
    expect((await page.getByTestId('nav-accounts').textContent())?.trim()).toBe('公众号');

    // Filter by name: the filter goes to the URL, and only matching rows remain.
    await page.getByTestId('accounts-filter-name').fill('读书会');
    await page.getByTestId('accounts-filter-apply').click();
    await page.waitForURL((url) => url.searchParams.get('nameContains') === '读书会');
    await expect.poll(async () => (await names.allTextContents()).length).toBeLessThan(10);
    const filtered = (await names.allTextContents()).map((name) => name.trim());
    expect(filtered.length).toBeGreaterThanOrEqual(2);
    for (const name of filtered) expect(name).toContain('读书会');
    expect(filtered).toContain('小雨读书会');
    await screenshot(page, 'accounts');

    // The filter survives a reload (it lives in the URL).
    await page.reload();
    await expect.poll(async () => (await names.allTextContents()).map((name) => name.trim())).toEqual(filtered);

    // A row opens the account page: profile, subject, capabilities (translated), history, certification.
    await accountRow(page, '小雨读书会').locator('td').nth(1).click();
    await page.waitForURL((url) => /^\/accounts\/[^/]+$/.test(url.pathname));
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('小雨读书会');
    expect(await page.getByTestId('account-subject-name').textContent()).toBe('林小雨');
    expect(await page.getByTestId('account-subject-kind').textContent()).toBe('个人');
    // An admin sees the identity number unmasked.
    expect(await page.getByTestId('account-subject-id-number').textContent()).not.toContain('*');
    const capability = page.getByTestId('capability-PUBLISH_ARTICLES');
    expect((await capability.textContent())?.trim()).toBe('发表文章');
    expect(await page.getByTestId('account-operator').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('account-violations').textContent()).toContain('违规与处罚记录');
    expect(await page.getByTestId('account-certification').textContent()).toContain('尚未申请认证');
    await expect.poll(() => page.locator('.article-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('account-edit-record').isVisible()).toBe(true);
    await screenshot(page, 'accounts-detail');

    // The admin edits the record registration, filing it for the authority.
    await page.getByTestId('account-edit-record').click();
    await page.getByTestId('record-region').fill('浙江省杭州市');
    await page.getByTestId('record-responsible-person').fill('林小雨');
    await page.getByTestId('record-contact-phone').fill('13800001111');
    await page.getByTestId('record-filing-number').fill('浙ICP备2026000001号');
    const filedOn = page.getByTestId('record-filed-on').locator('input');
    await filedOn.fill('2026-01-15');
    await filedOn.press('Enter');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('account-record-filed').textContent()).toContain('已备案');
    expect(await page.getByTestId('account-record-region').textContent()).toBe('浙江省杭州市');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a reviewer passes a preliminary examination, then the admin records the authority approval', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/quota-requests', REVIEWER);

    // The default tab: awaiting preliminary examination, oldest first.
    const rows = page.locator('.quota-row');
    await expect.poll(() => rows.count()).toBe(3);
    const statuses = await page
      .getByTestId('quota-row-status')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(statuses).toEqual(['AWAITING_PRELIMINARY', 'AWAITING_PRELIMINARY', 'AWAITING_PRELIMINARY']);
    const subject = (await rows.first().getByTestId('quota-row-subject').textContent())?.trim() ?? '';
    expect(subject).not.toBe('');
    const row = rows.filter({ hasText: subject });

    // Pass: a confirmation dialog with an optional note; the row changes in place.
    await row.getByTestId('quota-pass').click();
    await page.getByTestId('reason-dialog-message').waitFor();
    expect(await page.getByTestId('reason-dialog-message').textContent()).toContain(subject);
    await page.getByTestId('reason-input').fill('材料齐全，同意提交主管部门');
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => row.getByTestId('quota-row-status').getAttribute('data-status')).toBe('AWAITING_AUTHORITY');
    expect(await row.getByTestId('quota-row-note').textContent()).toContain('材料齐全，同意提交主管部门');
    expect(await row.getByTestId('quota-pass').count()).toBe(0);
    await expect.poll(() => page.locator('.el-message--success').count()).toBeGreaterThan(0);

    // The next step is the authority's, recorded by an admin: another person (seed 004).
    expect(await row.getByTestId('quota-approve').count()).toBe(0);
    await page.close();
    const adminPage = await suite.newPage();
    await signInAt(adminPage, '/quota-requests', ADMIN);
    await checkAuthorityStep(adminPage, subject);
  });

  it('the admin who passed the preliminary examination is not offered the authority’s approval', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/quota-requests', ADMIN);
    const rows = page.locator('.quota-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const row = rows.first();
    await row.getByTestId('quota-pass').click();
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => row.getByTestId('quota-row-status').getAttribute('data-status')).toBe('AWAITING_AUTHORITY');
    expect(await row.getByTestId('quota-approve').count()).toBe(0);
    expect(await row.getByTestId('quota-same-person').textContent()).toContain('另一位管理员');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  /** The authority step on its tab: the admin records the approval of the request of `subject`. */
  async function checkAuthorityStep(page: Page, subject: string): Promise<void> {
    const rows = page.locator('.quota-row');
    const row = rows.filter({ hasText: subject });
    await page.getByTestId('quota-tab-AWAITING_AUTHORITY').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'AWAITING_AUTHORITY');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('quota-approve').click();
    const granted = page.getByTestId('approve-granted-quota');
    await granted.waitFor();
    await page.getByTestId('approve-authority-name').fill('杭州市互联网信息办公室');
    await page.getByTestId('approve-authority-reference').fill('杭网信〔2026〕101号');
    await page.getByTestId('approve-confirm').click();
    await expect.poll(() => row.getByTestId('quota-row-status').getAttribute('data-status')).toBe('APPROVED');
    expect(await row.getByTestId('quota-row-status').textContent()).toContain('已批准');
    expect(await row.getByTestId('quota-row-authority').textContent()).toContain('杭网信〔2026〕101号');
    expect(await row.getByTestId('quota-approve').count()).toBe(0);
    await page.getByTestId('approve-form').waitFor({ state: 'hidden' });
    await screenshot(page, 'quota-requests');

    // The approved tab lists it now.
    await page.getByTestId('quota-tab-APPROVED').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'APPROVED');
    await expect.poll(() => page.locator('.quota-row', { hasText: subject }).count()).toBe(1);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  }

  it('an analyst reads the queue without actions', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/quota-requests?status=ALL', ANALYST);
    await expect.poll(() => page.locator('.quota-row').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('quota-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('quota-pass').count()).toBe(0);
    expect(await page.getByTestId('quota-approve').count()).toBe(0);
    expect(await page.getByTestId('quota-reject').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the publisher sees exactly the five accounts it operates', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', PUBLISHER);
    const names = page.getByTestId('account-row-name');
    await expect.poll(() => names.count()).toBe(5);
    // Three official accounts and mini-programs, and the demo's two enterprise accounts.
    expect((await names.allTextContents()).map((name) => name.trim()).sort()).toEqual(
      ['小雨读书会', '小雨文化', '小雨书店小程序', '星河科技企业号', '小雨文化企业号'].sort(),
    );
    expect(await page.getByTestId('accounts-total').textContent()).toContain('5');
    // No quota queue in a publisher's navigation.
    expect(await page.getByTestId('nav-quota-requests').count()).toBe(0);
    await screenshot(page, 'accounts-publisher');

    // Its own account: it may edit the record, but not the filing (the authority's, by an admin).
    await accountRow(page, '小雨文化').locator('td').nth(1).click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('小雨文化');
    await page.getByTestId('account-edit-record').click();
    await page.getByTestId('record-region').waitFor();
    expect(await page.getByTestId('record-filing-number').count()).toBe(0);
    await page.getByRole('button', { name: '取消' }).click();

    // In English too: the page, its sections and the enum values.
    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await page.getByTestId('nav-accounts').textContent())?.trim()).toBe('Accounts');
    expect(await page.getByTestId('account-violations').textContent()).toContain('Violations and penalties');
    expect(await page.getByTestId('account-subject-kind').textContent()).toBe('Enterprise');
    expect(await page.getByTestId('account-kind').textContent()).toMatch(
      /Subscription|Service|Mini program|Enterprise/,
    );
    await screenshot(page, 'accounts-detail-en');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
