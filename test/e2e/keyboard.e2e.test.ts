/**
 * The keyboard throughout (issue 15, item 3): a moderator's journeys by keyboard alone — after
 * signing in, no click: only page.keyboard. The queue (j / k, the focus on the row), the drawer
 * (keys work in it, Esc gives the focus back to the row), the confirm and dismiss dialogs (the
 * note has the focus, Ctrl+Enter / ⌘+Enter submits, Esc cancels), bulk dismissal (x, Shift+D),
 * the `?` help, and the appeals queue (g / r).
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR = 'moderator@example.com';
const ANALYST = 'analyst@example.com';

if (!hasChromium) console.warn(`keyboard e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

const rows = (page: Page) => page.locator('.violation-row');
const cursorRow = (page: Page) => page.locator('.violation-row.is-cursor');
const cursorIndex = (page: Page) =>
  rows(page).evaluateAll((list) => list.findIndex((row) => row.classList.contains('is-cursor')));
const evidenceOf = async (page: Page, index: number) =>
  ((await rows(page).nth(index).locator('.excerpt').textContent()) ?? '').trim();

/** What has the focus: a data-testid, or "row" for the highlighted row of a list, or the tag name. */
function focused(page: Page, rowClass = 'violation-row'): Promise<string> {
  return page.evaluate((rowClass) => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    if (element.matches(`tr.${rowClass}.is-cursor`)) return 'row';
    return element.getAttribute('data-testid') ?? element.tagName.toLowerCase();
  }, rowClass);
}

/** The dialog (Element Plus renders role="dialog" on its overlay) titled `name`, when shown. */
const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });

describe.skipIf(!hasChromium)('the keyboard throughout, in Chromium', () => {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('a moderator works the queue, the drawer, the dialogs and bulk dismissal by keyboard alone', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/moderation', MODERATOR);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(6);
    // From here on: the keyboard only.

    // j / k move the highlight, and the focus with it (a visible ring on the row).
    await page.keyboard.press('j');
    await expect.poll(() => cursorIndex(page)).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => cursorIndex(page)).toBe(1);
    expect(await focused(page)).toBe('row');
    expect(
      await cursorRow(page).evaluate(
        (row) => getComputedStyle(row).outlineStyle !== 'none' && row.matches(':focus-visible'),
      ),
    ).toBe(true);

    // Enter opens the drawer on the highlighted row; j / k move it (the drawer follows).
    const second = await evidenceOf(page, 1);
    const third = await evidenceOf(page, 2);
    expect(second).not.toBe(third);
    const drawer = page.getByTestId('violation-drawer');
    const drawerEvidence = drawer.getByTestId('violation-drawer-evidence');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawerEvidence.textContent()).toBe(second);
    await page.keyboard.press('j');
    await expect.poll(() => cursorIndex(page)).toBe(2);
    await expect.poll(() => drawerEvidence.textContent()).toBe(third);
    await page.keyboard.press('k');
    await expect.poll(() => drawerEvidence.textContent()).toBe(second);
    await page.keyboard.press('j');
    await expect.poll(() => drawerEvidence.textContent()).toBe(third);
    // Esc closes it; the focus is back on the row it showed.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('row');
    expect(await cursorIndex(page)).toBe(2);

    // In the drawer, c opens the confirm dialog: the note has the focus; Esc cancels (the drawer stays).
    const before = await rows(page).count();
    /** Rows with this evidence (several reports may share it): one fewer once one is decided. */
    const withEvidence = (text: string) => rows(page).filter({ hasText: text }).count();
    const thirdLike = await withEvidence(third);
    await page.keyboard.press('Enter');
    await expect.poll(() => drawerEvidence.textContent()).toBe(third);
    await page.keyboard.press('c');
    const preview = page.getByTestId('confirm-violation-preview');
    await preview.waitFor();
    await expect.poll(() => focused(page)).toBe('confirm-violation-note');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    expect(await drawer.isVisible()).toBe(true);
    // c again, a note typed (its letters are text, not keys), Ctrl+Enter confirms.
    await page.keyboard.press('c');
    await preview.waitFor();
    await expect.poll(() => focused(page)).toBe('confirm-violation-note');
    await page.keyboard.type('checked: just confirmed');
    expect(await page.getByTestId('confirm-violation-note').inputValue()).toBe('checked: just confirmed');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('confirm-violation-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page).count()).toBe(before - 1);
    await expect.poll(() => page.locator('.el-message--success').last().textContent()).toMatch(/第 \d+ 次/);
    expect(await withEvidence(third)).toBe(thirdLike - 1);
    // It left the queue; the drawer stays on the decided violation, offering its overturn. Esc
    // closes it and the focus is on the row now highlighted.
    await page.getByTestId('violation-overturn-hint').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('row');

    // d: the dismissal's note has the focus; Esc cancels and the focus goes back to the row.
    await page.keyboard.press('d');
    const dismiss = page.getByTestId('reason-dialog-message');
    await dismiss.waitFor();
    await expect.poll(() => focused(page)).toBe('reason-input');
    await page.keyboard.press('Escape');
    await dismiss.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('row');
    // d again: Ctrl+Enter with no note is refused (a note is required), then with one it dismisses.
    const dismissed = await evidenceOf(page, await cursorIndex(page));
    const dismissedLike = await withEvidence(dismissed);
    await page.keyboard.press('d');
    await dismiss.waitFor();
    await expect.poll(() => focused(page)).toBe('reason-input');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.el-form-item__error').first().textContent()).toContain('至少 2 个字');
    expect(await dismiss.isVisible()).toBe(true);
    await page.keyboard.type('duplicate report, checked');
    await page.keyboard.press('Control+Enter');
    await dismiss.waitFor({ state: 'hidden' });
    await expect.poll(() => rows(page).count()).toBe(before - 2);
    expect(await withEvidence(dismissed)).toBe(dismissedLike - 1);
    await expect.poll(() => focused(page)).toBe('row');

    // Bulk: Shift+D with nothing checked does nothing; x checks two rows, Shift+D asks for one
    // note for both, ⌘+Enter dismisses them.
    await page.keyboard.press('Shift+D');
    expect(await page.getByTestId('reason-dialog-message').isVisible()).toBe(false);
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await expect.poll(() => page.getByTestId('moderation-selected-count').textContent()).toContain('2');
    expect(await page.locator('.violation-row.is-checked').count()).toBe(2);
    await page.keyboard.press('Shift+D');
    await expect.poll(() => page.getByTestId('reason-dialog-message').last().textContent()).toContain('2');
    await expect.poll(() => focused(page)).toBe('reason-input');
    await page.keyboard.type('same campaign, two duplicates');
    await page.keyboard.press('Meta+Enter');
    await expect.poll(() => rows(page).count()).toBe(before - 4);
    await expect.poll(() => page.locator('.el-message--success').last().textContent()).toContain('已驳回 2 条举报');
    expect(await page.getByTestId('moderation-bulk').count()).toBe(0);

    // ?: the help, a real dialog listing every key of this page from the same registry; the
    // page's keys wait while it is open; Esc closes it and the focus is back on the row.
    await expect.poll(() => focused(page)).toBe('row');
    const cursorBefore = await cursorIndex(page);
    await page.keyboard.press('?');
    const help = dialogNamed(page, '键盘快捷键');
    await help.waitFor();
    expect(await help.getAttribute('aria-modal')).toBe('true');
    const labels = await page.getByTestId('shortcut-help-label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['确认违规', '驳回举报', '勾选或取消勾选此条', '驳回所有勾选的举报', '显示本帮助']),
    );
    const keys = await page.getByTestId('shortcut-help-keys').allTextContents();
    expect(keys.map((key) => key.replace(/\s+/g, ''))).toEqual(
      expect.arrayContaining(['j', 'k', 'c', 'd', 'x', 'ShiftD', '?']),
    );
    expect(await page.getByTestId('shortcut-help-dialogs').textContent()).toContain('Ctrl');
    expect(await focused(page)).not.toBe('row');
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
        ),
    );
    await screenshot(page, 'keyboard-help');
    await page.keyboard.press('j');
    expect(await cursorIndex(page)).toBe(cursorBefore);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('row');

    // The buttons say their keys.
    expect(await cursorRow(page).getByTestId('moderation-confirm').getAttribute('aria-keyshortcuts')).toBe('C');
    expect(await cursorRow(page).getByTestId('moderation-dismiss').getAttribute('aria-keyshortcuts')).toBe('D');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst’s help lists only the keys they have, and c / d do nothing for them', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/moderation', ANALYST);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    await page.keyboard.press('d');
    expect(await page.getByTestId('confirm-violation-preview').count()).toBe(0);
    expect(await page.getByTestId('reason-dialog-message').count()).toBe(0);
    await page.keyboard.press('?');
    await dialogNamed(page, '键盘快捷键').waitFor();
    const labels = await page.getByTestId('shortcut-help-label').allTextContents();
    expect(labels).toContain('打开详情（并认领）');
    expect(labels).not.toContain('确认违规');
    expect(labels).not.toContain('驳回所有勾选的举报');
  });

  it('a moderator rejects and grants appeals by keyboard alone', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/appeals', MODERATOR);
    const appealRows = page.locator('.appeal-row');
    await expect.poll(() => appealRows.count()).toBeGreaterThanOrEqual(2);
    const status = (index: number) =>
      appealRows.nth(index).getByTestId('appeal-row-status').getAttribute('data-status');
    expect(await status(0)).toBe('PENDING');

    // j highlights the first; r asks for a reason (it has the focus); Ctrl+Enter rejects in place.
    await page.keyboard.press('j');
    await expect.poll(() => focused(page, 'appeal-row')).toBe('row');
    await page.keyboard.press('r');
    const dialog = page.getByTestId('reason-dialog-message');
    await dialog.waitFor();
    await expect.poll(() => focused(page, 'appeal-row')).toBe('reason-input');
    await page.keyboard.type('侵权事实清楚，维持处罚');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => status(0)).toBe('REJECTED');
    await expect.poll(() => focused(page, 'appeal-row')).toBe('row');
    // A decided appeal has no decision keys: r does nothing now.
    await page.keyboard.press('r');
    expect(await dialog.isVisible()).toBe(false);

    // The next one: g asks to grant it; Esc cancels, the focus is back on its row.
    await page.keyboard.press('j');
    expect(await status(1)).toBe('PENDING');
    await page.keyboard.press('g');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('批准');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page, 'appeal-row')).toBe('row');
    expect(await status(1)).toBe('PENDING');

    // ? lists the appeals keys.
    await page.keyboard.press('?');
    await dialogNamed(page, '键盘快捷键').waitFor();
    expect(await page.getByTestId('shortcut-help-label').allTextContents()).toEqual(
      expect.arrayContaining(['下一行', '上一行', '通过申诉', '驳回申诉']),
    );
    await page.keyboard.press('Escape');
    expect(await appealRows.first().getByTestId('appeal-reject').count()).toBe(0);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
