/**
 * People in the admin SPA (issue 13): the admin creates and invites users, changes roles,
 * deactivates and reactivates; a one-time link sets a password; publishers add and remove an
 * account's operators; everyone changes their password and ends their other sessions — in
 * Chromium against the built API and admin. Each test has users of its own (made through the API
 * where the page is not what is tested).
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, PASSWORD, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';
const PUBLISHER = 'publisher@example.com';
const PUBLISHER2 = 'publisher2@example.com';
const MODERATOR = 'moderator@example.com';
/** Long enough, and not a common password. */
const NEW_PASSWORD = 'river-lantern-2026';
const NEXT_PASSWORD = 'harbor-compass-2027';

if (!hasChromium) console.warn(`people e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** Signs in from the sign-in page itself and waits for the home page of the user's roles. */
async function signInHome(page: Page, email: string, password: string, home: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === home);
}

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

describe.skipIf(!hasChromium)(`people in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let adminToken = '';

  /** A user made through the API (the admin's), signed in with `NEW_PASSWORD`. */
  async function createUser(email: string, name: string, roles: string[]): Promise<string> {
    const result = await gql<{ createUser: { id: string } }>(
      suite.server.url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, name, roles, password: NEW_PASSWORD } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.createUser.id ?? '';
  }

  beforeAll(async () => {
    await suite.start();
    adminToken = await signIn(suite.server.url, ADMIN);
  });
  afterAll(() => suite.stop());

  it('the admin creates a moderator with a password; the moderator works the queue but not the users', async () => {
    const admin = await suite.newPage();
    await signInAt(admin, '/moderation', ADMIN);
    await admin.getByTestId('nav-users').click();
    await admin.waitForURL((url) => url.pathname === '/users');
    // The demo's seven people (two moderators, so the live queue can be seen).
    await expect.poll(() => admin.locator('.user-row').count()).toBeGreaterThanOrEqual(7);
    expect(await admin.getByTestId('users-total').textContent()).toContain('7');

    // The new-user dialog: a refusal shows on its field, in the API's words, and nothing closes.
    await admin.getByTestId('users-new').click();
    await admin.getByTestId('new-user-email').fill(MODERATOR);
    await admin.getByTestId('new-user-name').fill('新审核员 New Moderator');
    await admin.getByTestId('new-user-role-MODERATOR').click();
    await admin.getByTestId('new-user-mode-password').click();
    await admin.getByTestId('new-user-password').fill('short');
    expect(await admin.getByTestId('new-user-password-hint').textContent()).toContain('还差 7 个字符');
    await admin.getByTestId('new-user-submit').click();
    await expect.poll(() => fieldErrorOf(admin, 'new-user-password').textContent()).toContain('至少需要 12 个字符');
    await admin.getByTestId('new-user-password').fill(NEW_PASSWORD);
    await admin.getByTestId('new-user-submit').click();
    await expect
      .poll(() => fieldErrorOf(admin, 'new-user-email').textContent())
      .toContain('There is already a user with the email moderator@example.com');
    expect(await admin.getByTestId('new-user-form').isVisible()).toBe(true);
    await settled(admin);
    await screenshot(admin, 'people-new-user-refused');
    await admin.getByTestId('new-user-email').fill('moderator.new@example.com');
    await admin.getByTestId('new-user-submit').click();
    await admin.getByTestId('new-user-form').waitFor({ state: 'hidden' });
    await expect.poll(() => admin.locator('.el-message--success').last().textContent()).toContain('新审核员');

    // Filters: the search and the role go to the URL.
    await admin.getByTestId('users-filter-search').fill('moderator.new');
    await admin.getByTestId('users-filter-apply').click();
    await admin.waitForURL((url) => url.searchParams.get('search') === 'moderator.new');
    await expect
      .poll(() => admin.getByTestId('user-row-email').allTextContents())
      .toEqual(['moderator.new@example.com']);
    expect(await admin.getByTestId('user-row-roles').textContent()).toContain('内容审核');
    expect(await admin.getByTestId('user-row-status').textContent()).toContain('正常');
    await screenshot(admin, 'people-users');

    // The moderator signs in and works the queue: claims a report and dismisses it.
    const moderator = await suite.newPage();
    await signInHome(moderator, 'moderator.new@example.com', NEW_PASSWORD, '/moderation');
    const rows = moderator.locator('.violation-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    expect(await moderator.getByTestId('nav-users').count()).toBe(0);
    const before = Number((await moderator.getByTestId('moderation-total').textContent())?.match(/\d+/)?.[0]);
    await rows.first().getByTestId('moderation-details').click();
    await moderator.getByTestId('violation-claim').click();
    await expect
      .poll(() => moderator.getByTestId('violation-drawer-claimed').textContent())
      .toContain('新审核员 New Moderator');
    await moderator.getByTestId('violation-drawer-dismiss').click();
    await moderator.getByTestId('reason-input').fill('截图不完整，无法认定');
    await moderator.getByTestId('reason-confirm').click();
    await moderator.getByTestId('reason-dialog-message').waitFor({ state: 'hidden' });
    await expect
      .poll(async () => Number((await moderator.getByTestId('moderation-total').textContent())?.match(/\d+/)?.[0]))
      .toBe(before - 1);

    // The users page is not theirs: no access, and the API refuses them too.
    await moderator.goto('/users');
    await moderator.getByTestId('no-access').waitFor();
    const token = await signIn(suite.server.url, 'moderator.new@example.com', NEW_PASSWORD);
    const refused = await gql(
      suite.server.url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'sneaky@example.com', name: 'Sneaky', roles: ['ADMIN'], password: NEW_PASSWORD } },
      { token },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an invitation link is shown once; its page refuses a short password, then signs the person in', async () => {
    const admin = await suite.newPage();
    await signInAt(admin, '/users', ADMIN);
    await admin.getByTestId('users-new').click();
    await admin.getByTestId('new-user-email').fill('invitee@example.com');
    await admin.getByTestId('new-user-name').fill('受邀者 Invitee');
    await admin.getByTestId('new-user-role-REVIEWER').click();
    // An invitation is the default.
    await admin.getByTestId('new-user-submit').click();

    const dialog = admin.getByTestId('password-link-dialog');
    await dialog.waitFor();
    const link = await admin.getByTestId('password-link-url').inputValue();
    expect(link).toMatch(new RegExp(`^${suite.server.url}/set-password#[\\w-]{20,}$`));
    expect(await admin.getByTestId('password-link-for').textContent()).toContain('invitee@example.com');
    expect(await admin.getByTestId('password-link-expires').textContent()).toContain('有效期至');
    expect(await admin.getByTestId('password-link-once').textContent()).toContain('只显示这一次');
    // Escape does not lose it; the button does.
    await admin.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await settled(admin);
    await screenshot(admin, 'people-invitation-link');
    await admin.getByTestId('password-link-done').click();
    await dialog.waitFor({ state: 'detached' });
    const invitedRow = admin.locator('.user-row', { hasText: 'invitee@example.com' });
    await expect.poll(() => invitedRow.getByTestId('user-row-no-password').count()).toBe(1);

    // The invitee opens the link in a browser of their own.
    const invitee = await suite.newPage();
    await invitee.goto(link);
    await expect
      .poll(() => invitee.getByTestId('set-password-heading').textContent())
      .toContain('欢迎，受邀者 Invitee');
    expect(await invitee.getByTestId('set-password-for').textContent()).toContain('invitee@example.com');
    await invitee.getByTestId('set-password-password').fill('too-short');
    await invitee.getByTestId('set-password-repeat').fill('too-short');
    await invitee.getByTestId('set-password-submit').click();
    await expect
      .poll(() => fieldErrorOf(invitee, 'set-password-password').textContent())
      .toContain('至少需要 12 个字符');
    // The repeat must match (checked here: the API only sees one).
    await invitee.getByTestId('set-password-password').fill(NEW_PASSWORD);
    await invitee.getByTestId('set-password-repeat').fill(`${NEW_PASSWORD}x`);
    expect(await invitee.getByTestId('set-password-mismatch').isVisible()).toBe(true);
    await invitee.getByTestId('set-password-repeat').fill(NEW_PASSWORD);
    await settled(invitee);
    await screenshot(invitee, 'people-set-password');
    await invitee.getByTestId('set-password-submit').click();
    // Signed in, at a reviewer's home page.
    await invitee.waitForURL((url) => url.pathname === '/certifications');
    expect(await invitee.getByTestId('user-name').textContent()).toContain('受邀者 Invitee');

    // The link is used up: opened again (signed in, the page still opens), it says so.
    await invitee.goto(link);
    await expect
      .poll(() => invitee.getByTestId('set-password-invalid').textContent())
      .toContain('这个链接已过期或已被使用');
    // And the admin's list no longer says "no password".
    await admin.reload();
    await expect.poll(() => invitedRow.getByTestId('user-row-email').count()).toBe(1);
    expect(await invitedRow.getByTestId('user-row-no-password').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a role change signs the user out; deactivated they are told so at sign-in; reactivated they sign in', async () => {
    const email = 'roles.e2e@example.com';
    await createUser(email, '换岗者 Changer', ['MODERATOR']);
    const person = await suite.newPage();
    await signInHome(person, email, NEW_PASSWORD, '/moderation');

    const admin = await suite.newPage();
    await signInAt(admin, '/users?search=roles.e2e', ADMIN);
    await admin.getByTestId('user-row-name').click();
    await admin.waitForURL((url) => url.pathname.startsWith('/users/'));
    await expect.poll(() => admin.getByTestId('user-email').textContent()).toBe(email);
    expect(await admin.getByTestId('nav-users').getAttribute('class')).toContain('is-active');

    // Save waits for a change, and warns that the person's sessions end.
    const save = admin.getByTestId('user-roles-save');
    expect(await save.isDisabled()).toBe(true);
    await admin.getByTestId('user-roles-option-REVIEWER').click();
    expect(await save.isDisabled()).toBe(false);
    expect(await admin.getByTestId('user-roles-warning').textContent()).toContain('所有登录立即结束');
    await admin.getByTestId('user-roles-option-REVIEWER').click();
    expect(await save.isDisabled()).toBe(true);
    // No roles at all: the API's refusal under the editor.
    await admin.getByTestId('user-roles-option-MODERATOR').click();
    await save.click();
    await expect.poll(() => admin.getByTestId('user-roles-error').textContent()).toContain('at least one role');
    await admin.getByTestId('user-roles-option-MODERATOR').click();
    await admin.getByTestId('user-roles-option-REVIEWER').click();
    await save.click();
    await expect.poll(() => admin.locator('.el-message--success').last().textContent()).toContain('角色已保存');
    expect(await save.isDisabled()).toBe(true);
    // The history: the change with the roles before and after.
    const change = admin.locator('.user-history-row', { has: admin.locator('[data-action="user.setRoles"]') });
    await expect
      .poll(() => change.getByTestId('user-history-summary').textContent())
      .toBe('角色：内容审核 → 内容审核、认证审核');

    // The person's open page is signed out at their next request.
    await person.getByTestId('nav-appeals').click();
    await person.waitForURL((url) => url.pathname === '/login');

    // Deactivated with a reason: the page says so; signing in is refused with the API's words.
    await admin.getByTestId('user-deactivate').click();
    await admin.getByTestId('reason-confirm').click();
    await expect.poll(() => fieldErrorOf(admin, 'reason-input').textContent()).toContain('至少 2 个字');
    await admin.getByTestId('reason-input').fill('调岗离开审核组');
    await admin.getByTestId('reason-confirm').click();
    await expect.poll(() => admin.getByTestId('user-status').getAttribute('data-active')).toBe('false');
    expect(await admin.getByTestId('user-deactivation-reason').textContent()).toBe('调岗离开审核组');
    expect(await admin.getByTestId('user-reset-password').isDisabled()).toBe(true);
    await settled(admin);
    await screenshot(admin, 'people-user-deactivated');

    await person.getByTestId('login-email').fill(email);
    await person.getByTestId('login-password').fill(NEW_PASSWORD);
    await person.getByTestId('login-submit').click();
    await expect.poll(() => person.getByTestId('login-error').textContent()).toContain('该账号已停用');

    // Reactivated: they sign in with the same password, with their new roles.
    await admin.getByTestId('user-reactivate').click();
    await admin.locator('.user-reactivate-confirm').click();
    await expect.poll(() => admin.getByTestId('user-status').getAttribute('data-active')).toBe('true');
    // Back where the session ended, with the new roles in the header.
    await person.getByTestId('login-submit').click();
    await person.waitForURL((url) => url.pathname === '/appeals');
    expect(await person.getByTestId('user-role-REVIEWER').count()).toBe(1);

    // The audit log shows the role change with before and after.
    await admin.getByTestId('user-history-audit-link').click();
    await admin.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('targetType') === 'User');
    const entries = admin.getByTestId('audit-row-action');
    await expect.poll(() => entries.allTextContents()).toEqual(['重新启用用户', '停用用户', '设置角色', '创建用户']);
    await admin.locator('.audit-row', { hasText: '设置角色' }).locator('.el-table__expand-icon').click();
    const details = admin.getByTestId('audit-row-details').first();
    await details.waitFor();
    const [beforeJson, afterJson] = await details.locator('pre').allTextContents();
    expect(JSON.parse(beforeJson ?? '')).toEqual({ roles: ['MODERATOR'] });
    expect(JSON.parse(afterJson ?? '')).toMatchObject({ roles: ['MODERATOR', 'REVIEWER'], sessionsEnded: 1 });
    await screenshot(admin, 'people-audit-role-change');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a password reset ends the old password; its link, opened by a signed-in admin, says whom it signs in', async () => {
    const email = 'reset.e2e@example.com';
    const id = await createUser(email, '忘密者 Forgetful', ['ANALYST']);
    const admin = await suite.newPage();
    await signInAt(admin, `/users/${id}`, ADMIN);
    await admin.getByTestId('user-reset-password').click();
    await admin.locator('.user-reset-confirm').click();
    await admin.getByTestId('password-link-dialog').waitFor();
    expect(await admin.getByTestId('password-link-for').textContent()).toContain('原密码已失效');
    const link = await admin.getByTestId('password-link-url').inputValue();
    await admin.getByTestId('password-link-done').click();
    await expect.poll(() => admin.getByTestId('user-no-password').count()).toBe(1);
    expect(await admin.getByTestId('user-history-action').first().getAttribute('data-action')).toBe(
      'user.resetPassword',
    );
    const refused = await gql(
      suite.server.url,
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: NEW_PASSWORD },
    );
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');

    // The admin opens the link in their own browser: the page says it would sign them in as someone else.
    await admin.goto(link);
    await expect.poll(() => admin.getByTestId('set-password-heading').textContent()).toBe('设置新密码');
    expect(await admin.getByTestId('set-password-signed-in-as').textContent()).toContain(
      `你当前以 管理员 Admin 的身份登录；设置密码后将改为以 ${email} 登录`,
    );
    await screenshot(admin, 'people-reset-link-signed-in');

    // The person uses it in a browser of their own.
    const person = await suite.newPage();
    await person.goto(link);
    await person.getByTestId('set-password-password').fill(NEXT_PASSWORD);
    await person.getByTestId('set-password-repeat').fill(NEXT_PASSWORD);
    await person.getByTestId('set-password-submit').click();
    await person.waitForURL((url) => url.pathname === '/dashboard');
    expect(await person.getByTestId('user-name').textContent()).toContain('忘密者 Forgetful');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a publisher adds an operator by email; the new operator acts for the account; the last one stays', async () => {
    const url = suite.server.url;
    const publisherToken = await signIn(url, PUBLISHER);
    const own = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
      url,
      'query { accounts(first: 5, filter: { nameContains: "小雨读书会" }) { edges { node { id name } } } }',
      {},
      { token: publisherToken },
    );
    const account = own.data?.accounts.edges[0]?.node;
    if (!account) throw new Error('the publisher does not operate 小雨读书会');

    const publisher = await suite.newPage();
    await signInAt(publisher, `/accounts/${account.id}`, PUBLISHER);
    const operators = publisher.getByTestId('account-operator-name');
    await expect.poll(() => operators.allTextContents()).toEqual(['运营者 Publisher']);
    const emailInput = publisher.getByTestId('account-operator-add-email');
    const emailError = fieldErrorOf(publisher, 'account-operator-add-email');
    // Nobody with that email, and someone who is no publisher: the same refusal.
    for (const email of ['nobody@example.com', MODERATOR]) {
      await emailInput.fill(email);
      await publisher.getByTestId('account-operator-add').click();
      await expect.poll(() => emailError.textContent()).toContain('没有使用该邮箱的在职运营者');
    }
    await emailInput.fill(PUBLISHER2);
    await publisher.getByTestId('account-operator-add').click();
    await expect
      .poll(async () => (await operators.allTextContents()).sort())
      .toEqual(['运营者 Publisher', '运营者二 Second Publisher']);
    await expect.poll(() => emailError.count()).toBe(0);
    await emailInput.fill(PUBLISHER2);
    await publisher.getByTestId('account-operator-add').click();
    await expect.poll(() => emailError.textContent()).toContain('已经是这个公众号的运营者');
    await screenshot(publisher, 'people-operators');

    // The second publisher now operates it: in their accounts, with its publishing actions.
    const second = await suite.newPage();
    await signInHome(second, PUBLISHER2, PASSWORD, '/accounts');
    await expect.poll(() => second.getByTestId('account-row-name').allTextContents()).toContain(account.name);
    await second.getByTestId('account-row-name').filter({ hasText: account.name }).click();
    await second.waitForURL((location) => location.pathname === `/accounts/${account.id}`);
    await second.getByTestId('account-publish').click();
    await second.getByTestId('publish-form').waitFor();
    await second.keyboard.press('Escape');
    await second.getByTestId('publish-form').waitFor({ state: 'hidden' });
    expect(await second.getByTestId('account-edit-record').count()).toBe(1);

    // A moderator reads the operators without managing them.
    const moderator = await suite.newPage();
    await signInAt(moderator, `/accounts/${account.id}`, MODERATOR);
    await expect.poll(() => moderator.getByTestId('account-operator-name').count()).toBe(2);
    expect(await moderator.getByTestId('account-operator-remove').count()).toBe(0);
    expect(await moderator.getByTestId('account-operator-form').count()).toBe(0);

    // The first publisher removes the second (confirmed), then cannot remove the last operator.
    const secondRow = publisher.getByTestId('account-operator').filter({ hasText: '运营者二' });
    await secondRow.getByTestId('account-operator-remove').click();
    await publisher.locator('.operator-remove-confirm').click();
    await expect.poll(() => operators.allTextContents()).toEqual(['运营者 Publisher']);
    await publisher.getByTestId('account-operator-remove').click();
    await publisher.locator('.operator-remove-confirm').click();
    await expect
      .poll(() => publisher.getByTestId('account-operator-remove-error').textContent())
      .toContain('这是该公众号的最后一位运营者');
    expect(await operators.allTextContents()).toEqual(['运营者 Publisher']);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the profile changes the password (other sessions end) and ends sessions elsewhere', async () => {
    const email = 'profile.e2e@example.com';
    await createUser(email, '改密者 Profile', ['PUBLISHER']);
    const here = await suite.newPage();
    const elsewhere = await suite.newPage();
    await signInHome(here, email, NEW_PASSWORD, '/accounts');
    await signInHome(elsewhere, email, NEW_PASSWORD, '/accounts');

    // The profile, from the name in the header: two sessions, this one marked.
    await here.getByTestId('user-name').click();
    await here.waitForURL((url) => url.pathname === '/profile');
    const sessions = here.locator('.session-row');
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await here.getByTestId('session-current').count()).toBe(1);
    expect(await here.getByTestId('session-browser').first().textContent()).toContain('Chrome');
    expect(await here.getByTestId('session-client').first().textContent()).toMatch(/127\.0\.0\.1|::1/);

    // A wrong current password: refused on its field.
    await here.getByTestId('change-password-current').fill('not-my-password');
    await here.getByTestId('change-password-next').fill(NEXT_PASSWORD);
    await here.getByTestId('change-password-repeat').fill(NEXT_PASSWORD);
    await here.getByTestId('change-password-submit').click();
    await expect.poll(() => fieldErrorOf(here, 'change-password-current').textContent()).toContain('当前密码不正确');
    // The right one: changed; the other session is gone from the list.
    await here.getByTestId('change-password-current').fill(NEW_PASSWORD);
    await here.getByTestId('change-password-next').fill(NEXT_PASSWORD);
    await here.getByTestId('change-password-repeat').fill(NEXT_PASSWORD);
    await here.getByTestId('change-password-submit').click();
    await expect.poll(() => here.getByTestId('change-password-done').textContent()).toContain('密码已修改');
    await expect.poll(() => sessions.count()).toBe(1);
    await settled(here);
    await screenshot(here, 'people-profile');

    // The other browser is signed out; the old password no longer signs in, the new one does.
    await elsewhere.reload();
    await elsewhere.waitForURL((url) => url.pathname === '/login');
    await elsewhere.getByTestId('login-email').fill(email);
    await elsewhere.getByTestId('login-password').fill(NEW_PASSWORD);
    await elsewhere.getByTestId('login-submit').click();
    await expect.poll(() => elsewhere.getByTestId('login-error').textContent()).toContain('邮箱或密码错误');
    await elsewhere.getByTestId('login-password').fill(NEXT_PASSWORD);
    await elsewhere.getByTestId('login-submit').click();
    await elsewhere.waitForURL((url) => url.pathname === '/accounts');

    // End that one session from here.
    await here.reload();
    await expect.poll(() => sessions.count()).toBe(2);
    await here.getByTestId('session-end').click();
    await expect.poll(() => sessions.count()).toBe(1);
    await elsewhere.reload();
    await elsewhere.waitForURL((url) => url.pathname === '/login');

    // Sign out everywhere else: the other browser is signed out, this one stays.
    await elsewhere.getByTestId('login-email').fill(email);
    await elsewhere.getByTestId('login-password').fill(NEXT_PASSWORD);
    await elsewhere.getByTestId('login-submit').click();
    await elsewhere.waitForURL((url) => url.pathname === '/accounts');
    await here.reload();
    await expect.poll(() => sessions.count()).toBe(2);
    await here.getByTestId('sign-out-everywhere').click();
    await here.locator('.sign-out-everywhere-confirm').click();
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await here.getByTestId('sign-out-everywhere').isDisabled()).toBe(true);
    await elsewhere.getByTestId('nav-articles').click();
    await elsewhere.waitForURL((url) => url.pathname === '/login');
    await here.reload();
    await expect.poll(() => here.getByTestId('profile-email').textContent()).toBe(email);
    expect(new URL(here.url()).pathname).toBe('/profile');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
