/**
 * Platform rules in the admin SPA: the rules in force at a chosen moment (in the URL), a rule's
 * history with its scheduled values, and an ADMIN scheduling a new value (refusals next to the
 * field) — in Chromium against the built API and admin. An analyst reads without buttons.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';
const ANALYST = 'analyst@example.com';
const KEY = 'account.quota.INDIVIDUAL';

if (!hasChromium) console.warn(`rules e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The table row of a rule. */
const ruleRow = (page: Page, key: string) =>
  page.locator('.rule-row').filter({ has: page.getByTestId('rule-key').getByText(key, { exact: true }) });

/** Types a moment into a date-time picker (the browser's time zone) and commits it. */
async function pick(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input');
  await input.fill(value);
  await input.press('Enter');
}

/** The history's entries, newest first: value (JSON text), moment and whether it is scheduled. */
async function historyEntries(page: Page) {
  return page.getByTestId('rule-history-item').evaluateAll((items) =>
    items.map((item) => ({
      value: item.querySelector('[data-testid="rule-history-value"]')?.textContent?.trim() ?? '',
      note: item.querySelector('[data-testid="rule-history-note"]')?.textContent?.trim() ?? '',
      effectiveFrom: Date.parse(item.getAttribute('data-effective-from') ?? ''),
      scheduled: item.getAttribute('data-scheduled') === 'true',
    })),
  );
}

/** Waits until nothing moves (dialogs and drawers opened or closed): for screenshots. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

describe.skipIf(!hasChromium)(`platform rules in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('the admin reads the rules of 2018-06-01, opens a history and schedules a new value', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/rules', ADMIN);
    await expect.poll(() => page.locator('.rule-row').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('rules-explanation').textContent()).toContain('生效时间');
    // Now: the quota of individuals is 1.
    await expect.poll(() => ruleRow(page, KEY).getByTestId('rule-value').textContent()).toBe('1');

    // The rules in force on 2018-06-01: the moment goes to the URL, the quota was 2.
    await pick(page, 'rules-at', '2018-06-01 00:00:00');
    await page.waitForURL((url) => url.searchParams.has('at'));
    const at = new URL(page.url()).searchParams.get('at') ?? '';
    expect(Date.parse(at)).toBe(new Date(2018, 5, 1).getTime());
    await expect.poll(() => ruleRow(page, KEY).getByTestId('rule-value').textContent()).toBe('2');
    await screenshot(page, 'rules-at-2018');

    // The moment survives a reload (it lives in the URL).
    await page.reload();
    await expect.poll(() => ruleRow(page, KEY).getByTestId('rule-value').textContent()).toBe('2');

    // Its history: every value, newest first, from 5 at launch down to 1.
    await ruleRow(page, KEY).getByTestId('rule-history-open').click();
    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBe(3);
    let entries = await historyEntries(page);
    expect(entries.map((entry) => entry.value)).toEqual(['1', '2', '5']);
    expect(entries.every((entry) => !entry.scheduled)).toBe(true);
    expect(entries[2]?.note).toContain('At launch');
    expect(entries[2]?.effectiveFrom).toBe(Date.parse('2012-08-18T00:00:00+08:00'));
    expect(await page.getByTestId('rule-history-in-force').count()).toBe(1);

    // Schedule 3 from 2031-01-01: the dialog says what will change, and the history shows it scheduled.
    await page.getByTestId('rule-schedule').click();
    const dialog = page.getByTestId('set-rule-form');
    await dialog.waitFor();
    expect(await page.getByTestId('set-rule-key').inputValue()).toBe(KEY);
    expect(await page.getByTestId('set-rule-key').isDisabled()).toBe(true);
    // Not JSON: said next to the field, in the browser.
    await page.getByTestId('set-rule-value').fill('{three');
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain('不是有效的 JSON');
    await page.getByTestId('set-rule-value').fill('3');
    await pick(page, 'set-rule-effective-from', '2031-01-01 00:00:00');
    // The note is required here (an audited change says why).
    await page.getByTestId('set-rule-confirm').click();
    await expect
      .poll(() => page.getByTestId('set-rule-note-item').locator('.el-form-item__error').textContent())
      .toContain('请说明原因');
    await page.getByTestId('set-rule-note').fill('Raised back to 3 for individuals (e2e)');
    await expect
      .poll(() => page.getByTestId('set-rule-confirmation').textContent())
      .toContain(`${KEY} 将为 3（现为 1）`);
    await settled(page);
    await screenshot(page, 'rules-schedule');
    await page.getByTestId('set-rule-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBe(4);
    entries = await historyEntries(page);
    expect(entries.map((entry) => entry.value)).toEqual(['3', '1', '2', '5']);
    expect(entries[0]).toMatchObject({
      scheduled: true,
      note: 'Raised back to 3 for individuals (e2e)',
      effectiveFrom: new Date(2031, 0, 1).getTime(),
    });
    expect(entries.slice(1).every((entry) => !entry.scheduled)).toBe(true);
    expect((await page.getByTestId('rule-history-scheduled').textContent())?.trim()).toBe('已排期');
    await settled(page);
    await screenshot(page, 'rules-history');

    // A negative value: the server's refusal shows next to the value field.
    await page.getByTestId('rule-schedule').click();
    await dialog.waitFor();
    await page.getByTestId('set-rule-value').fill('-1');
    await page.getByTestId('set-rule-note').fill('A negative quota (e2e, refused)');
    await page.getByTestId('set-rule-confirm').click();
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain(`The value of ${KEY} must be a whole number, 0 or more.`);
    await settled(page);
    await screenshot(page, 'rules-refused');
    await page.getByTestId('set-rule-cancel').click();
    await dialog.waitFor({ state: 'hidden' });
    // Nothing was recorded.
    expect(await page.getByTestId('rule-history-item').count()).toBe(4);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst reads the rules and their history without any way to change them', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/rules', ANALYST);
    await expect.poll(() => page.locator('.rule-row').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('rule-new').count()).toBe(0);

    // A click on the row opens the history: read-only.
    await ruleRow(page, KEY).getByTestId('rule-key').click();
    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('rule-schedule').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'rules-analyst');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
