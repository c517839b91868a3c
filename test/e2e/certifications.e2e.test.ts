/**
 * Certifications in the admin SPA: the reviewer's queue (overdue first), the review call and the
 * decision with its confirmation, the renamed account with its badge; and the publisher's
 * application — naming check as one types, terms, information with uploads, invoice, the
 * non-refundable payment — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const REVIEWER = 'reviewer@example.com';
const PUBLISHER = 'publisher@example.com';
const ANALYST = 'analyst@example.com';

/** A valid 1×1 JPEG (it starts FF D8 FF E0: the server judges the type by these bytes). */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

if (!hasChromium) console.warn(`certifications e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** Waits until nothing moves (dialogs opened or closed): for screenshots. Spinners loop forever. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

const rows = (page: Page) => page.locator('.certification-row');

describe.skipIf(!hasChromium)(`certifications in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();
  let files: string;

  beforeAll(async () => {
    files = fs.mkdtempSync(path.join(os.tmpdir(), 'oap-certification-'));
    fs.writeFileSync(path.join(files, 'id-card.jpg'), TINY_JPEG);
    // Named like a photo, but not one by its content (415).
    fs.writeFileSync(path.join(files, 'notes.jpg'), 'not an image at all');
    // A JPEG's first bytes, and more than 200 KB (413).
    fs.writeFileSync(path.join(files, 'huge.jpg'), Buffer.concat([TINY_JPEG, Buffer.alloc(210 * 1024, 1)]));
    await suite.start();
  });
  afterAll(async () => {
    await suite.stop();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('the reviewer records the review call and approves a certification: the account takes the name and the badge', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/certifications', REVIEWER);
    expect((await page.getByTestId('nav-certifications').textContent())?.trim()).toBe('认证审核');

    // The default queue: dispatched to me, awaiting the review call, the overdue one first.
    await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(2);
    const statuses = await page
      .getByTestId('certification-row-status')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['DISPATCHED']));
    expect(await rows(page).first().getByTestId('certification-row-overdue').textContent()).toContain('超时');
    expect(await rows(page).getByTestId('certification-row-overdue').count()).toBe(1);
    await screenshot(page, 'certifications-queue');

    // The fresh personal mini-program one, whose name differs from the account's.
    const row = rows(page).filter({ has: page.getByTestId('certification-row-nickname').getByText(/小工具$/) });
    await expect.poll(() => row.count()).toBe(1);
    const nickname = (await row.getByTestId('certification-row-nickname').textContent())?.trim() ?? '';
    const accountName = (await row.getByTestId('certification-row-account').textContent())?.trim() ?? '';
    expect(nickname).not.toBe(accountName);
    expect(await row.getByTestId('certification-row-kind').getAttribute('data-kind')).toBe('PERSONAL_MINI_PROGRAM');
    expect(await row.getByTestId('certification-row-fee').textContent()).toContain('30.00 元');
    await row.getByTestId('certification-row-nickname').click();
    await page.waitForURL((url) => /^\/certifications\/[^/]+$/.test(url.pathname));

    // The certification page: steps with their times, the fee that is never refunded, the payment.
    await expect.poll(() => page.getByTestId('certification-nickname').textContent()).toBe(nickname);
    expect(await page.getByTestId('certification-status').getAttribute('data-status')).toBe('DISPATCHED');
    expect(await page.getByTestId('certification-step-payment').getAttribute('data-status')).toBe('finish');
    expect(await page.getByTestId('certification-step-reviewCall').getAttribute('data-status')).toBe('process');
    expect((await page.getByTestId('certification-fee').textContent())?.replace(/\s+/g, ' ')).toContain(
      '30.00 元 — 不予退还（认证成功与否，概不退费）',
    );
    expect(await page.getByTestId('certification-payment-reference').textContent()).toMatch(/\S+/);
    expect(await page.getByTestId('decision-form').count()).toBe(0);

    // The review call: identity confirmed, recording played.
    await page.getByTestId('review-call-identity').click();
    await page.getByTestId('review-call-recording').click();
    await expect.poll(() => page.getByTestId('review-call-warning').count()).toBe(0);
    await page.getByTestId('review-call-submit').click();
    await expect
      .poll(() => page.getByTestId('certification-status').getAttribute('data-status'))
      .toBe('REVIEW_CALL_DONE');
    expect(await page.getByTestId('review-call-result-identity').textContent()).toContain('是');

    // The decision: both passed; the confirmation says what will happen.
    await page.getByTestId('decision-form').waitFor();
    expect(await page.getByTestId('decision-checker').textContent()).toContain(nickname);
    await page.getByTestId('decision-qualification-PASSED').click();
    await page.getByTestId('decision-naming-PASSED').click();
    await page.getByTestId('decision-submit').click();
    const message = page.getByTestId('decision-confirm-message');
    await message.waitFor();
    expect(await message.textContent()).toBe(
      `资质通过、命名通过：账号名称将改为「${nickname}」并显示「个人开发者」标识`,
    );
    await settled(page);
    await screenshot(page, 'certification-decision-confirm');
    await page.getByTestId('decision-confirm').click();

    // Approved, in place: number, badge, end, and the way to the account.
    await expect.poll(() => page.getByTestId('certification-status').getAttribute('data-status')).toBe('APPROVED');
    expect(await page.getByTestId('certification-number').textContent()).toMatch(/^WXRZ-\d{4}-\d{6}$/);
    expect((await page.getByTestId('certification-badge').textContent())?.trim()).toBe('个人开发者');
    expect(await page.getByTestId('certification-expires').textContent()).toMatch(/\d/);
    await expect.poll(() => page.getByTestId('certification-account-name').textContent()).toBe(nickname);
    expect(await page.getByTestId('certification-step-decision').getAttribute('data-status')).toBe('finish');
    await page.getByTestId('decision-confirm-message').waitFor({ state: 'hidden' });
    await settled(page);
    await screenshot(page, 'certification-approved');

    await page.getByTestId('certification-account-link').click();
    await page.waitForURL((url) => /^\/accounts\/[^/]+$/.test(url.pathname));
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe(nickname);
    expect((await page.getByTestId('account-badge').textContent())?.trim()).toBe('个人开发者');
    expect(await page.getByTestId('account-certification-status').getAttribute('data-status')).toBe('APPROVED');
    expect(await page.getByTestId('account-certification-number').textContent()).toMatch(/^\s*WXRZ-/);
    await settled(page);
    await screenshot(page, 'certification-account');

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the publisher applies for enterprise certification: naming advice, uploads, invoice and the non-refundable payment', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/accounts', PUBLISHER);
    await page.getByTestId('account-row-name').getByText('小雨文化', { exact: true }).click();
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('小雨文化');
    expect(await page.getByTestId('account-certification-none').textContent()).toContain('尚未申请认证');
    await page.getByTestId('account-certify-apply').click();
    await page.waitForURL((url) => /^\/accounts\/[^/]+\/certify$/.test(url.pathname));

    // The kind, and a name with a forbidden word: the checker says so as one types.
    await page.getByTestId('certify-kind-ENTERPRISE').click();
    expect(await page.getByTestId('certification-fee').textContent()).toContain('300.00 元');
    await page.getByTestId('certify-nickname').fill('微信小雨文化');
    const problem = page.locator('[data-testid="naming-problem"][data-code="FORBIDDEN_WORD"]');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('「微信」不能出现在认证名称中');
    await expect.poll(() => page.getByTestId('naming-suggestion').count()).toBeGreaterThan(0);
    await screenshot(page, 'certification-naming');

    // Fixed: no problem left.
    await page.getByTestId('certify-nickname').fill('小雨文化');
    await page.getByTestId('naming-compliant').waitFor();
    expect(await problem.count()).toBe(0);
    await page.getByTestId('certify-start-submit').click();

    // Terms.
    await page.getByTestId('certify-terms').waitFor();
    expect(await page.getByTestId('certify-terms-text').textContent()).toContain('不予退还');
    expect(await page.getByTestId('certify-status').getAttribute('data-status')).toBe('AWAITING_TERMS');
    await page.getByTestId('certify-terms-agree').click();
    await page.getByTestId('certify-terms-submit').click();

    // Information: the server refuses what is not a photo, and what is too large, in words.
    await page.getByTestId('certify-information').waitFor();
    await page.getByTestId('certify-contact-name').fill('林小雨');
    await page.getByTestId('certify-contact-phone').fill('13800001111');
    const identityInput = page.getByTestId('certify-identity-input');
    await identityInput.setInputFiles(path.join(files, 'notes.jpg'));
    await expect.poll(() => page.getByTestId('certify-identity-error').textContent()).toContain('只接受 JPEG 或 PNG');
    await identityInput.setInputFiles(path.join(files, 'huge.jpg'));
    await expect.poll(() => page.getByTestId('certify-identity-error').textContent()).toContain('文件超过 200 KB');
    await identityInput.setInputFiles(path.join(files, 'id-card.jpg'));
    await expect.poll(() => page.getByTestId('certify-identity-file').count()).toBe(1);
    expect(await page.getByTestId('certify-identity-error').count()).toBe(0);
    // The thumbnail is the upload served back to its owner.
    await expect
      .poll(() =>
        page
          .getByTestId('certify-identity-file')
          .locator('img')
          .evaluate((image) => (image as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0);
    await screenshot(page, 'certification-information');
    await page.getByTestId('certify-information-submit').click();

    // Invoice: the title defaults to the subject's name.
    await page.getByTestId('certify-invoice').waitFor();
    expect(await page.getByTestId('certify-invoice-title').inputValue()).toBe('杭州小雨文化工作室有限公司');
    await page.getByTestId('certify-invoice-tax-number').fill('91330106MA2B000001');
    await page.getByTestId('certify-invoice-submit').click();

    // Payment: never refunded, and the confirmation says so before anything is paid.
    await page.getByTestId('certify-payment').waitFor();
    expect((await page.getByTestId('certification-fee').textContent())?.replace(/\s+/g, ' ')).toContain(
      '300.00 元 — 不予退还（认证成功与否，概不退费）',
    );
    await page.getByTestId('certify-pay').click();
    await page.getByTestId('certify-pay-message').waitFor();
    expect(await page.getByTestId('certify-pay-message').textContent()).toContain('不予退还');
    expect(await page.getByTestId('certify-pay-confirm').isDisabled()).toBe(true);
    await page.getByTestId('certify-pay-acknowledge').click();
    await settled(page);
    await screenshot(page, 'certification-payment');
    await page.getByTestId('certify-pay-confirm').click();

    // Submitted: with the reviewer it went to, and when.
    await page.getByTestId('certify-waiting').waitFor();
    expect(await page.getByTestId('certify-waiting-title').textContent()).toContain('已提交，等待审核');
    // Operators are not told which reviewer has it (domain: "platform review").
    expect(await page.getByTestId('certify-waiting-reviewer').textContent()).toContain('平台审核');
    expect(await page.getByTestId('certify-waiting-dispatched').textContent()).toMatch(/\d/);
    expect(await page.getByTestId('certify-status').getAttribute('data-status')).toBe('DISPATCHED');
    await page.getByTestId('certify-pay-message').waitFor({ state: 'hidden' });
    await settled(page);
    await screenshot(page, 'certification-waiting');

    // Back on the account page: the application under way, to continue from there.
    await page.getByTestId('certify-back').click();
    await expect
      .poll(() => page.getByTestId('account-certification-status').getAttribute('data-status'))
      .toBe('DISPATCHED');
    expect(await page.getByTestId('account-certify-progress').textContent()).toContain('申请进度');
    expect(await page.getByTestId('account-certify-apply').count()).toBe(0);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('the reviewer sees the material of the application just paid for, and invites a candidate', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/certifications', REVIEWER);

    // The publisher's application (the test before) was dispatched to the only reviewer.
    const row = rows(page).filter({
      has: page.getByTestId('certification-row-account').getByText('小雨文化', { exact: true }),
    });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByTestId('certification-row-nickname').click();
    await page.waitForURL((url) => /^\/certifications\/[^/]+$/.test(url.pathname));
    const thumbnail = page.getByTestId('material-thumbnail');
    await expect.poll(() => thumbnail.count()).toBe(1);
    await expect
      .poll(() => thumbnail.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('review-call-form').isVisible()).toBe(true);
    await thumbnail.click();
    const large = page.getByTestId('material-large');
    await large.waitFor();
    await expect.poll(() => large.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await settled(page);
    await screenshot(page, 'certification-materials');
    await page.keyboard.press('Escape');
    await large.waitFor({ state: 'hidden' });

    // Candidates for personal certification: invite one, then take it back; the URL keeps the tab.
    await page.getByTestId('certification-back').click();
    await page.getByTestId('certifications-tab-CANDIDATES').click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'CANDIDATES');
    const candidate = page.locator('.candidate-row').first();
    await candidate.waitFor();
    await candidate.getByTestId('candidate-invite').click();
    await expect.poll(() => candidate.getByTestId('candidate-invited').count()).toBe(1);
    await screenshot(page, 'certification-candidates');
    await candidate.getByTestId('candidate-revoke').click();
    await expect.poll(() => candidate.getByTestId('candidate-invite').count()).toBe(1);

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst reads the certifications without actions, in English too', async () => {
    const page = await suite.newPage();
    await signInAt(page, '/certifications?tab=EXPIRING', ANALYST);
    await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('certifications-read-only').isVisible()).toBe(true);
    expect(await page.getByTestId('certifications-tab-CANDIDATES').count()).toBe(0);
    const statuses = await page
      .getByTestId('certification-row-status')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['APPROVED']));

    await page.getByTestId('lang-en').click();
    await expect
      .poll(async () => (await page.getByTestId('nav-certifications').textContent())?.trim())
      .toBe('Certifications');
    expect(await rows(page).first().getByTestId('certification-row-status').textContent()).toContain('Certified');
    await screenshot(page, 'certifications-expiring-en');
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
