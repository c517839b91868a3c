/**
 * Moderation tools (issue 15, item 6) in Chromium: a canned reason picked with a digit key fills
 * the dismiss and confirm dialogs' notes; a dismissal is undone from its success message and from
 * the drawer, which offers the overturn of a confirmation in the same place; a moderator's note
 * is added on an account in the drawer and shown on the account page, but not to its operator.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

if (!hasChromium) console.warn(`moderation tools e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const rows = (page: Page) => page.locator('.violation-row');
/** expect.poll with room for a loaded machine (its default gives up after one second). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
/** The open reason dialog's text (several reason dialogs may sit hidden in the page). */
const reasonText = (page: Page) => page.locator('[data-testid="reason-input"]:visible');
const reasonConfirm = (page: Page) => page.locator('[data-testid="reason-confirm"]:visible');
const cannedList = (page: Page) => page.locator('[data-testid="canned-reasons"]:visible');

describe.skipIf(!hasChromium)(`moderation tools in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let url: string;
  let adminToken: string;
  let moderatorToken: string;
  let accountId: string;
  let cannedLikeFarming: string[];

  async function report(): Promise<string> {
    const reported = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId, type: 'LIKE_FARMING', source: 'MODERATOR', evidence: '集赞满 50 送礼品' } },
      { token: moderatorToken },
    );
    const id = reported.data?.reportViolation.id;
    if (!id) throw new Error(JSON.stringify(reported.errors));
    return id;
  }

  async function violation(id: string) {
    const result = await gql<{
      violation: { status: string; decisionNote: string | null; penalty: { id: string } | null };
    }>(
      url,
      'query ($id: ID!) { violation(id: $id) { status decisionNote penalty { id } } }',
      { id },
      { token: adminToken },
    );
    return result.data?.violation;
  }

  beforeAll(async () => {
    await suite.start();
    url = suite.server.url;
    adminToken = await signIn(url, 'admin@example.com');
    moderatorToken = await signIn(url, 'moderator@example.com');
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name: '常用理由演示有限公司', idNumber: creditCode(951) } },
      { token: adminToken },
    );
    const account = await gql<{ registerAccount: { id: string } }>(
      url,
      'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
      { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: '常用理由演示号' } },
      { token: adminToken },
    );
    accountId = account.data?.registerAccount.id ?? '';
    expect(accountId).not.toBe('');
    const canned = await gql<{ cannedReasons: Array<{ text: string }> }>(
      url,
      '{ cannedReasons(type: LIKE_FARMING) { text } }',
      {},
      { token: moderatorToken },
    );
    cannedLikeFarming = canned.data?.cannedReasons.map((reason) => reason.text) ?? [];
    expect(cannedLikeFarming.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(() => suite.stop());

  it('picks a canned reason with a digit, dismisses, and undoes it from the message', async () => {
    const id = await report();
    const page = await suite.newPage();
    await signInAt(page, `/moderation?accountId=${encodeURIComponent(accountId)}`, 'moderator@example.com');
    await eventually(() => rows(page).count()).toBe(1);
    await page.locator('.page-title').click();
    await page.keyboard.press('j');
    await page.keyboard.press('d');
    await cannedList(page).waitFor();
    expect(await cannedList(page).getByTestId('canned-reason').count()).toBe(cannedLikeFarming.length);
    // One key: 3 fills the note with the third reason (and types nothing).
    await page.keyboard.press('3');
    await eventually(() => reasonText(page).inputValue()).toBe(cannedLikeFarming[2]);
    await screenshot(page, 'moderation-tools-canned-dismiss');
    await reasonConfirm(page).click();
    await eventually(async () => (await violation(id))?.status).toBe('DISMISSED');
    expect((await violation(id))?.decisionNote).toBe(cannedLikeFarming[2]);
    await eventually(() => rows(page).count()).toBe(0);

    // The success message offers the undo: the violation is pending again, back in the queue.
    const offer = page.getByTestId('undo-dismissal-offer');
    await offer.waitFor();
    await offer.click();
    await eventually(async () => (await violation(id))?.status).toBe('PENDING');
    await eventually(() => rows(page).count()).toBe(1);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  }, 120_000);

  it('undoes a dismissal in the drawer, overturns a confirmation in the same place, and keeps notes on the account', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/moderation?accountId=${encodeURIComponent(accountId)}`, 'moderator@example.com');
    await eventually(() => rows(page).count()).toBe(1);
    const id = await violationIdOfRow();
    await page.locator('.page-title').click();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('violation-drawer');
    await drawer.waitFor();

    // A moderator's note on the account, from the drawer.
    await drawer.getByTestId('account-note-input').fill('该号运营者屡次集赞，处理时从严。');
    await drawer.getByTestId('account-note-add').click();
    await eventually(() => drawer.getByTestId('account-note-text').last().textContent()).toBe(
      '该号运营者屡次集赞，处理时从严。',
    );
    expect(await drawer.getByTestId('account-note-meta').last().textContent()).toContain('审核员 Moderator');

    // Dismiss from the drawer with canned reason 1: the drawer stays, dismissed, offering the undo.
    await page.getByTestId('violation-drawer-dismiss').click();
    await cannedList(page).waitFor();
    await page.keyboard.press('1');
    await eventually(() => reasonText(page).inputValue()).toBe(cannedLikeFarming[0]);
    await reasonConfirm(page).click();
    const undo = drawer.getByTestId('violation-undo-dismissal');
    await undo.waitFor();
    expect(await drawer.getByTestId('violation-drawer-status').textContent()).toContain('已驳回');
    await screenshot(page, 'moderation-tools-drawer-undo');
    await undo.click();
    await eventually(async () => (await violation(id))?.status).toBe('PENDING');
    await eventually(() => drawer.getByTestId('violation-drawer-status').textContent()).toContain('待处理');
    await eventually(() => drawer.getByTestId('violation-undo-dismissal').count()).toBe(0);

    // Confirm from the drawer with canned reason 2 (the dialog focuses its empty note: the digit still picks).
    await page.getByTestId('violation-drawer-confirm').click();
    await page.getByTestId('confirm-violation-preview').waitFor();
    await page.keyboard.press('2');
    await eventually(() => page.getByTestId('confirm-violation-note').inputValue()).toBe(cannedLikeFarming[1]);
    await page.getByTestId('confirm-violation-submit').click();
    await eventually(async () => (await violation(id))?.status).toBe('CONFIRMED');
    expect((await violation(id))?.decisionNote).toBe(cannedLikeFarming[1]);

    // The overturn, where the undo was, with the same look.
    const overturn = drawer.getByTestId('violation-overturn');
    await overturn.waitFor();
    await overturn.click();
    await reasonText(page).fill('截图系伪造，举报不实');
    await reasonConfirm(page).click();
    await eventually(async () => (await violation(id))?.status).toBe('OVERTURNED');
    await eventually(() => drawer.getByTestId('violation-overturn').count()).toBe(0);

    // The note is on the account page, for staff.
    await page.goto(`/accounts/${encodeURIComponent(accountId)}`);
    const notes = page.getByTestId('account-moderator-notes');
    await notes.waitFor();
    expect(await notes.getByTestId('account-note-text').allTextContents()).toContain(
      '该号运营者屡次集赞，处理时从严。',
    );
    expect(suite.unexpectedPageErrors()).toEqual([]);

    async function violationIdOfRow(): Promise<string> {
      const result = await gql<{ violations: { edges: Array<{ node: { id: string } }> } }>(
        url,
        'query ($filter: ViolationFilter) { violations(first: 5, filter: $filter) { edges { node { id } } } }',
        { filter: { accountId, status: 'PENDING' } },
        { token: adminToken },
      );
      const found = result.data?.violations.edges[0]?.node.id;
      if (!found) throw new Error(JSON.stringify(result.errors));
      return found;
    }
  }, 180_000);

  it('shows an account’s operator no moderator notes', async () => {
    const viewer = await gql<{ viewer: { operatedAccounts: Array<{ id: string }> } }>(
      url,
      '{ viewer { operatedAccounts { id } } }',
      {},
      { token: await signIn(url, 'publisher@example.com') },
    );
    const own = viewer.data?.viewer.operatedAccounts[0]?.id ?? '';
    const added = await gql(
      url,
      'mutation ($accountId: ID!, $text: String!) { addAccountNote(accountId: $accountId, text: $text) { id } }',
      { accountId: own, text: '仅限平台内部：运营者看不到' },
      { token: moderatorToken },
    );
    expect(added.errors).toBeUndefined();
    const page = await suite.newPage();
    await signInAt(page, `/accounts/${encodeURIComponent(own)}`, 'publisher@example.com');
    await page.getByTestId('account-profile').waitFor();
    expect(await page.getByTestId('account-moderator-notes').count()).toBe(0);
    expect(await page.content()).not.toContain('仅限平台内部');
  });
});
