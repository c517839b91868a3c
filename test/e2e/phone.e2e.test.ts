/**
 * The admin on a phone (issue 15): at 390×844 the sidebar is gone until the menu button opens the
 * navigation as a drawer, page titles keep to one or two lines, and lists scroll sideways inside
 * their card instead of the page. Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, PASSWORD, screenshot } from './browser';

if (!hasChromium) console.warn(`phone e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const PHONE = { width: 390, height: 844 };
const suite = new BrowserSuite();

beforeAll(async () => {
  if (hasChromium) await suite.start();
}, 120_000);

afterAll(async () => {
  await suite.stop();
});

async function phoneSignIn(email: string, home: string): Promise<Page> {
  const page = await suite.newPage();
  await page.setViewportSize(PHONE);
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === home);
  return page;
}

/** The page title's height in lines of its own line height. */
async function titleLines(page: Page): Promise<number> {
  const title = page.locator('.el-main .page-title').first();
  await title.waitFor();
  const { height, lineHeight, width } = await title.evaluate((element) => {
    // One line of the same element (its line height may be `normal`): a one-character clone.
    const probe = element.cloneNode() as HTMLElement;
    probe.textContent = '标';
    element.parentElement?.appendChild(probe);
    const lineHeight = probe.getBoundingClientRect().height;
    probe.remove();
    const rect = element.getBoundingClientRect();
    return { height: rect.height, width: rect.width, lineHeight };
  });
  expect(lineHeight).toBeGreaterThan(10);
  expect(width).toBeGreaterThan(0);
  return height / lineHeight;
}

/** The sidebar is hidden; the menu button opens the navigation, and choosing a page closes it. */
async function checkNavigation(page: Page, item: string, target: string): Promise<void> {
  await expect.poll(() => page.getByTestId('sidebar').count()).toBe(0);
  const entry = page.getByTestId(`nav-${item}`);
  expect(await entry.isVisible()).toBe(false);
  const toggle = page.getByTestId('nav-toggle');
  expect(await toggle.isVisible()).toBe(true);
  await toggle.click();
  await entry.waitFor({ state: 'visible' });
  const box = await entry.boundingBox();
  expect(box?.width).toBeGreaterThan(100);
  expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  await entry.click();
  await page.waitForURL((url) => url.pathname === target);
  await entry.waitFor({ state: 'hidden' });
}

/** Nothing makes the page itself wider than the phone: wide lists scroll inside their table. */
async function noSidewaysPage(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.viewport).toBe(PHONE.width);
  expect(widths.document).toBeLessThanOrEqual(widths.viewport);
}

describe.skipIf(!hasChromium)('the admin at 390×844', () => {
  it('a moderator: the queue readable, the navigation in a drawer', async () => {
    const page = await phoneSignIn('moderator@example.com', '/moderation');
    const queue = page.locator('.violation-row').first();
    await queue.waitFor();
    const lines = await titleLines(page);
    expect(lines).toBeGreaterThan(0.5);
    expect(lines).toBeLessThanOrEqual(2.05);
    await noSidewaysPage(page);
    // The queue's table keeps its columns and scrolls sideways inside itself.
    const table = await page
      .locator('.el-main .el-table')
      .first()
      .evaluate((element) => {
        const body = element.querySelector('.el-table__body') as HTMLElement | null;
        return { outer: element.getBoundingClientRect().width, inner: body?.getBoundingClientRect().width ?? 0 };
      });
    expect(table.outer).toBeGreaterThan(0);
    expect(table.outer).toBeLessThanOrEqual(PHONE.width);
    expect(table.inner).toBeGreaterThanOrEqual(table.outer);
    await screenshot(page, 'phone-moderation-queue');

    await checkNavigation(page, 'accounts', '/accounts');
    expect(await titleLines(page)).toBeLessThanOrEqual(2.05);
    await noSidewaysPage(page);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('a publisher: the accounts page, the navigation in a drawer', async () => {
    const page = await phoneSignIn('publisher@example.com', '/accounts');
    const lines = await titleLines(page);
    expect(lines).toBeGreaterThan(0.5);
    expect(lines).toBeLessThanOrEqual(2.05);
    await noSidewaysPage(page);
    await screenshot(page, 'phone-publisher-accounts');
    await checkNavigation(page, 'articles', '/articles');
    expect(await titleLines(page)).toBeLessThanOrEqual(2.05);
    await noSidewaysPage(page);
    // Back at desktop width, the sidebar returns and the menu button goes.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('sidebar').waitFor();
    expect(await page.getByTestId('nav-toggle').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
