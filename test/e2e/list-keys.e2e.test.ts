/**
 * Keyboard navigation of the list pages: j / k move a highlighted row, Enter opens it.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, hasChromium, screenshot, signInAt } from './browser';

describe.skipIf(!hasChromium)('list pages by keyboard (needs /usr/bin/chromium)', () => {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('moves through the accounts list with j / k and opens the highlighted account with Enter', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', 'analyst@example.com');
    await page.locator('tr.el-table__row').first().waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    const highlighted = page.locator('tr.el-table__row.is-cursor');
    expect(await highlighted.count()).toBe(1);
    expect(await page.locator('tr.el-table__row').nth(1).getAttribute('class')).toContain('is-cursor');
    const name = (await highlighted.getByTestId('account-row-name').textContent())?.trim() ?? '';
    await screenshot(page, 'accounts-keyboard');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/accounts\/[^/]+$/);
    await page.getByTestId('account-name').waitFor();
    expect((await page.getByTestId('account-name').textContent())?.trim()).toBe(name);
  });

  it('opens the highlighted certification from the reviewer’s queue with Enter', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/certifications', 'reviewer@example.com');
    await page.locator('tr.el-table__row').first().waitFor();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/certifications\/[^/]+$/);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
