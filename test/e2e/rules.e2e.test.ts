/**
 * Platform rules in the admin SPA: the rules in force at a chosen moment (in the URL), a rule's
 * history with its scheduled values, and an ADMIN scheduling a new value (refusals next to the
 * field) — in Chromium against the built API and admin. The rule editor: a key picked from the
 * known rules, a fee typed in yuan, a ladder in days, the preview of what the value would change
 * today, and a scheduled value withdrawn. An analyst reads without buttons.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const ADMIN = 'admin@example.com';
const ANALYST = 'analyst@example.com';
const KEY = 'account.quota.INDIVIDUAL';

if (!hasChromium) console.warn(`rules e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** An element's text, trimmed (values are shown in their units, inside formatted markup). */
const textOf = async (locator: ReturnType<Page['getByTestId']>) => (await locator.textContent())?.trim() ?? '';

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
    // The first screen after sign-in: a loaded machine may take some seconds.
    await expect.poll(() => page.locator('.rule-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await page.getByTestId('rules-explanation').textContent()).toContain('生效时间');
    // Now: the quota of individuals is 1.
    await expect.poll(() => textOf(ruleRow(page, KEY).getByTestId('rule-value'))).toBe('1');

    // The rules in force on 2018-06-01: the moment goes to the URL, the quota was 2.
    await pick(page, 'rules-at', '2018-06-01 00:00:00');
    await page.waitForURL((url) => url.searchParams.has('at'));
    const at = new URL(page.url()).searchParams.get('at') ?? '';
    expect(Date.parse(at)).toBe(new Date(2018, 5, 1).getTime());
    await expect.poll(() => textOf(ruleRow(page, KEY).getByTestId('rule-value'))).toBe('2');
    await screenshot(page, 'rules-at-2018');

    // The moment survives a reload (it lives in the URL).
    await page.reload();
    await expect.poll(() => textOf(ruleRow(page, KEY).getByTestId('rule-value'))).toBe('2');

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
    // A count is typed as a whole number (no JSON), starting from the value in force; anything
    // else is said next to the field, in the browser.
    await expect.poll(() => page.getByTestId('set-rule-value').inputValue()).toBe('1');
    await page.getByTestId('set-rule-value').fill('three');
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain('请填写整数');
    expect(await page.getByTestId('set-rule-preview').count()).toBe(0);
    await page.getByTestId('set-rule-value').fill('3');
    // What 3 would change today: the individuals over the quota, before scheduling.
    await expect.poll(() => page.getByTestId('set-rule-preview').getAttribute('data-state')).toBe('ready');
    expect(
      await page
        .getByTestId('set-rule-effect')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind'))),
    ).toEqual(['OVER_QUOTA', 'OVER_QUOTA_NOW', 'AT_OR_OVER_QUOTA']);
    expect(await textOf(page.locator('[data-testid="set-rule-effect"][data-kind="OVER_QUOTA"]'))).toMatch(
      /^会超出配额的主体：\d+ 个$/,
    );
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

    // A value above the rule's bounds: the server's refusal shows next to the value field as soon
    // as it is typed (the preview checks it), and again when scheduling is tried.
    await page.getByTestId('rule-schedule').click();
    await dialog.waitFor();
    // The editor starts from the value in force (the scheduled 3 is not yet).
    await expect.poll(() => page.getByTestId('set-rule-value').inputValue()).toBe('1');
    await page.getByTestId('set-rule-value').fill('10001');
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain(`The value of ${KEY} must be a whole number, at most 10000.`);
    expect(await page.getByTestId('set-rule-preview').count()).toBe(0);
    await page.getByTestId('set-rule-note').fill('A quota too large (e2e, refused)');
    await page.getByTestId('set-rule-confirm').click();
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain(`The value of ${KEY} must be a whole number, at most 10000.`);
    await settled(page);
    await screenshot(page, 'rules-refused');
    await page.getByTestId('set-rule-cancel').click();
    await dialog.waitFor({ state: 'hidden' });
    // Nothing was recorded.
    expect(await page.getByTestId('rule-history-item').count()).toBe(4);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  }, 180_000); // the longest journey here: under a loaded machine on PGlite it needs more than the default minute

  it('the admin picks a fee from the known rules, types it in yuan, sees the preview, schedules and withdraws it', async () => {
    const FEE = 'certification.fee.PERSONAL_MINI_PROGRAM';
    const page = await suite.newPage();
    await signInAt(page, '/rules', ADMIN);
    // The first screen after sign-in: a loaded machine may take some seconds.
    await expect.poll(() => page.locator('.rule-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    // Fees are shown in yuan, each rule with its meaning.
    await expect.poll(() => textOf(ruleRow(page, FEE).getByTestId('rule-value'))).toBe('30.00 元');
    expect(await textOf(ruleRow(page, FEE).getByTestId('rule-description'))).toContain('个人小程序认证的费用');

    // A new value: the key is picked from the rules the platform reads, not typed freely.
    await page.getByTestId('rule-new').click();
    const dialog = page.getByTestId('set-rule-form');
    await dialog.waitFor();
    await page.getByTestId('set-rule-key-select').click();
    await page.keyboard.type('fee.PERSONAL_MINI');
    const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: FEE });
    await expect.poll(() => option.count()).toBe(1);
    // Typing narrows the known keys to the one meant.
    expect(await page.locator('.el-select-dropdown__item:visible').count()).toBe(1);
    await option.click();
    await expect.poll(() => textOf(page.getByTestId('set-rule-description'))).toContain('个人小程序认证的费用');
    // The fee in yuan, starting from the one in force; cents are the API's business.
    await expect.poll(() => page.getByTestId('set-rule-value').inputValue()).toBe('30.00');
    expect(await textOf(page.getByTestId('set-rule-value-item').locator('.el-input-group__append'))).toBe('元');
    await page.getByTestId('set-rule-value').fill('30.005');
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain('最多两位小数');
    await page.getByTestId('set-rule-value').fill('45.5');
    // A fee changes nothing that can be counted today: the preview says so.
    await expect.poll(() => page.getByTestId('set-rule-preview-none').count()).toBe(1);
    await pick(page, 'set-rule-effective-from', '2032-05-01 00:00:00');
    await page.getByTestId('set-rule-note').fill('Fee raised to 45.50 (e2e)');
    await expect
      .poll(() => page.getByTestId('set-rule-confirmation').textContent())
      .toContain(`${FEE} 将为 45.50 元（现为 30.00 元）`);
    await settled(page);
    await screenshot(page, 'rules-fee-in-yuan');
    await page.getByTestId('set-rule-confirm').click();
    await dialog.waitFor({ state: 'hidden' });

    // The history opens on the new key: the scheduled value on top, in yuan (stored as 4550 cents).
    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBe(2);
    let entries = await historyEntries(page);
    expect(entries[0]).toMatchObject({
      value: '45.50 元',
      scheduled: true,
      effectiveFrom: new Date(2032, 4, 1).getTime(),
    });
    expect(entries[1]).toMatchObject({ value: '30.00 元', scheduled: false });
    // Only the scheduled value can be withdrawn.
    expect(await page.getByTestId('rule-history-withdraw').count()).toBe(1);

    // Withdrawn, with a reason (required): the history is back to its one value.
    await page.getByTestId('rule-history-withdraw').click();
    await page.getByTestId('reason-dialog').waitFor();
    expect(await textOf(page.getByTestId('reason-dialog-message'))).toContain('45.50 元');
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.getByTestId('reason-dialog').locator('.el-form-item__error').count()).toBe(1);
    await page.getByTestId('reason-input').fill('价格调整未获批准 (e2e)');
    await settled(page);
    await screenshot(page, 'rules-withdraw');
    await page.getByTestId('reason-confirm').click();
    await page.getByTestId('reason-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBe(1);
    entries = await historyEntries(page);
    expect(entries[0]).toMatchObject({ value: '30.00 元', scheduled: false });
    expect(await page.getByTestId('rule-history-withdraw').count()).toBe(0);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the admin edits the like-farming ladder in days and sees which pending reports would get a longer ban', async () => {
    const LADDER = 'penalty.ladder.LIKE_FARMING';
    const page = await suite.newPage();
    await signInAt(page, '/rules', ADMIN);
    await expect
      .poll(() => textOf(ruleRow(page, LADDER).getByTestId('rule-value')))
      .toBe('7 天 → 15 天 → 30 天 → 永久');
    await ruleRow(page, LADDER).getByTestId('rule-history-open').click();
    await page.getByTestId('rule-schedule').click();
    await page.getByTestId('set-rule-form').waitFor();
    // One row a step, from the ladder in force: days, or permanent.
    await expect.poll(() => page.getByTestId('set-rule-step').count()).toBe(4);
    // Element Plus puts the test id on the native input.
    const days = page.getByTestId('set-rule-step-days');
    expect(await days.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      '7',
      '15',
      '30',
      '',
    ]);
    const permanent = (index: number) =>
      page
        .getByTestId('set-rule-step-permanent')
        .nth(index)
        .evaluate((element) => (element.matches('input') ? element : element.querySelector('input'))?.checked);
    expect(await permanent(3)).toBe(true);
    expect(await permanent(0)).toBe(false);
    // The same ladder: nothing would change.
    await expect.poll(() => page.getByTestId('set-rule-preview').getAttribute('data-state')).toBe('ready');
    const figure = (kind: string) =>
      page.locator(`[data-testid="set-rule-effect"][data-kind="${kind}"]`).getAttribute('data-count');
    expect(await figure('LONGER_BAN')).toBe('0');
    expect(await figure('SHORTER_BAN')).toBe('0');
    const pending = Number(await figure('SAME_BAN'));
    expect(pending).toBeGreaterThan(0);
    // Ten years for the first three offences: longer for every pending report that is not a 4th.
    for (const index of [0, 1, 2]) await days.nth(index).fill('3650');
    await expect.poll(async () => Number(await figure('LONGER_BAN'))).toBeGreaterThan(0);
    expect(Number(await figure('LONGER_BAN')) + Number(await figure('SAME_BAN'))).toBe(pending);
    expect(await textOf(page.locator('[data-testid="set-rule-effect"][data-kind="LONGER_BAN"]'))).toMatch(
      /^封禁会更长的待处理举报：\d+ 条$/,
    );
    // A step that is not a number of days is said next to the ladder; no preview then.
    await days.nth(1).fill('x');
    await expect
      .poll(() => page.getByTestId('set-rule-value-item').locator('.el-form-item__error').textContent())
      .toContain('第 2 级');
    expect(await page.getByTestId('set-rule-preview').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'rules-ladder');
    await page.getByTestId('set-rule-cancel').click();

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst reads the rules and their history without any way to change them', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/rules', ANALYST);
    // The first screen after sign-in: a loaded machine may take some seconds.
    await expect.poll(() => page.locator('.rule-row').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    expect(await page.getByTestId('rule-new').count()).toBe(0);

    // A click on the row opens the history: read-only.
    await ruleRow(page, KEY).getByTestId('rule-key').click();
    await expect.poll(() => page.getByTestId('rule-history-item').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('rule-schedule').count()).toBe(0);
    // The value scheduled above is shown as scheduled, with no way to withdraw it.
    expect(await page.getByTestId('rule-history-scheduled').count()).toBe(1);
    expect(await page.getByTestId('rule-history-withdraw').count()).toBe(0);
    await settled(page);
    await screenshot(page, 'rules-analyst');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
