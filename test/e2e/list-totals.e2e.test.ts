/**
 * A list's total as the admin shows it when the API estimated it (past LIST_EXACT_COUNT_LIMIT):
 * "约 N" beside the exact totals of shorter lists. The server runs with a bound of 10, so the demo
 * data's accounts are past it. Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, signInAt } from './browser';

if (!hasChromium) console.warn(`list totals e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`estimated list totals in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start({ LIST_EXACT_COUNT_LIMIT: '10' }));
  afterAll(() => suite.stop());

  it('says "about" for an estimated total and not for an exact one', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', 'admin@example.com');
    const total = page.getByTestId('accounts-total');
    await expect.poll(async () => (await total.textContent()) ?? '').toMatch(/^共 约 \d+ 个$/);
    expect(Number((await total.textContent())?.replace(/\D/g, ''))).toBeGreaterThan(10);

    // Filtered down within the bound: the exact number, without "about".
    await page.getByTestId('accounts-filter-name').fill('读书会');
    await page.getByTestId('accounts-filter-apply').click();
    await page.waitForURL((url) => url.searchParams.get('nameContains') === '读书会');
    await expect.poll(async () => (await total.textContent()) ?? '').toMatch(/^共 \d+ 个$/);
  });
});
