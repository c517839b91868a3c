/**
 * The audit log in the admin SPA: actions and object types by their translated names (zh-CN and
 * en), the filters as pickers (action, actor, object type, days) kept in the URL, and the link to
 * the object's page — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';

/** The machine is shared: a page may take seconds to answer. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

if (!hasChromium) console.warn(`audit-log e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The action codes (data-action) and the texts of the rows shown. */
function rowActions(page: Page): Promise<Array<{ code: string; text: string }>> {
  return page
    .getByTestId('audit-row-action')
    .evaluateAll((tags) =>
      tags.map((tag) => ({ code: tag.getAttribute('data-action') ?? '', text: (tag.textContent ?? '').trim() })),
    );
}

async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
}

describe.skipIf(!hasChromium)(`audit log in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('shows translated actions and objects, filters by pickers in the URL, and links to the object', async () => {
    const url = suite.server.url;
    const token = await signIn(url, ADMIN);
    // Entries to find: a user created (User), made an operator of an account (Account).
    const accounts = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
      url,
      '{ accounts(first: 1) { edges { node { id name } } } }',
      {},
      { token },
    );
    const account = accounts.data?.accounts.edges[0]?.node;
    if (!account) throw new Error(`no account: ${JSON.stringify(accounts.errors)}`);
    const created = await gql(
      url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          email: 'audit-e2e@example.com',
          name: '审计员甲',
          roles: ['PUBLISHER'],
          password: 'river-lantern-2026',
        },
      },
      { token },
    );
    expect(created.errors).toBeUndefined();
    const added = await gql(
      url,
      'mutation ($accountId: ID!, $email: String!) { addAccountOperator(accountId: $accountId, email: $email) { id } }',
      { accountId: account.id, email: 'audit-e2e@example.com' },
      { token },
    );
    expect(added.errors).toBeUndefined();
    const viewer = await gql<{ viewer: { id: string; displayName: string } }>(
      url,
      '{ viewer { id displayName } }',
      {},
      { token },
    );
    const admin = viewer.data?.viewer;
    if (!admin) throw new Error('no viewer');

    const page = await suite.newPage();
    await signInAt(page, '/audit', ADMIN);
    await poll(async () => (await rowActions(page)).length).toBeGreaterThanOrEqual(2);

    // Every action by its Chinese name, the code only in the tooltip.
    const rows = await rowActions(page);
    expect(rows.map((row) => row.code)).toEqual(expect.arrayContaining(['user.create', 'account.addOperator']));
    for (const row of rows) {
      expect(row.text).not.toBe(row.code);
      expect(row.text).toMatch(/\p{Script=Han}/u);
    }
    expect(rows.find((row) => row.code === 'account.addOperator')?.text).toBe('添加运营者');
    expect(rows.find((row) => row.code === 'user.create')?.text).toBe('创建用户');
    await screenshot(page, 'audit-log');

    // The action picker offers the registry by name; the choice goes to the URL.
    await pick(page, 'audit-filter-action', /^\s*添加运营者\s*$/);
    await page.waitForURL((next) => next.searchParams.get('action') === 'account.addOperator');
    await poll(() => page.getByTestId('audit-total').textContent()).toContain('共 1 条');
    expect((await rowActions(page)).map((row) => row.code)).toEqual(['account.addOperator']);
    // The object by its type's name, linked to its page.
    const link = page.getByTestId('audit-row-target-link');
    expect((await link.textContent())?.trim()).toBe('查看账号');
    await link.click();
    await page.waitForURL((next) => next.pathname === `/accounts/${account.id}`);
    await page.goBack();
    await page.waitForURL(
      (next) => next.pathname === '/audit' && next.searchParams.get('action') === 'account.addOperator',
    );

    // The actor picker (the staff, by name) and the object type picker; the URL holds all three.
    await page.getByTestId('audit-filter-reset').click();
    await page.waitForURL((next) => next.pathname === '/audit' && next.search === '');
    await pick(page, 'audit-filter-actor', admin.displayName);
    await page.waitForURL((next) => next.searchParams.get('actorId') === admin.id);
    await pick(page, 'audit-filter-target-type', /^\s*用户\s*$/);
    await page.waitForURL((next) => next.searchParams.get('targetType') === 'User');
    await poll(async () => (await rowActions(page)).map((row) => row.code)).toEqual(['user.create']);
    expect(await page.getByTestId('audit-row-target-type').first().textContent()).toContain('用户');

    // A reload keeps the filters, the pickers show them by name.
    await page.reload();
    await poll(async () => (await rowActions(page)).map((row) => row.code)).toEqual(['user.create']);
    expect(await page.getByTestId('audit-filter-target-type').textContent()).toContain('用户');

    // Days: a range with nothing in it empties the list; today's holds the entry again.
    const range = page.getByTestId('audit-filter-range');
    await range.locator('input[data-end="start"]').fill('2001-01-01');
    await range.locator('input[data-end="end"]').fill('2001-01-31');
    await page.waitForURL(
      (next) => next.searchParams.get('from') === '2001-01-01' && next.searchParams.get('to') === '2001-01-31',
    );
    await poll(() => page.getByTestId('audit-total').textContent()).toContain('共 0 条');
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await range.locator('input[data-end="end"]').fill(today);
    await page.waitForURL((next) => next.searchParams.get('to') === today);
    await poll(async () => (await rowActions(page)).map((row) => row.code)).toEqual(['user.create']);

    // English names.
    await page.getByTestId('lang-en').click();
    await poll(async () => (await rowActions(page))[0]?.text).toBe('User created');
    expect(await page.getByTestId('audit-filter-target-type').textContent()).toContain('User');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
