/**
 * Enterprise accounts in the admin SPA (seed 003), on the demo's 星河科技企业号 (operated by the
 * publisher): the address book's tree and members, a department filter, adding a member (and a
 * refusal in Chinese), a CSV import with a refused line, the CSV export; approving a follow by
 * keyboard only; the verification log; granting and revoking a hierarchical administrator; and
 * publisher2 (VIEW over 市场部) reading only 市场部 — in Chromium against the built API and admin.
 * Tests compare with what the API answers at the time (not fixed counts), so one test's writes do
 * not break another; the one that changes publisher2's scope puts it back.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const PUBLISHER = 'publisher@example.com';
const PUBLISHER2 = 'publisher2@example.com';
const ACCOUNT = '星河科技企业号';
const DEPARTMENTS = ['研发中心', '后端组', '前端组', '移动端小组', '市场部', '人力资源部'];

if (!hasChromium) console.warn(`enterprise e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The error text under a form field (Element Plus), by the field's input test id. */
const fieldErrorOf = (page: Page, testId: string) =>
  page.locator('.el-form-item', { has: page.getByTestId(testId) }).locator('.el-form-item__error');

/** Waits until nothing moves (dialogs opened or closed): for screenshots. Spinners loop forever. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

interface Department {
  id: string;
  name: string;
}
interface MemberPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { name: string } }>;
}
interface Scope {
  permission: string;
  user: { id: string } | null;
  departments: Department[];
}

describe.skipIf(!hasChromium)(`enterprise accounts in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let publisherToken = '';
  let accountId = '';
  let departments: Department[] = [];
  /** publisher2 as the pages show them: a system administrator reads their email masked. */
  let publisher2 = { id: '', displayName: '' };

  const api = <T>(query: string, variables: Record<string, unknown> = {}, token = publisherToken) =>
    gql<T>(suite.server.url, query, variables, { token });

  const departmentId = (name: string): string => {
    const found = departments.find((department) => department.name === name);
    if (!found) throw new Error(`the demo data has no department ${name}`);
    return found.id;
  };

  /** The names of the members the API lists (every page), as the system administrator sees them. */
  async function memberNames(filter: Record<string, unknown> = {}): Promise<string[]> {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResponse<{ members: MemberPage }> = await api<{ members: MemberPage }>(
        'query ($accountId: ID!, $after: String, $filter: MemberFilter) { members(accountId: $accountId, first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { name } } } }',
        { accountId, after, filter },
      );
      expect(result.errors).toBeUndefined();
      const page: MemberPage | undefined = result.data?.members;
      names.push(...(page?.edges.map((edge) => edge.node.name) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return names;
  }

  /** Every member row shown, loading the further pages first. */
  async function shownMemberNames(page: Page): Promise<string[]> {
    while ((await page.getByTestId('members-more').count()) > 0) {
      const before = await page.getByTestId('member-row-name').count();
      await page.getByTestId('members-more').click();
      await expect.poll(() => page.getByTestId('member-row-name').count()).toBeGreaterThan(before);
    }
    return page.getByTestId('member-row-name').allTextContents();
  }

  beforeAll(async () => {
    await suite.start();
    publisherToken = await signIn(suite.server.url, PUBLISHER);
    const accounts = await api<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
      'query ($filter: AccountFilter) { accounts(first: 20, filter: $filter) { edges { node { id name } } } }',
      { filter: { kind: 'ENTERPRISE', nameContains: '星河科技' } },
    );
    accountId = accounts.data?.accounts.edges.find((edge) => edge.node.name === ACCOUNT)?.node.id ?? '';
    expect(accountId).not.toBe('');
    const tree = await api<{ departments: Department[] }>(
      'query ($accountId: ID!) { departments(accountId: $accountId) { id name } }',
      { accountId },
    );
    departments = tree.data?.departments ?? [];
    const second = await gql<{ viewer: { id: string; displayName: string } }>(
      suite.server.url,
      '{ viewer { id displayName } }',
      {},
      { token: await signIn(suite.server.url, PUBLISHER2) },
    );
    publisher2 = second.data?.viewer ?? publisher2;
    expect(publisher2.id).not.toBe('');
    expect(departments.map((department) => department.name)).toEqual(expect.arrayContaining(DEPARTMENTS));
  });

  afterAll(() => suite.stop());

  it('the address book: the tree and members, a department filters them, a member added, a duplicate refused in Chinese', async () => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAt(page, '/enterprise', PUBLISHER);
    await page.getByTestId('nav-enterprise').waitFor();
    const row = page.getByTestId('enterprise-row-name').filter({ hasText: ACCOUNT });
    await row.click();
    await page.waitForURL((url) => url.pathname === `/enterprise/${accountId}/address-book`);

    // The tree: every demo department, with its direct members counted.
    await expect
      .poll(async () =>
        page
          .getByTestId('department-node')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-department'))),
      )
      .toEqual(expect.arrayContaining(DEPARTMENTS));
    const all = await memberNames();
    expect(all.length).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId('address-book-scope').textContent()).toContain(`共 ${all.length} 条`);
    expect(await page.getByTestId('enterprise-member-cap').textContent()).toBe(`${all.length} / 500 成员`);
    expect(await page.getByTestId('member-row-name').count()).toBe(Math.min(20, all.length));
    await screenshot(page, 'enterprise-address-book');

    // 市场部 (no sub-departments): only its members, each in 市场部; the URL keeps the choice.
    const market = await memberNames({ departmentId: departmentId('市场部') });
    expect(market.length).toBeGreaterThan(0);
    expect(market.length).toBeLessThan(all.length);
    await page.locator('[data-department="市场部"]').click();
    await page.waitForURL((url) => url.searchParams.get('department') === departmentId('市场部'));
    await expect.poll(() => page.getByTestId('member-row-name').allTextContents()).toEqual(market.slice(0, 20));
    for (const departmentsText of await page.getByTestId('member-row-departments').allTextContents()) {
      expect(departmentsText).toContain('市场部');
    }
    expect((await shownMemberNames(page)).sort()).toEqual([...market].sort());

    // Add a member to 市场部 (preselected): it shows in the list, and the count and the cap follow.
    await page.getByTestId('member-add').click();
    await page.getByTestId('member-member-id').fill('e2e-market-01');
    await page.getByTestId('member-name').fill('测试新人');
    await page.getByTestId('member-mobile').fill('13912345601');
    await page.getByTestId('member-position').fill('市场专员');
    expect(await page.getByTestId('member-departments').textContent()).toContain('市场部');
    await page.getByTestId('member-submit').click();
    await page.getByTestId('member-form').waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByTestId('address-book-scope').textContent())
      .toContain(`共 ${market.length + 1} 条`);
    await page.getByTestId('address-book-search').fill('测试新人');
    await page.getByTestId('address-book-search-submit').click();
    await page.waitForURL((url) => url.searchParams.get('search') === '测试新人');
    await expect.poll(() => page.getByTestId('member-row-name').allTextContents()).toEqual(['测试新人']);
    expect(await page.getByTestId('member-row-id').allTextContents()).toEqual(['e2e-market-01']);
    expect(await page.getByTestId('enterprise-member-cap').textContent()).toBe(`${all.length + 1} / 500 成员`);

    // The same member id again (case ignored): refused on its field, in Chinese; nothing written.
    await page.getByTestId('member-add').click();
    await page.getByTestId('member-member-id').fill('E2E-MARKET-01');
    await page.getByTestId('member-name').fill('重复的人');
    await page.getByTestId('member-submit').click();
    await expect
      .poll(() => fieldErrorOf(page, 'member-member-id').textContent())
      .toBe('该成员 ID 已被通讯录中的另一名成员使用（不区分大小写）');
    expect(await page.getByTestId('member-form').isVisible()).toBe(true);
    await settled(page);
    await screenshot(page, 'enterprise-member-refused');
    await page.keyboard.press('Escape');
    await page.getByTestId('member-form').waitFor({ state: 'hidden' });
    expect(await memberNames({ search: '重复的人' })).toEqual([]);

    // The page at 390 px: nothing is cut off sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('address-book-search').fill('');
    await page.getByTestId('address-book-search-submit').click();
    await expect.poll(() => page.getByTestId('member-row-name').count()).toBeGreaterThan(1);
    // The page itself does not overflow sideways (the table scrolls within its own box).
    const overflow = await page
      .getByTestId('address-book-page')
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'enterprise-address-book-390');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('departments: a sub-department added, renamed and deleted; a department with members is not deleted (in Chinese)', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/enterprise/${accountId}/address-book?department=${departmentId('人力资源部')}`, PUBLISHER);
    await page.getByTestId('department-actions').waitFor();

    // A department with members: the refusal in Chinese, and it stays.
    await page.getByTestId('department-delete').click();
    await page.locator('.department-delete-confirm').click();
    await expect
      .poll(() => page.getByTestId('department-tree-error').textContent())
      .toBe('部门还有子部门或成员，不能删除：请先移走它们');
    expect(await page.locator('[data-department="人力资源部"]').count()).toBe(1);

    await page.getByTestId('department-create-child').click();
    await page.getByTestId('department-name').fill('招聘组');
    await page.getByTestId('department-submit').click();
    await page.getByTestId('department-form').waitFor({ state: 'hidden' });
    await page.locator('[data-department="招聘组"]').waitFor();
    // The new one is selected: rename it, then delete it (it is empty).
    await page.waitForURL((url) => url.searchParams.get('department') !== departmentId('人力资源部'));
    await page.getByTestId('department-rename').click();
    await page.getByTestId('department-name').fill('校园招聘组');
    await page.getByTestId('department-submit').click();
    await page.locator('[data-department="校园招聘组"]').waitFor();
    expect(await page.locator('[data-department="招聘组"]').count()).toBe(0);
    await page.getByTestId('department-delete').click();
    await page.locator('.department-delete-confirm').click();
    await page.locator('[data-department="校园招聘组"]').waitFor({ state: 'detached' });
    const names = (
      await api<{ departments: Department[] }>(
        'query ($accountId: ID!) { departments(accountId: $accountId) { id name } }',
        {
          accountId,
        },
      )
    ).data?.departments.map((department) => department.name);
    expect(names).toEqual(expect.arrayContaining(DEPARTMENTS));
    expect(names).not.toContain('校园招聘组');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a CSV import writes the good line and reports the refused one with its reason; the export answers a CSV', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/enterprise/${accountId}/address-book`, PUBLISHER);
    await page.getByTestId('member-import').click();
    const csv = [
      'memberId,name,mobile,email,wechatId,position,departments',
      'e2e-import-01,导入成功,13912345611,e2e.import01@example.com,,工程师,研发中心/后端组',
      'e2e-import-02,导入失败,not-a-mobile,,,,市场部',
    ].join('\n');
    await page.getByTestId('member-import-csv').fill(csv);
    await page.getByTestId('member-import-submit').click();
    await page.getByTestId('member-import-report').waitFor();
    expect(await page.getByTestId('member-import-summary').textContent()).toContain('共 2 行：新增 1，更新 0，拒绝 1');
    expect(await page.getByTestId('member-import-refused-line').allTextContents()).toEqual(['3']);
    // The reason in Chinese (the mobile's INVALID_FORMAT), not the API's English sentence.
    expect(await page.getByTestId('member-import-refused-reason').allTextContents()).toEqual(['手机号格式不正确']);
    expect(await page.getByTestId('member-import-refused').textContent()).toContain('e2e-import-02');
    await settled(page);
    await screenshot(page, 'enterprise-import-report');
    await page.getByTestId('member-import-close').click();
    expect(await memberNames({ search: '导入成功' })).toEqual(['导入成功']);
    expect(await memberNames({ search: '导入失败' })).toEqual([]);

    // The export link: the whole address book as CSV, the header first.
    const href = await page.getByTestId('export-members').getAttribute('href');
    expect(href).toBe(`/exports/members.csv?accountId=${encodeURIComponent(accountId)}`);
    const response = await page.request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = (await response.text()).replace(/^\uFEFF/, '');
    const lines = body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('memberId');
    expect(lines.length - 1).toBe((await memberNames()).length);
    expect(body).toContain('导入成功');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('follow requests: one awaiting approval is approved by keyboard only (j, a) and leaves the list', async () => {
    type Follow = { id: string; wechatId: string; status: string };
    const waiting = async () =>
      (
        await api<{ follows: { edges: Array<{ node: Follow }> } }>(
          'query ($accountId: ID!) { follows(accountId: $accountId, first: 50, status: AWAITING_APPROVAL) { edges { node { id wechatId status } } } }',
          { accountId },
        )
      ).data?.follows.edges.map((edge) => edge.node) ?? [];
    const before = await waiting();
    expect(before.length).toBeGreaterThanOrEqual(2);

    const page = await suite.newPage();
    await signInAt(page, `/enterprise/${accountId}/follows`, PUBLISHER);
    // Those awaiting approval are the default tab.
    await expect
      .poll(() => page.getByTestId('follow-row-wechat-id').allTextContents())
      .toEqual(before.map((follow) => follow.wechatId));
    expect(await page.getByTestId('follows-keyboard-help').textContent()).toContain('通过选中的申请');
    expect(await page.getByTestId('enterprise-two-step').locator('input').isChecked()).toBe(true);

    await page.keyboard.press('j');
    await expect.poll(() => page.locator('.follow-row.is-cursor').count()).toBe(1);
    expect(await page.locator('.follow-row.is-cursor').getByTestId('follow-row-wechat-id').textContent()).toBe(
      before[0]?.wechatId,
    );
    await screenshot(page, 'enterprise-follows');
    await page.keyboard.press('a');
    await expect
      .poll(() => page.getByTestId('follow-row-wechat-id').allTextContents())
      .toEqual(before.slice(1).map((follow) => follow.wechatId));
    // The next row took the cursor.
    expect(await page.locator('.follow-row.is-cursor').getByTestId('follow-row-wechat-id').textContent()).toBe(
      before[1]?.wechatId,
    );
    expect((await waiting()).map((follow) => follow.id)).toEqual(before.slice(1).map((follow) => follow.id));
    const approved = await api<{ node: { status: string } | null }>(
      'query ($id: ID!) { node(id: $id) { ... on Follow { status } } }',
      { id: before[0]?.id },
    );
    expect(approved.data?.node?.status).toBe('FOLLOWED');

    // It is among the followed now.
    await page.getByTestId('follows-status-FOLLOWED').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'FOLLOWED');
    await expect.poll(() => page.getByTestId('follow-row-wechat-id').allTextContents()).toContain(before[0]?.wechatId);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the verification log lists the events, their kinds in Chinese and times in China time', async () => {
    const page = await suite.newPage();
    await signInAt(page, `/enterprise/${accountId}/verification-log`, PUBLISHER);
    await expect.poll(() => page.getByTestId('follow-event-kind').count()).toBeGreaterThan(3);
    const kinds = await page.getByTestId('follow-event-kind').allTextContents();
    const KNOWN = [
      '关注',
      '匹配到成员',
      '未匹配到成员',
      '手机/邮箱不在通讯录',
      '已发送验证码',
      '验证码错误',
      '验证码过期',
      '超过每日次数',
      '验证通过',
      '管理员通过',
    ];
    for (const kind of kinds) expect(KNOWN).toContain(kind.trim());
    // The newest entry's time is China time (UTC+8), whatever the browser's zone.
    const newest = await api<{ followEvents: { edges: Array<{ node: { at: string } }> } }>(
      'query ($accountId: ID!) { followEvents(accountId: $accountId, first: 1) { edges { node { at } } } }',
      { accountId },
    );
    const at = new Date(newest.data?.followEvents.edges[0]?.node.at ?? '');
    const chinaClock = new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    }).format(at);
    expect(await page.getByTestId('follow-event-at').first().textContent()).toContain(chinaClock);
    expect((await page.getByTestId('follow-event-wechat-id').allTextContents()).some((id) => id.trim() !== '—')).toBe(
      true,
    );
    // The publisher is not ADMIN: no outbox link.
    expect(await page.getByTestId('verification-log-deliveries').count()).toBe(0);
    await screenshot(page, 'enterprise-verification-log');

    // ADMIN comes from the account's page, and reads the outbox from the log.
    const admin = await suite.newPage();
    await signInAt(admin, `/accounts/${accountId}`, 'admin@example.com');
    await admin.getByTestId('account-enterprise').click();
    await admin.waitForURL((url) => url.pathname === `/enterprise/${accountId}/address-book`);
    await admin.getByTestId('enterprise-tab-enterprise-verification-log').click();
    await admin.waitForURL((url) => url.pathname === `/enterprise/${accountId}/verification-log`);
    await admin.getByTestId('verification-log-deliveries').click();
    await admin.waitForURL((url) => url.pathname === '/deliveries');
    await expect.poll(() => admin.getByTestId('delivery-body').count()).toBeGreaterThan(0);
    expect(await admin.getByTestId('delivery-channel').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/短信|邮件/)]),
    );
    await screenshot(admin, 'enterprise-deliveries');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('administrators: publisher2 is granted MANAGE over 人力资源部, listed, then revoked', async () => {
    const scopesNow = async () =>
      (
        await api<{ directoryScopes: Scope[] }>(
          'query ($accountId: ID!) { directoryScopes(accountId: $accountId) { permission user { id } departments { id name } } }',
          { accountId },
        )
      ).data?.directoryScopes ?? [];
    const original = (await scopesNow()).find((scope) => scope.user?.id === publisher2.id);
    expect(original?.permission).toBe('VIEW');

    const page = await suite.newPage();
    try {
      await signInAt(page, `/enterprise/${accountId}/administrators`, PUBLISHER);
      await expect.poll(() => page.getByTestId('system-admin-name').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('scope-user').allTextContents()).toContain(publisher2.displayName);

      await page.getByTestId('scope-grant').click();
      // Nothing picked: refused before asking the API.
      await page.getByTestId('grant-scope-submit').click();
      await expect.poll(() => fieldErrorOf(page, 'grant-scope-email').textContent()).toBe('请填写邮箱');
      await page.getByTestId('grant-scope-email').fill(PUBLISHER2);
      await page.getByTestId('grant-scope-permission-MANAGE').click();
      await page
        .getByTestId('grant-scope-tree')
        .locator('.el-tree-node__content', { has: page.locator('[data-department="人力资源部"]') })
        .locator('.el-checkbox')
        .click();
      await settled(page);
      await screenshot(page, 'enterprise-grant-scope');
      await page.getByTestId('grant-scope-submit').click();
      await page.getByTestId('grant-scope-form').waitFor({ state: 'hidden' });

      const row = page.locator('[data-testid="scopes-table"] tr.el-table__row', { hasText: publisher2.displayName });
      await expect.poll(() => row.getByTestId('scope-permission').textContent()).toContain('管理');
      expect((await row.getByTestId('scope-departments').textContent())?.trim()).toBe('人力资源部');
      const granted = (await scopesNow()).find((scope) => scope.user?.id === publisher2.id);
      expect(granted?.permission).toBe('MANAGE');
      expect(granted?.departments.map((department) => department.name)).toEqual(['人力资源部']);
      await screenshot(page, 'enterprise-administrators');

      await row.getByTestId('scope-revoke').click();
      await page.locator('.scope-revoke-confirm').click();
      await expect.poll(() => page.getByTestId('scope-user').allTextContents()).not.toContain(publisher2.displayName);
      expect((await scopesNow()).some((scope) => scope.user?.id === publisher2.id)).toBe(false);
    } finally {
      // publisher2's scope as the demo has it (VIEW over 市场部), for the other tests.
      if (original) {
        const restored = await api(
          'mutation ($input: GrantDirectoryScopeInput!) { grantDirectoryScope(input: $input) }',
          {
            input: {
              accountId,
              email: PUBLISHER2,
              permission: original.permission,
              departmentIds: original.departments.map((department) => department.id),
            },
          },
        );
        expect(restored.errors).toBeUndefined();
      }
    }

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('publisher2, VIEW over 市场部: the address book holds only 市场部 and its members, and no write action', async () => {
    const market = await memberNames({ departmentId: departmentId('市场部') });
    expect(market.length).toBeGreaterThan(0);

    const page = await suite.newPage();
    await signInAt(page, '/enterprise', PUBLISHER2);
    const row = page.locator('[data-testid="enterprise-table"] tr.el-table__row', { hasText: ACCOUNT });
    await expect.poll(() => row.getByTestId('enterprise-row-role').textContent()).toContain('分级管理员');
    await row.getByTestId('enterprise-row-name').click();
    await page.waitForURL((url) => url.pathname === `/enterprise/${accountId}/address-book`);

    await expect
      .poll(async () =>
        page
          .getByTestId('department-node')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-department'))),
      )
      .toEqual(['市场部']);
    await expect.poll(() => page.getByTestId('member-row-name').count()).toBeGreaterThan(0);
    expect((await shownMemberNames(page)).sort()).toEqual([...market].sort());
    expect(await page.getByTestId('address-book-read-only').isVisible()).toBe(true);
    for (const action of ['member-add', 'member-import', 'member-edit', 'member-remove', 'department-create-top']) {
      expect(await page.getByTestId(action).count(), action).toBe(0);
    }
    // Follows, the log and the administrators are the system administrators'.
    expect(await page.getByTestId('enterprise-tab-enterprise-follows').count()).toBe(0);
    await screenshot(page, 'enterprise-address-book-view-only');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
