/**
 * Claims that hold (issue 15), with two moderators in two browser profiles: A claims an item; B's
 * queue (by default unclaimed + own) does not show it; in "全部" it is dimmed with A's name, and
 * B's `c` asks before taking over; after the take-over A's next action is refused, translated.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR_A = 'moderator@example.com';
const MODERATOR_B = 'moderator-b@example.com';
const PASSWORD_B = 'river-lantern-2026';

if (!hasChromium) console.warn(`claims e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const rows = (page: Page) => page.locator('.violation-row');

describe.skipIf(!hasChromium)(`claims in Chromium with two moderators (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let url: string;
  let adminToken: string;
  let tokenA: string;
  let accountId: string;
  let violationId: string;
  let nameA: string;

  beforeAll(async () => {
    await suite.start();
    url = suite.server.url;
    adminToken = await signIn(url, 'admin@example.com');
    tokenA = await signIn(url, MODERATOR_A);
    const created = await gql(
      url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: MODERATOR_B, name: '王五', roles: ['MODERATOR'], password: PASSWORD_B } },
      { token: adminToken },
    );
    expect(created.errors).toBeUndefined();
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: '认领演示有限公司', idNumber: creditCode(901) } },
      { token: adminToken },
    );
    const account = await gql<{ registerAccount: { id: string } }>(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '认领演示号' } },
      { token: adminToken },
    );
    accountId = account.data?.registerAccount.id ?? '';
    expect(accountId).not.toBe('');
    const reported = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId, type: 'LIKE_FARMING', source: 'MODERATOR', evidence: '集赞截图换礼品' } },
      { token: tokenA },
    );
    violationId = reported.data?.reportViolation.id ?? '';
    expect(violationId).not.toBe('');
    const me = await gql<{ viewer: { displayName: string } }>(url, '{ viewer { displayName } }', {}, { token: tokenA });
    nameA = me.data?.viewer.displayName ?? '';
    expect(nameA).not.toBe('');
  });
  afterAll(() => suite.stop());

  async function holder(): Promise<string | undefined> {
    const result = await gql<{ violation: { claimedBy: { email: string } | null } }>(
      url,
      'query ($id: ID!) { violation(id: $id) { claimedBy { email } } }',
      { id: violationId },
      { token: adminToken },
    );
    return result.data?.violation.claimedBy?.email;
  }

  it('B’s queue hides A’s claim, asks before taking over, and A’s next action is refused', async () => {
    const queue = `/moderation?accountId=${encodeURIComponent(accountId)}`;
    const pageA = await suite.newPage();
    // A's page hears no live updates (as with a dropped socket), so its row goes stale and A's
    // last action meets the API's refusal; live-queue.e2e.test.ts covers the live path.
    await pageA.routeWebSocket(/\/graphql$/, () => {});
    await signInAt(pageA, queue, MODERATOR_A);
    await expect.poll(() => rows(pageA).count()).toBe(1);
    // A: j, c — claims before the confirm dialog opens (no question: nobody holds it).
    await pageA.locator('.page-title').click();
    await pageA.keyboard.press('j');
    await pageA.keyboard.press('c');
    await pageA.getByTestId('confirm-violation-preview').waitFor();
    expect(await holder()).toBe(MODERATOR_A);
    await pageA.keyboard.press('Escape');
    await pageA.getByTestId('confirm-violation-preview').waitFor({ state: 'hidden' });
    await expect.poll(() => rows(pageA).first().getByTestId('moderation-row-claimed').textContent()).toContain(nameA);

    // B: the default view (unclaimed + mine) does not show A's item.
    const pageB = await suite.newPage();
    await signInAt(pageB, queue, MODERATOR_B, PASSWORD_B);
    await expect.poll(() => pageB.getByTestId('moderation-total').textContent()).toContain('0');
    expect(await rows(pageB).count()).toBe(0);
    expect(await pageB.locator('[data-testid="moderation-view-open"].is-active').count()).toBe(1);

    // "全部" (in the URL) shows it, dimmed, with A's name.
    await pageB.getByTestId('moderation-view-all').click();
    await pageB.waitForURL((address) => address.searchParams.get('view') === 'all');
    await expect.poll(() => rows(pageB).count()).toBe(1);
    expect(await rows(pageB).first().getAttribute('class')).toContain('is-held');
    expect(await rows(pageB).first().getByTestId('moderation-row-claimed').textContent()).toContain(nameA);
    expect((await rows(pageB).first().getByTestId('moderation-row-held').textContent())?.trim()).toBe(
      `${nameA} 处理中`,
    );

    // B: c asks first; cancelling changes nothing.
    await pageB.locator('.page-title').click();
    await pageB.keyboard.press('j');
    await pageB.keyboard.press('c');
    const ask = pageB.locator('.el-message-box__message');
    await ask.waitFor();
    const question = (await ask.textContent())?.trim() ?? '';
    expect(question).toMatch(new RegExp(`^${nameA} 正在处理（\\d\\d:\\d\\d 认领，\\d\\d:\\d\\d 失效），仍要接手吗？$`));
    await screenshot(pageB, 'claims-take-over-ask');
    await pageB.locator('.take-over-cancel').click();
    await ask.waitFor({ state: 'hidden' });
    expect(await holder()).toBe(MODERATOR_A);
    expect(await pageB.locator('[data-testid="confirm-violation-preview"]:visible').count()).toBe(0);

    // B: c again, and take it over: the claim is B's and the confirm dialog opens.
    await pageB.keyboard.press('c');
    await ask.waitFor();
    await pageB.locator('.take-over-confirm').click();
    await pageB.getByTestId('confirm-violation-preview').waitFor();
    expect(await holder()).toBe(MODERATOR_B);
    await pageB.keyboard.press('Escape');
    await pageB.getByTestId('confirm-violation-preview').waitFor({ state: 'hidden' });

    // A (its row still shows A's claim): c is refused, translated, and the row refreshed to B's claim.
    await pageA.keyboard.press('c');
    const message = pageA.locator('.el-message--error .el-message__content');
    await message.waitFor();
    expect((await message.textContent())?.trim()).toMatch(
      /^王五 正在处理（\d\d:\d\d 认领，\d\d:\d\d 失效），已刷新该条$/,
    );
    await expect.poll(() => rows(pageA).first().getByTestId('moderation-row-claimed').textContent()).toContain('王五');
    expect(await rows(pageA).first().getAttribute('class')).toContain('is-held');
    expect((await rows(pageA).first().getByTestId('moderation-row-held').textContent())?.trim()).toBe('王五 处理中');
    expect(await pageA.locator('[data-testid="confirm-violation-preview"]:visible').count()).toBe(0);
    expect(await holder()).toBe(MODERATOR_B);
    await screenshot(pageA, 'claims-refused');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
