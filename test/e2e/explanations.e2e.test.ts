/**
 * Twins told apart and penalties explained (issue 15, items 4 and 5), in Chromium: two accounts
 * named 运动健身 show their gh_ ids, subjects and prior strikes in the queue, the drawer and the
 * confirm dialog; the confirm dialog names the earlier violations that made the ordinal, each a
 * link to it in the account's history, and the date the ladder rule took effect; the ban banner
 * says the same, in Chinese and in English.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, PASSWORD, screenshot } from './browser';

const MODERATOR = 'moderator@example.com';

if (!hasChromium) console.warn(`explanations e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

interface Twin {
  id: string;
  originalId: string;
}

describe.skipIf(!hasChromium)(`twins and explained penalties in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  const tokens: Record<'admin' | 'moderator', string> = { admin: '', moderator: '' };
  let url: string;
  let twinA: Twin;
  let twinB: Twin;
  /** Twin A's two confirmed like-farming violations, oldest first, and its third report. */
  const earlier: string[] = [];
  let third: string;
  let fresh: string;

  async function call<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await gql<T>(url, query, variables, { token });
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function newTwin(subject: string, seq: number): Promise<Twin> {
    const created = await call<{ createSubject: { id: string } }>(
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: subject, idNumber: creditCode(seq) } },
      tokens.admin,
    );
    const account = await call<{ registerAccount: Twin }>(
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id originalId } }',
      { input: { subjectId: created.createSubject.id, kind: 'SUBSCRIPTION', name: '运动健身' } },
      tokens.admin,
    );
    return account.registerAccount;
  }

  async function report(accountId: string, evidence: string): Promise<string> {
    const result = await call<{ reportViolation: { id: string } }>(
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId, type: 'LIKE_FARMING', source: 'MODERATOR', evidence } },
      tokens.moderator,
    );
    return result.reportViolation.id;
  }

  beforeAll(async () => {
    await suite.start();
    url = suite.server.url;
    tokens.admin = await signIn(url, 'admin@example.com');
    tokens.moderator = await signIn(url, MODERATOR);
    twinA = await newTwin('甲方运动健身有限公司', 931);
    twinB = await newTwin('乙方运动健身有限公司', 932);
    for (const evidence of ['第一次集赞换礼品', '第二次集赞换礼品']) {
      const id = await report(twinA.id, evidence);
      await call('mutation ($id: ID!) { confirmViolation(id: $id) { id } }', { id }, tokens.moderator);
      earlier.push(id);
    }
    third = await report(twinA.id, '第三次集赞换礼品');
    fresh = await report(twinB.id, '集满 38 个赞截图领奖');
  });
  afterAll(() => suite.stop());

  /** The queue's row of a violation's account, found by its gh_ id (the names are the same). */
  const rowOf = (page: Page, twin: Twin) =>
    page.locator('.violation-row', {
      has: page.getByTestId('account-identity-original-id').getByText(twin.originalId),
    });

  async function signInModerator(page: Page): Promise<void> {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(MODERATOR);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((target) => target.pathname === '/moderation');
  }

  it('tells the twins apart in the queue and the drawer, and explains the ordinal in the confirm dialog', async () => {
    const page = await suite.newPage();
    await signInModerator(page);
    await page.goto('/moderation?type=LIKE_FARMING&view=all');
    const rowA = rowOf(page, twinA);
    const rowB = rowOf(page, twinB);
    await rowA.waitFor();
    await rowB.waitFor();
    // Same name, told apart by gh_ id, subject and prior strikes.
    expect((await rowA.getByTestId('moderation-row-account').textContent())?.trim()).toBe('运动健身');
    expect((await rowB.getByTestId('moderation-row-account').textContent())?.trim()).toBe('运动健身');
    expect(twinA.originalId).toMatch(/^gh_[0-9a-f]{12}$/);
    expect(await rowA.getByTestId('account-identity-subject').textContent()).toContain('甲方运动健身有限公司');
    expect(await rowB.getByTestId('account-identity-subject').textContent()).toContain('乙方运动健身有限公司');
    expect((await rowA.getByTestId('moderation-row-strikes').textContent())?.trim()).toBe('此前集赞 2 次');
    expect((await rowB.getByTestId('moderation-row-strikes').textContent())?.trim()).toBe('此前无集赞');

    // The drawer of twin B's report: its gh_ id, and what confirming would count (nothing yet).
    await rowB.getByTestId('moderation-details').click();
    const drawer = page.getByTestId('violation-drawer');
    await expect.poll(() => drawer.getByTestId('account-identity-original-id').textContent()).toBe(twinB.originalId);
    expect((await drawer.getByTestId('violation-drawer-strikes').textContent())?.trim()).toBe('此前无集赞');
    const drawerExplanation = drawer.getByTestId('penalty-explanation');
    await expect.poll(() => drawerExplanation.textContent()).toContain('第 1 次集赞违规：');
    expect(await drawerExplanation.getByTestId('penalty-explanation-none').textContent()).toContain(
      '此前没有计入的违规',
    );
    expect(await drawerExplanation.getByTestId('penalty-explanation-rule').textContent()).toContain(
      '规则自 2014年6月9日 起生效',
    );
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The confirm dialog of twin A's third report: which twin, and why the ban is 30 days.
    await rowA.getByTestId('moderation-confirm').click();
    const dialog = page.getByTestId('confirm-violation-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('confirm-violation-account').textContent()).toContain(twinA.originalId);
    expect(await dialog.getByTestId('confirm-violation-account').textContent()).toContain('甲方运动健身有限公司');
    const preview = dialog.getByTestId('confirm-violation-preview');
    await expect.poll(() => preview.textContent()).toMatch(/^第 3 次 集赞 → 封禁 30 天，至 .+$/);
    const explanation = dialog.getByTestId('confirm-violation-explanation');
    await expect.poll(() => explanation.textContent()).toContain('第 3 次集赞违规：计入 ');
    const links = explanation.getByTestId('penalty-explanation-counted');
    expect(await links.count()).toBe(2);
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('data-violation-id')))).toEqual(
      earlier,
    );
    expect(await links.nth(0).textContent()).toMatch(/^第 1 次（\d{4}年\d{1,2}月\d{1,2}日）$/);
    expect(await links.nth(1).getAttribute('href')).toBe(`/accounts/${twinA.id}#violation-${earlier[1]}`);
    expect((await explanation.textContent())?.replace(/\s+/g, '')).toMatch(
      /^第3次集赞违规：计入第1次（.+）、第2次（.+），规则自2014年6月9日起生效$/,
    );
    await screenshot(page, 'explanations-confirm');

    await page.getByTestId('confirm-violation-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rowA.count()).toBe(0);
    expect(await rowB.count()).toBe(1);
  });

  it('explains the ban on the account page, with links to the earlier confirmations, in both languages', async () => {
    const page = await suite.newPage();
    await signInModerator(page);
    await page.goto(`/accounts/${twinA.id}`);
    const banner = page.getByTestId('account-ban-banner');
    await banner.waitFor();
    const explanation = banner.getByTestId('account-ban-explanation');
    await expect.poll(() => explanation.textContent()).toContain('第 3 次集赞违规：计入 ');
    expect(await explanation.getByTestId('penalty-explanation-rule').textContent()).toContain('2014年6月9日');

    // The link lands on the earlier confirmation in the history, highlighted.
    await explanation.getByTestId('penalty-explanation-counted').first().click();
    await page.waitForURL((target) => target.hash === `#violation-${earlier[0]}`);
    const target = page.locator(`[id="violation-${earlier[0]}"]`);
    await expect.poll(() => target.getAttribute('class')).toContain('targeted');
    expect(await target.getByTestId('history-item-title').textContent()).toContain('第 1 次');
    // The third's confirmation in the history says the same as the banner.
    const thirdItem = page.locator(`[id="violation-${third}"]`);
    expect(await thirdItem.getByTestId('history-item-explanation').textContent()).toContain('第 3 次集赞违规');

    // English.
    await page.evaluate(() => window.localStorage.setItem('oap.locale', 'en'));
    await page.goto(`/accounts/${twinA.id}`);
    const english = page.getByTestId('account-ban-explanation');
    await expect.poll(() => english.textContent()).toContain('3rd like-farming offence: counted ');
    expect((await english.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
      /^3rd like-farming offence: counted #1 \(.+\), #2 \(.+\); rule in force since Jun 9, 2014$/,
    );
    await screenshot(page, 'explanations-banner-en');
    expect(fresh).toBeTruthy();
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
