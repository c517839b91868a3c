/**
 * The notification bell (issue 15): a publisher's ban notification reads in Chinese with the
 * account's name and China time, links to the account, and reads in English once the admin is
 * switched to English (the admin sends Accept-Language; the API writes the text) — in Chromium
 * against the built API and admin. Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR = 'moderator@example.com';
const PUBLISHER = 'publisher@example.com';
const RAW_ENUM = /\b[A-Z]{2,}_[A-Z_]+\b/;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HAN = /\p{Script=Han}/u;

if (!hasChromium) console.warn(`notifications e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The bell's notification about the ban, with the panel open. */
async function banItem(page: Page) {
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-panel').waitFor();
  const item = page.locator('[data-testid="notification-item"][data-kind="PENALTY"]').first();
  await item.waitFor();
  return item;
}

describe.skipIf(!hasChromium)(`the notification bell in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let account = { id: '', name: '' };

  beforeAll(async () => {
    await suite.start();
    const url = suite.server.url;
    const moderator = await signIn(url, MODERATOR);
    const publisher = await signIn(url, PUBLISHER);
    const own = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
      url,
      '{ accounts(first: 1) { edges { node { id name } } } }',
      {},
      { token: publisher },
    );
    account = own.data?.accounts.edges[0]?.node ?? account;
    if (!account.id) throw new Error(`the publisher operates no account: ${JSON.stringify(own.errors)}`);
    // A like-farming report on the publisher's account, confirmed: its operators are told of the ban.
    const report = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId: account.id, type: 'LIKE_FARMING', source: 'MODERATOR', evidence: '集赞换礼品' } },
      { token: moderator },
    );
    const confirmed = await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { id } }',
      { id: report.data?.reportViolation.id },
      { token: moderator },
    );
    if (confirmed.errors) throw new Error(`confirm failed: ${JSON.stringify(confirmed.errors)}`);
  });
  afterAll(() => suite.stop());

  it('shows the ban in Chinese with the account’s name and a link that opens the account; in English once switched', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', PUBLISHER);

    const item = await banItem(page);
    const title = (await item.getByTestId('notification-title').textContent())?.trim() ?? '';
    const message = (await item.getByTestId('notification-message').textContent())?.trim() ?? '';
    expect(title).toMatch(new RegExp(`^账号“${account.name}”已被(永久封禁|封禁 \\d+ 天)$`));
    expect(message).toContain(`账号“${account.name}”`);
    expect(message).toContain('集赞违规');
    expect(message).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）/);
    expect(`${title}${message}`).not.toMatch(RAW_ENUM);
    expect(message).not.toMatch(ISO_INSTANT);
    expect((await item.getByTestId('notification-account').textContent())?.trim()).toBe(`账号：${account.name}`);
    // A real link: it opens in a new tab too.
    expect(await item.getAttribute('href')).toBe(`/accounts/${account.id}`);
    await screenshot(page, 'notifications-zh');

    // Switched to English, the same notification reads in English (asked again in that language).
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-panel').waitFor({ state: 'hidden' });
    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await page.getByTestId('nav-accounts').textContent())?.trim()).toBe('Accounts');
    const english = await banItem(page);
    await expect
      .poll(async () => (await english.getByTestId('notification-title').textContent())?.trim())
      .toMatch(new RegExp(`^“${account.name}” is banned (permanently|for \\d+ days?)$`));
    const englishMessage = (await english.getByTestId('notification-message').textContent())?.trim() ?? '';
    expect(englishMessage).toMatch(/^For its \d+(st|nd|rd|th) like farming violation, /);
    expect(englishMessage).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(China time\)/);
    expect(englishMessage.split(account.name).join('')).not.toMatch(HAN);
    expect(englishMessage).not.toMatch(RAW_ENUM);
    expect((await english.getByTestId('notification-account').textContent())?.trim()).toBe(`Account: ${account.name}`);
    await screenshot(page, 'notifications-en');

    // Following it marks it read and opens the account.
    await english.click();
    await page.waitForURL((location) => location.pathname === `/accounts/${account.id}`);
    expect((await page.getByTestId('account-name').textContent())?.trim()).toBe(account.name);
    await page.getByTestId('notification-bell').click();
    const read = page.locator('[data-testid="notification-item"][data-kind="PENALTY"]').first();
    await expect.poll(() => read.getAttribute('data-read')).toBe('true');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
