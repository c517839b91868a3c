/**
 * Moderation in the admin SPA (issue 5): the keyboard-driven violation queue with its penalty
 * preview, the banned account's banner and history, lifting a ban, appeals with their deadlines,
 * bulk dismissal, and the notification bell — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, PASSWORD, screenshot } from './browser';

const MODERATOR = 'moderator@example.com';
const PUBLISHER = 'publisher@example.com';
const ANALYST = 'analyst@example.com';

if (!hasChromium) console.warn(`moderation e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** Signs in from the sign-in page itself: the app then opens the home page of the user's roles. */
async function signInHome(page: Page, email: string, home: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === home);
}

/** Waits until nothing moves (dialogs and poppers opened or closed): for screenshots. Spinners loop forever. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/** The queue's rows, and the one under the keyboard cursor. */
const rows = (page: Page) => page.locator('.violation-row');
const cursorRow = (page: Page) => page.locator('.violation-row.is-cursor');

describe.skipIf(!hasChromium)(`moderation in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('a moderator confirms a like-farming report from the keyboard, then lifts the ban on the account page', async () => {
    const page = await suite.newPage();
    await signInHome(page, MODERATOR, '/moderation');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(5);
    expect((await page.getByTestId('nav-moderation').textContent())?.trim()).toBe('违规处理');
    expect(await page.getByTestId('moderation-keyboard-help').textContent()).toContain('上下移动');

    // Filter by type: the filter goes to the URL, and only like-farming reports remain.
    await page.getByTestId('moderation-filter-type').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '集赞' }).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'LIKE_FARMING');
    const types = page.getByTestId('moderation-row-type');
    await expect
      .poll(async () => new Set(await types.evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-type')))))
      .toEqual(new Set(['LIKE_FARMING']));
    const before = await rows(page).count();
    expect(before).toBeGreaterThanOrEqual(2);
    // Out of the select: keys go to the queue again.
    await page.locator('.page-title').click();

    // j selects the first row, j / k move; x checks and unchecks it.
    await page.keyboard.press('j');
    await expect.poll(() => cursorRow(page).count()).toBe(1);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => rows(page).first().getAttribute('class')).toContain('is-cursor');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('moderation-selected-count').textContent()).toContain('1');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('moderation-bulk').count()).toBe(0);
    const accountLink = cursorRow(page).getByTestId('moderation-row-account');
    const accountName = (await accountLink.textContent())?.trim() ?? '';
    const accountHref = (await accountLink.getAttribute('href')) ?? '';
    expect(accountHref).toMatch(/^\/accounts\/.+/);

    // Enter opens the detail: evidence, the frozen article, notes and the claim.
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('violation-drawer');
    await expect.poll(() => drawer.getByTestId('violation-drawer-evidence').textContent()).toContain('集满赞');
    await page.getByTestId('violation-note-input').fill('核对了原文截图，确有集赞换奖品');
    await page.getByTestId('violation-note-add').click();
    await expect.poll(() => drawer.getByTestId('violation-note').count()).toBe(1);
    // Enter claimed it before opening (issue 15): the drawer shows the viewer's claim.
    await expect.poll(() => drawer.getByTestId('violation-drawer-claimed').textContent()).toContain('审核员');
    expect(await drawer.getByTestId('violation-claim').count()).toBe(0);
    // Keys work in the drawer (issue 15): j shows the next one, k this one again; the row shows the claim at once.
    await page.keyboard.press('j');
    await expect.poll(() => rows(page).nth(1).getAttribute('class')).toContain('is-cursor');
    await page.keyboard.press('k');
    await expect.poll(() => drawer.getByTestId('violation-drawer-claimed').textContent()).toContain('审核员');
    await settled(page);
    await screenshot(page, 'moderation-detail');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => cursorRow(page).getByTestId('moderation-row-claimed').textContent()).toContain('审核员');
    expect(await rows(page).first().getAttribute('class')).toContain('is-cursor');

    // d opens the dismissal (a note is required); Escape leaves it.
    await page.keyboard.press('d');
    await page.getByTestId('reason-dialog-message').waitFor();
    expect(await page.getByTestId('reason-dialog-message').textContent()).toContain(accountName);
    await page.keyboard.press('Escape');
    await page.getByTestId('reason-dialog-message').waitFor({ state: 'hidden' });

    // c: the dialog says plainly what confirming does — the ordinal, the ban's days and end.
    await page.keyboard.press('c');
    const preview = page.getByTestId('confirm-violation-preview');
    await preview.waitFor();
    const text = (await preview.textContent())?.trim() ?? '';
    const match = /^第 (\d+) 次 集赞 → 封禁 (\d+) 天，至 .+$/.exec(text);
    expect(match, text).not.toBeNull();
    const [, ordinal, days] = match as RegExpExecArray;
    expect(Number(ordinal)).toBeGreaterThanOrEqual(1);
    expect([7, 15, 30]).toContain(Number(days));
    await settled(page);
    await screenshot(page, 'moderation-confirm');
    // The note field has the focus once the dialog is open; Enter there confirms: the row leaves
    // the queue, the message names the penalty.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('confirm-violation-note');
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-violation-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page).count()).toBe(before - 1);
    const success = page.locator('.el-message--success');
    await expect.poll(() => success.last().textContent()).toContain(`第 ${ordinal} 次 集赞，封禁 ${days} 天`);
    expect(await rows(page).filter({ hasText: accountName }).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'moderation');

    // The account: a banner with a live countdown, and the confirmation in its history.
    await page.goto(accountHref);
    const banner = page.getByTestId('account-ban-banner');
    await banner.waitFor();
    const countdown = page.getByTestId('account-ban-countdown');
    const first = (await countdown.textContent())?.trim() ?? '';
    expect(first).toMatch(/^剩余 \d+ 天 \d\d:\d\d:\d\d$/);
    await expect.poll(async () => (await countdown.textContent())?.trim(), { timeout: 5_000 }).not.toBe(first);
    const history = page.getByTestId('history-item');
    await expect
      .poll(() => history.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind'))))
      .toEqual(expect.arrayContaining(['reported', 'confirmed', 'banStarted']));
    expect(await page.locator('[data-kind="confirmed"]').first().textContent()).toContain(
      `确认违规：第 ${ordinal} 次 集赞`,
    );
    await settled(page);
    await screenshot(page, 'account-timeline');

    // Lift the ban with a reason: the banner goes, without a reload.
    await page.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    await page.getByTestId('account-lift-ban').click();
    await page.getByTestId('reason-input').fill('核实后为误判，提前解除');
    await page.getByTestId('reason-confirm').click();
    await banner.waitFor({ state: 'detached' });
    expect(await page.getByTestId('account-banned').count()).toBe(0);
    await expect.poll(() => page.locator('[data-kind="lifted"]').count()).toBe(1);
    expect(await page.locator('[data-kind="lifted"]').textContent()).toContain('核实后为误判，提前解除');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a permanent like-farming ban offers no lifting, and says why', async () => {
    const token = await signIn(suite.server.url, MODERATOR);
    const result = await gql<{
      penalties: { edges: Array<{ node: { liftable: boolean; account: { id: string } } }> };
    }>(
      suite.server.url,
      'query { penalties(first: 20, filter: { activeOnly: true, permanent: true }) { edges { node { liftable account { id } } } } }',
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const permanent = result.data?.penalties.edges.find((edge) => !edge.node.liftable)?.node;
    if (!permanent) throw new Error('the demo data has no permanent like-farming ban');

    const page = await suite.newPage();
    await signInHome(page, MODERATOR, '/moderation');
    await page.goto(`/accounts/${permanent.account.id}`);
    await page.getByTestId('account-ban-banner').waitFor();
    expect(await page.getByTestId('account-ban-permanent').textContent()).toContain('永久封禁（不可解封）');
    expect(await page.getByTestId('account-ban-countdown').count()).toBe(0);
    expect(await page.getByTestId('account-lift-ban').count()).toBe(0);
    expect(await page.getByTestId('account-lift-ban-disabled').isDisabled()).toBe(true);
    await page.getByTestId('account-lift-ban-disabled-wrapper').hover();
    await expect.poll(() => page.locator('.el-popper:visible').last().textContent()).toContain('不可解除');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a moderator overturns a violation from the account page: the ban ends and the strike no longer counts', async () => {
    const url = suite.server.url;
    const admin = await signIn(url, 'admin@example.com');
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: '撤销测试有限公司', idNumber: creditCode(901) } },
      { token: admin },
    );
    const account = await gql<{ registerAccount: { id: string } }>(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '撤销测试号' } },
      { token: admin },
    );
    const accountId = account.data?.registerAccount.id;
    const moderator = await signIn(url, MODERATOR);
    const reported = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($id: ID!) { reportViolation(input: { accountId: $id, type: LIKE_FARMING, source: MODERATOR, evidence: "集赞送礼" }) { id } }',
      { id: accountId },
      { token: moderator },
    );
    const violationId = reported.data?.reportViolation.id;
    const confirmed = await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: violationId },
      {
        token: moderator,
      },
    );
    expect(confirmed.errors).toBeUndefined();

    const page = await suite.newPage();
    await signInHome(page, MODERATOR, '/moderation');
    await page.goto(`/accounts/${accountId}`);
    const banner = page.getByTestId('account-ban-banner');
    await banner.waitFor();
    // Lifting says it keeps the strike; overturning is offered beside it.
    await page.getByTestId('account-lift-ban').click();
    await expect.poll(() => page.locator('.el-dialog:visible').last().textContent()).toContain('仍计入处罚次数');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.el-dialog:visible').count()).toBe(0);
    await page.getByTestId('account-overturn').click();
    await expect.poll(() => page.locator('.el-dialog:visible').last().textContent()).toContain('不再计入处罚次数');
    const dialog = page.locator('.el-dialog:visible');
    await dialog.getByTestId('reason-input').fill('证据不足，认定有误');
    await dialog.getByTestId('reason-confirm').click();
    await banner.waitFor({ state: 'detached' });

    const after = await gql<{ violation: { status: string } }>(
      url,
      'query ($id: ID!) { violation(id: $id) { status } }',
      { id: violationId },
      { token: moderator },
    );
    expect(after.data?.violation.status).toBe('OVERTURNED');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('bulk dismissal is all or nothing: a report decided meanwhile dismisses none', async () => {
    const url = suite.server.url;
    const token = await signIn(url, MODERATOR);
    const queue = await gql<{ violations: { edges: Array<{ node: { id: string } }> } }>(
      url,
      'query { violations(first: 2, filter: { status: PENDING }) { edges { node { id } } } }',
      {},
      { token },
    );
    const [firstId, secondId] = queue.data?.violations.edges.map((edge) => edge.node.id) ?? [];
    if (!firstId || !secondId) throw new Error('the queue has fewer than two reports');

    const page = await suite.newPage();
    // This page hears no live updates (as with a dropped socket): the other moderator's dismissal
    // does not reach it, so the bulk dismissal meets the API's all-or-nothing refusal.
    await page.routeWebSocket(/\/graphql$/, () => {});
    await signInHome(page, MODERATOR, '/moderation');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    const before = await rows(page).count();
    const total = await page.getByTestId('moderation-total').textContent();
    // Check the first two rows from the keyboard.
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('moderation-selected-count').textContent()).toContain('2');

    // Someone else dismisses the second one meanwhile.
    const elsewhere = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "已由他人处理") { id } }',
      { id: secondId },
      { token },
    );
    expect(elsewhere.errors).toBeUndefined();

    await page.getByTestId('moderation-dismiss-selected').click();
    await page.getByTestId('reason-input').fill('重复举报，内容已删除');
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.getByTestId('reason-dialog-error').textContent()).toContain('没有驳回任何举报');
    await settled(page);
    await screenshot(page, 'moderation-bulk-refused');
    // The queue is reloaded: the one dismissed elsewhere is gone, the other still checked.
    await expect.poll(() => rows(page).count()).toBe(before - 1);
    await expect.poll(() => page.getByTestId('moderation-selected-count').textContent()).toContain('1');

    // Again, with the one left: dismissed.
    await page.getByTestId('reason-confirm').click();
    await page.getByTestId('reason-dialog-message').waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page).count()).toBe(before - 2);
    expect(await page.getByTestId('moderation-total').textContent()).not.toBe(total);
    await expect.poll(() => page.locator('.el-message--success').last().textContent()).toContain('已驳回 1 条举报');
    expect(await page.getByTestId('moderation-bulk').count()).toBe(0);
    const still = await gql<{ violation: { status: string } }>(
      url,
      'query ($id: ID!) { violation(id: $id) { status } }',
      { id: firstId },
      { token },
    );
    expect(still.data?.violation.status).toBe('DISMISSED');

    // In English too: the keys, and the preview of what confirming does.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('moderation-keyboard-help').textContent()).toContain('move');
    expect(await page.getByTestId('moderation-total').textContent()).toContain('pending');
    await page.locator('.page-title').click();
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    const preview = page.getByTestId('confirm-violation-preview');
    await preview.waitFor();
    expect((await preview.textContent())?.trim()).toMatch(
      /^.+ #\d+ → (banned for \d+ days, until .+|permanent ban( \(never lifted\))?)$/,
    );
    await settled(page);
    await screenshot(page, 'moderation-en');
    await page.keyboard.press('Escape');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the appeals page shows the overdue appeal, and a moderator decides one in place', async () => {
    const page = await suite.newPage();
    await signInHome(page, MODERATOR, '/moderation');
    await page.getByTestId('nav-appeals').click();
    await page.waitForURL((url) => url.pathname === '/appeals');
    const appealRows = page.locator('.appeal-row');
    await expect.poll(() => appealRows.count()).toBeGreaterThanOrEqual(2);
    // Due soonest first: the overdue one leads, in red.
    const overdue = appealRows.first().getByTestId('appeal-row-overdue');
    expect((await overdue.textContent())?.trim()).toBe('已超期');
    expect(await overdue.getAttribute('class')).toContain('el-tag--danger');
    const dueIn = appealRows.nth(1).getByTestId('appeal-row-due-in');
    expect(await dueIn.textContent()).toMatch(/到期/);
    await settled(page);
    await screenshot(page, 'appeals');

    // Reject the overdue one with a reason: the row changes in place.
    await appealRows.first().getByTestId('appeal-reject').click();
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.locator('.el-form-item__error').first().textContent()).toContain('至少 2 个字');
    await page.getByTestId('reason-input').fill('侵权事实清楚，维持处罚');
    await page.getByTestId('reason-confirm').click();
    await expect
      .poll(() => appealRows.first().getByTestId('appeal-row-status').getAttribute('data-status'))
      .toBe('REJECTED');
    expect(await appealRows.first().getByTestId('appeal-row-decision').textContent()).toContain('维持处罚');
    expect(await appealRows.first().getByTestId('appeal-reject').count()).toBe(0);

    // The tabs are in the URL; in English too.
    await page.getByTestId('appeals-tab-ALL').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'ALL');
    await expect.poll(() => appealRows.count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await page.getByTestId('nav-appeals').textContent())?.trim()).toBe('Appeals');
    expect(await page.getByTestId('appeal-row-status').allTextContents()).toEqual(
      expect.arrayContaining(['Granted', 'Rejected']),
    );
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the publisher sees its notification count on the bell, and reading one lowers it', async () => {
    const page = await suite.newPage();
    await signInHome(page, PUBLISHER, '/accounts');
    const count = page.getByTestId('notification-count');
    await expect.poll(async () => Number(await count.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    const unread = Number(await count.getAttribute('data-count'));
    expect(await count.locator('.el-badge__content').textContent()).toContain(String(unread));
    // No moderation for a publisher.
    expect(await page.getByTestId('nav-moderation').count()).toBe(0);

    await page.getByTestId('notification-bell').click();
    const item = page.getByTestId('notification-item').filter({ hasText: '欢迎使用公众平台' });
    await item.waitFor();
    expect(await item.getAttribute('data-read')).toBe('false');
    await settled(page);
    await screenshot(page, 'moderation-notifications');
    await item.click();
    await expect.poll(async () => Number(await count.getAttribute('data-count'))).toBe(unread - 1);
    expect(await item.getAttribute('data-read')).toBe('true');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst reads the queue and the appeals without actions', async () => {
    const page = await suite.newPage();
    await signInHome(page, ANALYST, '/dashboard');
    await page.getByTestId('nav-moderation').click();
    await page.waitForURL((url) => url.pathname === '/moderation');
    await expect.poll(() => rows(page).count()).toBeGreaterThan(2);
    expect(await page.getByTestId('moderation-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('moderation-confirm').count()).toBe(0);
    expect(await page.getByTestId('moderation-row-check').count()).toBe(0);
    await page.locator('.page-title').click();
    // c does nothing; Enter still opens the detail, without the claim or the note box.
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    expect(await page.getByTestId('confirm-violation-preview').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByTestId('violation-drawer-evidence').waitFor();
    expect(await page.getByTestId('violation-claim').count()).toBe(0);
    expect(await page.getByTestId('violation-note-input').count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.goto('/appeals');
    await expect.poll(() => page.locator('.appeal-row').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('appeals-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('appeal-grant').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
  it('a penalised publisher follows the notification, appeals with a live count, and reports', async () => {
    const url = suite.server.url;
    const moderator = await signIn(url, MODERATOR);
    const publisher = await signIn(url, PUBLISHER);
    const own = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
      url,
      'query { accounts(first: 10, filter: { nameContains: "小雨文化" }) { edges { node { id name } } } }',
      {},
      { token: publisher },
    );
    const account = own.data?.accounts.edges.find((edge) => edge.node.name === '小雨文化')?.node;
    if (!account) throw new Error('the publisher does not operate 小雨文化');
    // A moderator's report, confirmed: the publisher's account is banned and its operators notified.
    const report = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId: account.id, type: 'INDUCED_SHARING', source: 'MODERATOR', evidence: '转发抽奖' } },
      { token: moderator },
    );
    const violationId = report.data?.reportViolation.id;
    if (!violationId) throw new Error(`report failed: ${JSON.stringify(report.errors)}`);
    const confirmed = await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: violationId },
      {
        token: moderator,
      },
    );
    expect(confirmed.errors).toBeUndefined();

    const page = await suite.newPage();
    await signInHome(page, PUBLISHER, '/accounts');
    // The notification leads to the account of the penalty.
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').filter({ hasText: '封禁' }).first().click();
    await page.waitForURL((location) => location.pathname === `/accounts/${account.id}`);
    await page.getByTestId('account-ban-banner').waitFor();
    // A publisher lifts nothing.
    expect(await page.getByTestId('account-lift-ban').count()).toBe(0);
    expect(await page.getByTestId('account-lift-ban-disabled').count()).toBe(0);
    // Under a ban, publishing is disabled before anything is written, with the reason; the
    // capabilities are greyed and say why; the banner offers the appeal.
    expect(await page.getByTestId('account-publish').count()).toBe(0);
    expect(await page.getByTestId('account-publish-disabled').isDisabled()).toBe(true);
    expect(await page.getByTestId('account-ban-blocked').textContent()).toContain('封禁期间不能发表、更正或转载文章');
    expect(await page.getByTestId('account-capabilities-suspended').textContent()).toContain('暂停');
    const capability = page.locator('[data-testid^="capability-"]').first();
    if ((await capability.count()) > 0) expect(await capability.getAttribute('class')).toContain('el-tag--info');
    await page.getByTestId('account-ban-appeal').waitFor();

    // Appeal: the count follows the text; over the limit, it turns red and the appeal cannot be sent.
    await page.getByTestId('account-appeal').click();
    const counter = page.getByTestId('appeal-counter');
    await counter.waitFor();
    expect((await counter.textContent())?.trim()).toBe('0 / 2000');
    await page.getByTestId('appeal-text').fill('😀'.repeat(2001));
    await expect.poll(async () => (await counter.textContent())?.trim()).toBe('2001 / 2000');
    expect(await counter.getAttribute('data-over')).toBe('true');
    expect(await page.getByTestId('appeal-submit').isDisabled()).toBe(true);
    await page.getByTestId('appeal-text').fill('抽奖活动已撤下，此前不了解诱导分享的规定。');
    await expect.poll(async () => (await counter.textContent())?.trim()).toBe('21 / 2000');
    await page.getByTestId('appeal-submit').click();
    await page.getByTestId('appeal-form').waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('[data-kind="appealFiled"]').count()).toBe(1);
    // Once only: the button is gone, here and in the banner, which shows the appeal's status.
    expect(await page.getByTestId('account-appeal').count()).toBe(0);
    expect(await page.getByTestId('account-ban-appeal').count()).toBe(0);
    await expect.poll(() => page.getByTestId('account-ban-appeal-status').textContent()).toContain('待处理');

    // An article of the banned account: its correction is disabled, saying why.
    const articles = await gql<{ articles: { edges: Array<{ node: { id: string; correctionsLeft: number } }> } }>(
      url,
      'query ($a: ID) { articles(first: 20, filter: { accountId: $a }) { edges { node { id correctionsLeft reprintOf { id } } } } }',
      { a: account.id },
      { token: publisher },
    );
    const correctable = articles.data?.articles.edges.find((edge) => edge.node.correctionsLeft > 0)?.node;
    expect(correctable, 'an article of 小雨文化 with its correction left').toBeTruthy();
    await page.goto(`${url}/articles/${correctable?.id}`);
    await page.getByTestId('article-correct-disabled').waitFor();
    expect(await page.getByTestId('article-correct-blocked').textContent()).toContain(
      '封禁期间不能发表、更正或转载文章',
    );
    expect(await page.getByTestId('article-correct').count()).toBe(0);
    await page.goto(`${url}/accounts/${account.id}`);
    await page.getByTestId('account-ban-banner').waitFor();

    // Report (a publisher reports as a user: no source to choose).
    await page.getByTestId('account-report').click();
    await page.getByTestId('report-type').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '侵权' }).click();
    expect(await page.getByTestId('report-source').count()).toBe(0);
    await page.getByTestId('report-evidence').fill('配图来自他人作品，未获授权');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.locator('.el-message--success').last().textContent()).toContain('举报已提交');
    await expect.poll(() => page.locator('[data-kind="reported"]', { hasText: '侵权' }).count()).toBe(1);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
