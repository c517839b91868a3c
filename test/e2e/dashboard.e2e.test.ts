/**
 * The dashboard in the admin SPA: the work-now cards show what the API counts, the charts draw on
 * canvas (no eval: the CSP holds), the filters go to the URL, the language switch re-renders, and a
 * card leads to its list — in Chromium against the built API and admin.
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { BrowserSuite, CHROMIUM, hasChromium, screenshot, signInAt } from './browser';

const MODERATOR = 'moderator@example.com';

interface Counts {
  stats: {
    activeBans: { total: number; endingToday: number; endingThisWeek: number; permanent: number };
    pendingReports: Array<{ type: string; age: string; count: number }>;
    appealDeadlines: { pending: number; dueSoon: number; overdue: number };
  };
}

const COUNTS = `{
  stats {
    activeBans { total endingToday endingThisWeek permanent }
    pendingReports { type age count }
    appealDeadlines(withinDays: 2) { pending dueSoon overdue }
  }
}`;

if (!hasChromium) console.warn(`dashboard e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

/** The whole number a card shows (formatted for the reader: separators dropped). */
async function shown(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** Chart canvases that ECharts sized and drew into (non-zero backing store and box). */
function drawnCanvases(page: Page): Promise<number> {
  return page.locator('[data-testid^="dashboard-chart-"] canvas').evaluateAll(
    (canvases) =>
      canvases.filter((canvas) => {
        if (!(canvas instanceof HTMLCanvasElement)) return false;
        const box = canvas.getBoundingClientRect();
        return canvas.width > 0 && canvas.height > 0 && box.width > 0 && box.height > 0;
      }).length,
  );
}

describe.skipIf(!hasChromium)(`dashboard in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('a moderator sees the figures the API counts and the charts, filters, switches language, and opens the queue', async () => {
    const url = suite.server.url;
    const token = await signIn(url, MODERATOR);

    // One confirmed report: a ban in force now, so the bans card has something to count.
    const queue = await gql<{ violations: { edges: Array<{ node: { id: string } }> } }>(
      url,
      'query { violations(first: 1, filter: { status: PENDING }) { edges { node { id } } } }',
      {},
      { token },
    );
    const violationId = queue.data?.violations.edges[0]?.node.id;
    if (!violationId) throw new Error(`no pending violation in the demo data: ${JSON.stringify(queue.errors)}`);
    const confirmed = await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id) { id } }',
      { id: violationId },
      { token },
    );
    expect(confirmed.errors).toBeUndefined();

    const counts = await gql<Counts>(url, COUNTS, {}, { token });
    expect(counts.errors).toBeUndefined();
    const stats = counts.data?.stats;
    if (!stats) throw new Error('no stats');
    const pending = stats.pendingReports.reduce((sum, row) => sum + row.count, 0);
    expect(pending).toBeGreaterThan(0);
    expect(stats.activeBans.total).toBeGreaterThan(0);

    const page = await suite.newPage();
    await signInAt(page, '/dashboard', MODERATOR);
    await expect.poll(() => page.getByTestId('dashboard-page').count()).toBe(1);
    expect((await page.locator('.page-title').textContent())?.trim()).toBe('数据看板');

    // The cards: the API's figures.
    await expect
      .poll(() => page.getByTestId('dashboard-pending-total').getAttribute('data-value'))
      .toBe(String(pending));
    expect(await shown(page, 'dashboard-pending-total')).toBe(pending);
    expect(await shown(page, 'dashboard-bans-total')).toBe(stats.activeBans.total);
    expect(await shown(page, 'dashboard-bans-today')).toBe(stats.activeBans.endingToday);
    expect(await shown(page, 'dashboard-bans-week')).toBe(stats.activeBans.endingThisWeek);
    expect(await shown(page, 'dashboard-bans-permanent')).toBe(stats.activeBans.permanent);
    // The appeals card's big number is the pending count (its title), the overdue ones beside it.
    expect(stats.appealDeadlines.pending).toBeGreaterThan(stats.appealDeadlines.overdue);
    expect(await shown(page, 'dashboard-appeals-pending')).toBe(stats.appealDeadlines.pending);
    expect(await page.getByTestId('dashboard-card-appeals').locator('.card-number').getAttribute('data-value')).toBe(
      String(stats.appealDeadlines.pending),
    );
    expect(await shown(page, 'dashboard-appeals-overdue')).toBe(stats.appealDeadlines.overdue);
    expect(await shown(page, 'dashboard-appeals-due-soon')).toBe(stats.appealDeadlines.dueSoon);
    const byType = new Map<string, number>();
    for (const row of stats.pendingReports) byType.set(row.type, (byType.get(row.type) ?? 0) + row.count);
    for (const [type, count] of byType) expect(await shown(page, `dashboard-pending-count-${type}`)).toBe(count);

    // Each card links to its filtered list.
    expect(await page.getByTestId('dashboard-card-bans').getAttribute('href')).toBe('/accounts?banned=true');
    expect(await page.getByTestId('dashboard-card-appeals').getAttribute('href')).toBe('/appeals');
    expect(await page.getByTestId('dashboard-pending-type-LIKE_FARMING').getAttribute('href')).toBe(
      '/moderation?type=LIKE_FARMING',
    );
    expect(await page.getByTestId('dashboard-card-certifications-expiring').getAttribute('href')).toBe(
      '/certifications?tab=EXPIRING',
    );

    // The charts draw on canvas.
    await expect.poll(() => drawnCanvases(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    // ECharts animates the first drawing for about a second.
    await page.waitForTimeout(1500);
    await screenshot(page, 'dashboard');

    // A filter goes to the URL (and survives a reload); the charts draw again.
    await page.getByTestId('dashboard-filter-granularity').click();
    await page.getByTestId('dashboard-granularity-WEEK').click();
    await page.waitForURL((next) => next.searchParams.get('granularity') === 'WEEK');
    await page.reload();
    await expect.poll(() => page.getByTestId('dashboard-filter-granularity').textContent()).toContain('按周');
    await expect.poll(() => drawnCanvases(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);

    // English: the page's own strings (merged when it loaded) and the charts follow.
    await page.getByTestId('lang-en').click();
    await expect.poll(async () => (await page.locator('.page-title').textContent())?.trim()).toBe('Dashboard');
    expect(await page.getByTestId('dashboard-card-pending').textContent()).toContain('Pending reports');
    await expect.poll(() => drawnCanvases(page)).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(1500);
    await screenshot(page, 'dashboard-en');

    // The pending-reports card leads to the queue, which holds as many.
    await page.getByTestId('dashboard-card-pending').click();
    await page.waitForURL((next) => next.pathname === '/moderation');
    await expect.poll(() => page.getByTestId('moderation-total').textContent()).toContain(String(pending));

    expect(suite.unexpectedPageErrors()).toEqual([]);
  });

  it('an analyst clicks a bar of violations by type and month and gets that list, in the URL', async () => {
    const url = suite.server.url;
    const token = await signIn(url, 'analyst@example.com');
    const now = Date.now();
    const months = await gql<{ stats: { violationsPerPeriod: Array<{ label: string; type: string; count: number }> } }>(
      url,
      'query ($scope: StatsScope) { stats { violationsPerPeriod(granularity: MONTH, scope: $scope) { label type count } } }',
      { scope: { from: new Date(now - 300 * 86_400_000).toISOString(), to: new Date(now).toISOString() } },
      { token },
    );
    const rows = months.data?.stats.violationsPerPeriod ?? [];
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(row.label, (totals.get(row.label) ?? 0) + row.count);
    // The busiest whole month (China time) of the demo data.
    const [month] = [...totals.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (!month) throw new Error(`no violations per month: ${JSON.stringify(months.errors)}`);
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const from = `${month}-01`;
    const to = `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;

    // A reader in China: the periods' days are theirs.
    const context = await suite.browser.newContext({
      baseURL: url,
      viewport: { width: 1440, height: 900 },
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await signInAt(page, `/dashboard?from=${from}&to=${to}&granularity=MONTH`, 'analyst@example.com');
    await expect.poll(() => drawnCanvases(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('dashboard-chart-violations').locator('..').locator('..').textContent()).toContain(
      '点击柱形',
    );

    // One month, one stack of bars: its lowest bar, just above the axis in the middle of the grid
    // (grid: 48 px left, 16 px right, 56 px bottom).
    await page.getByTestId('dashboard-chart-violations').scrollIntoViewIfNeeded();
    const chart = await page.getByTestId('dashboard-chart-violations').boundingBox();
    if (!chart) throw new Error('no chart box');
    await screenshot(page, 'dashboard-one-month');
    await page.mouse.click(chart.x + 48 + (chart.width - 64) / 2, chart.y + chart.height - 56 - 3);
    await page.waitForURL((next) => next.pathname === '/moderation');
    const target = new URL(page.url());
    const type = target.searchParams.get('type') ?? '';
    expect([target.searchParams.get('from'), target.searchParams.get('to'), target.searchParams.get('status')]).toEqual(
      [from, to, 'ALL'],
    );
    const count = rows.find((row) => row.label === month && row.type === type)?.count ?? 0;
    expect(count, `the bar clicked (${type})`).toBeGreaterThan(0);
    // The list: that type, that month (China time), every status — as many as the bar.
    const list = await gql<{ violations: { totalCount: number } }>(
      url,
      'query ($filter: ViolationFilter) { violations(filter: $filter) { totalCount } }',
      {
        filter: {
          type,
          reportedFrom: new Date(`${from}T00:00:00+08:00`).toISOString(),
          reportedTo: new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000 - 1).toISOString(),
        },
      },
      { token },
    );
    expect(list.data?.violations.totalCount).toBe(count);
    await expect.poll(() => page.getByTestId('moderation-total').textContent()).toContain(String(count));
    expect(await page.getByTestId('moderation-filter-all-statuses').isVisible()).toBe(true);
    await screenshot(page, 'dashboard-drill-down');

    // The URL is the list: a reload shows the same.
    await page.reload();
    await expect.poll(() => page.getByTestId('moderation-total').textContent()).toContain(String(count));
    await context.close();
  });
});
