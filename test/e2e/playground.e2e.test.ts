/**
 * The GraphQL playground's saved queries and read-only mode. First, every built-in example is
 * checked against schema/schema.graphql and the server's query limits (no browser needed); then
 * an analyst runs each example in Chromium, is refused a mutation, and keeps a query of their own
 * across a reload — with no request leaving 127.0.0.1 (everything is bundled).
 * Build first: `pnpm --filter @oap/api build && pnpm --filter @oap/admin build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type DocumentNode, Kind, parse, validate } from 'graphql';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ID_PLACEHOLDER, EXAMPLES } from '../../admin/src/playground/examples';
import { SAVED_QUERIES_KEY } from '../../admin/src/playground/saved';
import { exceededLimit, measureOperation } from '../../api/src/common/query-limits';
import { loadConfig } from '../../api/src/config';
import { codeOf, gql, signIn } from '../support/graphql';
import { repoRoot } from '../support/server';
import { BrowserSuite, CHROMIUM, hasChromium, PASSWORD, screenshot } from './browser';

const ANALYST = 'analyst@example.com';
const SET_RULE =
  'mutation { setRule(input: { key: "account.quota.INDIVIDUAL", value: 3, effectiveFrom: "2030-01-01T00:00:00Z" }) { key } }';

/** What the server would refuse in `source`: schema validation errors, then the first query limit broken. */
function queryProblems(schemaSource: string, source: string, variables: Record<string, unknown> = {}): string[] {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    return [`syntax: ${(error as Error).message}`];
  }
  const problems = validate(buildSchema(schemaSource), document).map((error) => `schema: ${error.message}`);
  const limits = loadConfig({}, []).limits;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const exceeded = exceededLimit(measureOperation(document, definition, variables), limits);
    if (exceeded) problems.push(exceeded.message);
  }
  return problems;
}

describe('the playground’s built-in examples', () => {
  const schemaSource = fs.readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8');

  it.each(EXAMPLES.map((example) => [example.id, example] as const))(
    '%s is a named query, valid against the schema and within the query limits',
    (_id, example) => {
      expect(example.query).toContain(`query ${example.operationName}`);
      const variables = example.needsAccountId ? { id: 'some-account-id' } : {};
      expect(queryProblems(schemaSource, example.query, variables)).toEqual([]);
    },
  );

  it('the check catches what the schema or the server would refuse', () => {
    expect(queryProblems(schemaSource, '{ nothingHere }')[0]).toMatch(/^schema: Cannot query field "nothingHere"/);
    const deep = `{ account(id: "x") { ${'subject { accounts { '.repeat(6)}name${' } }'.repeat(6)} } }`;
    expect(queryProblems(schemaSource, deep)).toEqual(['Query depth 14 exceeds the limit 10.']);
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { email }`).join(' ')} }`;
    expect(queryProblems(schemaSource, aliases)).toEqual(['The query uses 31 aliases; the limit is 30.']);
    expect(queryProblems(schemaSource, 'query Big { accounts(first: 101) { totalCount } }')).toEqual([
      '"first" is 101; a page holds at most 100 items.',
    ]);
  });
});

/** The query editor's visible text (CodeMirror renders the lines in view). */
const editorText = (page: Page) => page.locator('.graphiql-query-editor .CodeMirror-code').textContent();
const responseText = (page: Page) => page.locator('.graphiql-response .CodeMirror-code').textContent();
const variablesText = (page: Page) =>
  page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror-code').first().textContent();

/** Clicks run and waits for the answer to the request that carries `marker` (retries once, as GraphiQL may not be ready). */
async function run(page: Page, marker: string): Promise<Response> {
  const attempt = async () => {
    const answer = page.waitForResponse(
      (candidate) => candidate.url().endsWith('/graphql') && (candidate.request().postData() ?? '').includes(marker),
      { timeout: 5_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    return answer;
  };
  return attempt().catch((error: Error) => {
    console.warn(`running ${marker} sent no request (${error.message.split('\n')[0]}): running again`);
    return attempt();
  });
}

/** Replaces the query editor's text as typed input (no key-by-key typing, so no auto-closed brackets). */
async function replaceQuery(page: Page, source: string): Promise<void> {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(source);
}

if (!hasChromium) console.warn(`playground e2e skipped: ${CHROMIUM} does not exist (apt-get install chromium)`);

describe.skipIf(!hasChromium)(`the GraphQL playground in Chromium (needs ${CHROMIUM})`, () => {
  const suite = new BrowserSuite();

  beforeAll(() => suite.start());
  afterAll(() => suite.stop());

  it('the analyst runs every example, is refused a mutation, and keeps a saved query across a reload', async () => {
    const page = await suite.newPage();
    // No internet at runtime: any request to another host is recorded (and cut off).
    const offHost: string[] = [];
    await page.context().route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      offHost.push(url.href);
      return route.abort('internetdisconnected');
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') offHost.push(url.href);
    });
    const graphqlBodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlBodies.push(request.postData() ?? '');
    });

    // Sign in through the admin's form, which sends the browser back to the playground.
    await page.goto('/login?redirect=/playground');
    await page.getByTestId('login-email').fill(ANALYST);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/playground');
    await page.locator('.graphiql-container').waitFor();

    // Read-only: the banner says so.
    expect(await page.getByTestId('playground-readonly-title').textContent()).toBe('只读：分析员不能执行变更');
    expect(await page.getByTestId('playground-saved-empty').isVisible()).toBe(true);
    await expect.poll(() => editorText(page), { timeout: 15_000 }).toContain('viewer');

    // Each example: load it, run it, and get data without errors.
    for (const example of EXAMPLES) {
      const button = page.getByTestId(`playground-example-${example.id}`);
      expect(await button.textContent()).toContain(example.title['zh-CN']);
      await button.click();
      await expect.poll(() => editorText(page), { message: example.id }).toContain(example.operationName);
      if (example.needsAccountId) {
        await expect.poll(() => variablesText(page), { message: 'variables shown' }).toContain('"id"');
      }
      const answer = await run(page, example.operationName);
      const body = (await answer.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(answer.status(), `${example.id}: ${JSON.stringify(body)} for ${answer.request().postData()}`).toBe(200);
      expect(body.errors, example.id).toBeUndefined();
      expect(body.data, example.id).toBeTruthy();
      const firstField = Object.keys(body.data ?? {})[0] ?? 'data';
      await expect.poll(() => responseText(page), { message: example.id }).toContain(`"${firstField}"`);
      const shown = await responseText(page);
      expect(shown).toContain('"data"');
      expect(shown).not.toContain('"errors"');

      if (example.needsAccountId) {
        // A real account's id, found by the playground: the account comes back.
        const sent = JSON.parse(answer.request().postData() ?? '{}') as { variables?: { id?: string } };
        expect(sent.variables?.id).toBeTruthy();
        expect(sent.variables?.id).not.toBe(ACCOUNT_ID_PLACEHOLDER);
        expect(await variablesText(page)).toContain(sent.variables?.id);
        const account = body.data?.account as { name?: string } | null;
        expect(account?.name).toBeTruthy();
        expect(await button.textContent()).toContain(account?.name);
      }
      if (example.id === 'dashboard') {
        expect(await page.locator('.graphiql-execute-button').getAttribute('aria-disabled')).toBeNull();
        await screenshot(page, 'playground-examples');
      }
    }

    // The server refuses an analyst's mutation too (FORBIDDEN), whatever the playground does.
    const token = await signIn(suite.server.url, ANALYST);
    expect(codeOf(await gql(suite.server.url, SET_RULE, {}, { token }))).toBe('FORBIDDEN');

    // A mutation in the editor: the run button greys out, and running it is refused without a request.
    expect(await page.getByTestId('playground-example-like-farming').getAttribute('class')).toContain('is-active');
    await replaceQuery(page, SET_RULE);
    await page.getByTestId('playground-mutation-blocked').waitFor();
    // Edited away from the example: it is no longer highlighted.
    await expect.poll(() => page.locator('.oap-playground-entry.is-active').count()).toBe(0);
    const runButton = page.locator('.graphiql-execute-button');
    await expect.poll(() => runButton.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('playground-editor').getAttribute('class')).toContain('is-mutation-blocked');
    const sentBefore = graphqlBodies.length;
    // Greyed (aria-disabled), yet a click still reaches the playground, which answers with the reason.
    await runButton.click({ force: true });
    await expect.poll(() => responseText(page)).toContain('只读：分析员不能执行变更');
    expect(await responseText(page)).toContain('FORBIDDEN');
    expect(graphqlBodies.slice(sentBefore).filter((body) => body.includes('setRule'))).toEqual([]);
    await screenshot(page, 'playground-mutation-refused');

    // Saves the editor's content under a name: it is listed, and kept in localStorage.
    const savedNames = () => page.getByTestId('playground-saved-name').allTextContents();
    await page.getByTestId('playground-save-name').fill('改配额（只读）');
    await page.getByTestId('playground-save').click();
    await expect.poll(savedNames).toEqual(['改配额（只读）']);
    expect(await page.getByTestId('playground-notice').textContent()).toContain('已保存');
    const stored = await page.evaluate((key) => window.localStorage.getItem(key), SAVED_QUERIES_KEY);
    expect(stored).toContain('setRule');

    // After a reload the saved query is still listed, and loads back into the editor.
    await page.reload();
    await page.locator('.graphiql-container').waitFor();
    await expect.poll(savedNames).toEqual(['改配额（只读）']);
    await page.getByTestId('playground-example-rules-at').click();
    await expect.poll(() => editorText(page)).toContain('RulesInForce');
    await expect.poll(() => runButton.getAttribute('aria-disabled')).toBeNull();
    await page.getByTestId('playground-saved-load').first().click();
    await expect.poll(() => editorText(page)).toContain('setRule');
    await expect.poll(() => runButton.getAttribute('aria-disabled')).toBe('true');

    // A second saved query, a rename, and a delete (with its confirmation).
    await page.getByTestId('playground-example-reprinted').click();
    await expect.poll(() => editorText(page)).toContain('RecentOriginalsReprints');
    await page.getByTestId('playground-save-name').fill('最新原创');
    await page.getByTestId('playground-save').click();
    await expect.poll(savedNames).toEqual(['最新原创', '改配额（只读）']);
    const mutationItem = page.getByTestId('playground-saved-item').nth(1);
    await mutationItem.getByTestId('playground-saved-rename').click();
    await mutationItem.getByTestId('playground-saved-rename-input').fill('配额变更（不能运行）');
    await mutationItem.getByTestId('playground-saved-rename-confirm').click();
    await expect.poll(savedNames).toEqual(['最新原创', '配额变更（不能运行）']);
    const firstItem = page.getByTestId('playground-saved-item').first();
    await firstItem.getByTestId('playground-saved-delete').click();
    await firstItem.getByTestId('playground-saved-delete-confirm').click();
    await expect.poll(savedNames).toEqual(['配额变更（不能运行）']);
    // Built-in examples cannot be renamed or deleted.
    const examples = page.getByTestId('playground-examples');
    expect(await examples.getByTestId('playground-saved-delete').count()).toBe(0);
    expect(await examples.getByTestId('playground-saved-rename').count()).toBe(0);
    await page.reload();
    await page.locator('.graphiql-container').waitFor();
    await expect.poll(savedNames).toEqual(['配额变更（不能运行）']);

    // In English (the admin's stored language choice).
    await page.evaluate(() => window.localStorage.setItem('oap.locale', 'en'));
    await page.reload();
    await page.locator('.graphiql-container').waitFor();
    expect(await page.getByTestId('playground-readonly-title').textContent()).toBe(
      'Read-only: analysts cannot run mutations',
    );
    expect(await page.getByTestId('playground-example-dashboard').textContent()).toContain('Dashboard figures');
    expect(await page.getByTestId('playground-example-reprinted').textContent()).toContain(
      'The API has no sort by reprints',
    );
    await expect.poll(savedNames).toEqual(['配额变更（不能运行）']);
    await page.getByTestId('playground-saved-load').first().click();
    await expect.poll(() => editorText(page)).toContain('setRule');
    // The keyboard shortcut is refused the same way.
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => responseText(page)).toContain('Read-only: analysts cannot run mutations');
    await screenshot(page, 'playground-saved-en');

    expect(offHost).toEqual([]);
    expect(suite.unexpectedPageErrors()).toEqual([]);
  });
});
