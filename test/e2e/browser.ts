/**
 * Shared set-up of the browser suites (not a test file): Debian's Chromium driven by
 * playwright-core, against the built API serving the built admin (`admin/dist`).
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { createTestDatabase, repoRoot, startTestServer, type TestDatabase, type TestServer } from '../support/server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const PASSWORD = 'demo-password';
const adminIndex = path.join(repoRoot, 'admin', 'dist', 'index.html');
const artifacts = path.join(repoRoot, 'test', 'artifacts', 'e2e');

/** One server, one database and one browser for a test file; pages get fresh profiles. */
export class BrowserSuite {
  db!: TestDatabase;
  server!: TestServer;
  browser!: Browser;
  private readonly contexts: BrowserContext[] = [];
  /** Console errors and uncaught exceptions of every page: CSP violations show up here. */
  private readonly pageErrors: string[] = [];

  /** `serverEnv`: extra environment for the API server (e.g. a tiny LIST_EXACT_COUNT_LIMIT). */
  async start(serverEnv: Record<string, string> = {}): Promise<void> {
    if (!fs.existsSync(adminIndex)) {
      throw new Error('admin/dist is missing: run `pnpm --filter @oap/admin build` (or `pnpm build`) first');
    }
    fs.mkdirSync(artifacts, { recursive: true });
    this.db = await createTestDatabase();
    this.server = await startTestServer(this.db, serverEnv);
    this.browser = await chromium.launch({
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
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => {});
    await this.browser?.close();
    await this.server?.stop();
    await this.db?.drop();
  }

  /** A fresh browser profile (no cookie, no stored language) and a page in it. */
  async newPage(): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.server.url,
      viewport: { width: 1440, height: 900 },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  /** Script errors and CSP violations (failed HTTP statuses are not errors of the page). */
  unexpectedPageErrors(): string[] {
    return this.pageErrors.filter((line) => !/Failed to load resource/.test(line));
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

/** Opens `target` signed out, signs in with the form and waits to be back at `target`. */
export async function signInAt(page: Page, target: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(target);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  const pathname = target.split('?')[0];
  await page.waitForURL((url) => url.pathname === pathname);
}
