/**
 * The admin SPA and the GraphQL playground in a real browser (Debian's Chromium, driven by
 * playwright-core), against the built API serving the built admin (`admin/dist`).
 * Build first: `pnpm build` (or `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { createTestDatabase, repoRoot, startTestServer, type TestDatabase, type TestServer } from '../support/server';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const adminIndex = path.join(repoRoot, 'admin', 'dist', 'index.html');
const artifacts = path.join(repoRoot, 'test', 'artifacts', 'e2e');

const ADMIN = 'admin@example.com';
const ANALYST = 'analyst@example.com';
const PASSWORD = 'demo-password';

if (!hasChromium) console.warn(`admin e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`admin SPA in Chromium (needs ${CHROMIUM})`, () => {
  let db: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Console errors and uncaught exceptions of every page: CSP violations show up here. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(adminIndex)) {
      throw new Error('admin/dist is missing: run `pnpm --filter @oap/admin build` (or `pnpm build`) first');
    }
    fs.mkdirSync(artifacts, { recursive: true });
    db = await createTestDatabase();
    server = await startTestServer(db);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });

    // Two audited changes, so the audit log has rows to show and expand.
    const token = await signIn(server.url, ADMIN, PASSWORD);
    for (const [value, note] of [
      [5, 'e2e: first quota'],
      [7, 'e2e: raise the quota'],
    ] as const) {
      const result = await gql(
        server.url,
        'mutation ($input: SetRuleInput!) { setRule(input: $input) { key } }',
        { input: { key: 'account.quota.INDIVIDUAL', value, effectiveFrom: new Date().toISOString(), note } },
        { token },
      );
      expect(result.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  /** A fresh browser profile (no cookie, no stored language) and a page in it. */
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 860 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  }

  async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }

  /** Script errors and CSP violations (failed HTTP statuses are not errors of the page). */
  function unexpectedPageErrors(): string[] {
    return pageErrors.filter((line) => !/Failed to load resource/.test(line));
  }

  it('the admin signs in, sees the shell and the audit log, and switches to English', async () => {
    const page = await newPage();
    await page.goto('/audit');
    // Signed out: sent to sign in, and back to the audit log afterwards.
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/audit');
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toContain('登录');
    await screenshot(page, 'login');

    await signInWithForm(page, ADMIN, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/audit');

    // The shell: app name, the user and their roles, the navigation for an ADMIN.
    await expect.poll(() => page.getByTestId('app-name').textContent()).toBe('OAP 公众号治理平台');
    expect(await page.getByTestId('user-name').textContent()).toContain('管理员 Admin');
    expect(await page.getByTestId('user-role-ADMIN').textContent()).toContain('管理员');
    expect((await page.getByTestId('nav-audit').textContent())?.trim()).toBe('审计日志');
    expect((await page.getByTestId('nav-rules').textContent())?.trim()).toBe('平台规则');
    expect(await page.getByTestId('nav-playground').getAttribute('href')).toBe('/playground');

    // The audit log: the two rule changes, newest first, with the total.
    const actions = page.getByTestId('audit-row-action');
    await expect.poll(() => actions.count()).toBe(2);
    // Actions by their translated names (the code in the tooltip).
    expect(await actions.first().textContent()).toContain('设置规则');
    expect(await page.getByTestId('audit-total').textContent()).toContain('2');
    expect(await page.locator('.audit-row').first().textContent()).toContain('e2e: raise the quota');

    // A row expands to its before/after JSON.
    await page.locator('.audit-row').first().locator('.el-table__expand-icon').click();
    const details = page.getByTestId('audit-row-details').first();
    await expect.poll(() => details.textContent()).toContain('7');

    // Filters are read from the URL (the pickers themselves: audit-log.e2e): no article was audited.
    await page.goto('/audit?targetType=Article');
    await expect.poll(() => actions.count()).toBe(0);
    await page.getByTestId('audit-filter-reset').click();
    await page.waitForURL((url) => !url.searchParams.has('targetType'));
    await expect.poll(() => actions.count()).toBe(2);
    await screenshot(page, 'audit-log');

    // English: the navigation follows, and the choice survives a reload.
    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await page.getByTestId('nav-audit').textContent())?.trim()).toBe('Audit log');
    expect((await page.getByTestId('nav-rules').textContent())?.trim()).toBe('Rules');
    expect(await page.getByTestId('sign-out').textContent()).toContain('Sign out');
    await page.reload();
    await expect.poll(async () => (await page.getByTestId('nav-audit').textContent())?.trim()).toBe('Audit log');
    await expect.poll(() => actions.count()).toBe(2);
    await screenshot(page, 'audit-log-en');

    // The rules page lists the rule in force.
    await page.getByTestId('nav-rules').click();
    await page.waitForURL((url) => url.pathname === '/rules');
    await expect.poll(async () => page.getByTestId('rule-key').allTextContents()).toContain('account.quota.INDIVIDUAL');
    await screenshot(page, 'rules');

    // (b) Sign out: back at the sign-in page, and the session is gone.
    await page.getByTestId('sign-out').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/audit');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(await page.getByTestId('login-submit').isVisible()).toBe(true);

    expect(unexpectedPageErrors()).toEqual([]);
  });

  it('a wrong password shows the error', async () => {
    const page = await newPage();
    await page.goto('/login');
    await signInWithForm(page, ADMIN, 'not-the-password');
    const error = page.getByTestId('login-error');
    await expect.poll(() => error.textContent()).toContain('邮箱或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-error');
    // The refused sign-in is an HTTP 200 with a GraphQL error: no script error, no CSP violation.
    expect(unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst signs in from the playground and runs a query there', async () => {
    const page = await newPage();
    await page.goto('/playground');
    // Signed out: a link to sign in instead of the editor.
    const signInLink = page.getByTestId('playground-sign-in');
    await signInLink.waitFor();
    expect(await signInLink.getAttribute('href')).toBe('/login?redirect=/playground');
    expect(await page.locator('.graphiql-container').count()).toBe(0);
    await signInLink.click();
    await page.waitForURL((url) => url.pathname === '/login');

    await signInWithForm(page, ANALYST, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/playground');
    await page.locator('.graphiql-container').waitFor();
    expect(await page.getByTestId('playground-user').textContent()).toContain(ANALYST);

    // The default query is `{ viewer { email roles } }`; the session cookie signs the request in.
    // The editors load lazily: run once the query editor shows the query.
    await expect
      .poll(() => page.locator('.graphiql-query-editor .CodeMirror-code').textContent(), { timeout: 15_000 })
      .toContain('viewer');
    const run = async () => {
      const sent = page.waitForResponse(
        (answer) => answer.url().endsWith('/graphql') && (answer.request().postData() ?? '').includes('email roles'),
        { timeout: 5_000 },
      );
      await page.locator('.graphiql-execute-button').click();
      return sent;
    };
    const answer = await run().catch((error: Error) => {
      console.warn(`the first run sent no request (${error.message.split('\n')[0]}): running again`);
      return run();
    });
    expect(answer.status()).toBe(200);
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toContain(ANALYST);
    expect(await response.textContent()).toContain('ANALYST');
    await screenshot(page, 'playground');

    // An analyst may not see the audit log: the shell says so.
    await page.goto('/audit');
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    await screenshot(page, 'no-access');

    expect(unexpectedPageErrors()).toEqual([]);
  });
});
