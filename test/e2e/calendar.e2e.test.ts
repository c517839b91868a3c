/**
 * The working-day calendar in the admin SPA: from the rules page to the calendar, a package year
 * read, an ADMIN adding a year (a refusal shown next to its list), then editing it and reading its
 * history — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';

if (!hasChromium) console.warn(`calendar e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`the working-day calendar in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('the admin reads 2026, adds 2030 (a weekday make-up day is refused), edits it and sees its history', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/rules', ADMIN);
    await page.getByTestId('rules-calendar-link').click();
    await page.waitForURL(/\/rules\/calendar/);
    await page.getByTestId('calendar-year-2026').click();
    await expect.poll(() => page.getByTestId('calendar-detail-year').textContent()).toBe('2026');
    const holidays = page.getByTestId('calendar-holidays');
    expect(await holidays.locator('[data-date="2026-10-01"]').textContent()).toContain('国庆节');
    expect(await page.getByTestId('calendar-makeup-days').locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('2026-10-10')]),
    );

    // A new year: a make-up day on a weekday is refused, and nothing is written.
    await page.getByTestId('calendar-new-year').locator('input').fill('2030');
    await page.getByTestId('calendar-add-year').click();
    await page.getByTestId('calendar-holidays-input').fill('2030-01-01 元旦\n2030-10-01 国庆节');
    await page.getByTestId('calendar-makeup-input').fill('2030-10-08');
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-makeup-error').textContent()).toContain('2030-10-08');
    expect(await page.getByTestId('calendar-makeup-error').textContent()).toContain('周六或周日');
    expect(await page.getByTestId('calendar-year-2030').count()).toBe(0);

    // 2030-10-12 is a Saturday.
    await page.getByTestId('calendar-makeup-input').fill('2030-10-12 国庆节');
    await page.getByTestId('calendar-note-input').fill('测试：2030 年安排');
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-detail-year').textContent()).toBe('2030');
    await expect.poll(() => page.getByTestId('calendar-year-2030').count()).toBe(1);
    expect(await page.getByTestId('calendar-makeup-days').locator('[data-date="2030-10-12"]').count()).toBe(1);
    expect(page.url()).toContain('year=2030');

    // Edit it: a second version, both in the history.
    await page.getByTestId('calendar-edit').click();
    await page.getByTestId('calendar-holidays-input').fill('2030-01-01 元旦\n2030-10-01 国庆节\n2030-10-02 国庆节');
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-history-item').count()).toBe(2);
    expect(await page.getByTestId('calendar-holidays').locator('li').count()).toBe(3);
    expect(await page.getByTestId('calendar-history-item').first().textContent()).toContain('v2');
    await screenshot(page, 'calendar-edited');
  });
});
