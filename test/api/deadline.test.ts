import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  realDatabaseUrl,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

/**
 * The request deadline (server.ts) answers 503 while the request's work carries on. What it says
 * must stay true: DATABASE_TIMEOUT (Retry-After, "try again") only if nothing will commit, and
 * COMMIT_UNCONFIRMED (no Retry-After) when the COMMIT was already on its way (common/write-fence.ts).
 *
 * Triggers slow blockArticle down, each step under the statement timeout (the deadline's length,
 * 1 s) but together past it: its UPDATE of the article sleeps 0.6 s, then either the audit row's
 * INSERT sleeps 0.6 s (the deadline fires during the work) or the COMMIT does, through a deferred
 * constraint trigger (the deadline fires while the COMMIT runs). Real PostgreSQL only: the
 * embedded database runs one statement at a time, and the test reads the rows beside the server.
 */
const STATEMENT_TIMEOUT_MS = 1000;
const BLOCK = 'mutation ($id: ID!, $reason: String!) { blockArticle(id: $id, reason: $reason) { blocked } }';

describe.skipIf(!realDatabaseUrl)('a write answered by the request deadline (postgres)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let sql: postgres.Sql;
  let moderator: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database, { STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) });
    sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
    await sql.unsafe(`
      create table slow_step (step text not null);
      create function slow_step(wanted text) returns void language plpgsql as
        $$ begin if exists (select 1 from slow_step where step = wanted) then perform pg_sleep(0.6); end if; end $$;
      create function slow_article() returns trigger language plpgsql as
        $$ begin perform slow_step('work'); return new; end $$;
      create function slow_audit() returns trigger language plpgsql as
        $$ begin perform slow_step('audit'); return new; end $$;
      create function slow_commit() returns trigger language plpgsql as
        $$ begin perform slow_step('commit'); return null; end $$;
      create trigger slow_article before update on articles for each row execute function slow_article();
      create trigger slow_audit before insert on audit_log for each row execute function slow_audit();
      create constraint trigger slow_commit after update on articles
        deferrable initially deferred for each row execute function slow_commit();`);
    moderator = await signIn(server.url, 'moderator@example.com');
  });

  afterAll(async () => {
    await sql?.end();
    await server?.stop();
    await database?.drop();
  });

  beforeEach(async () => {
    await sql`delete from slow_step`;
  });

  /** An article nobody has blocked, and the number of audit rows about it. */
  async function unblockedArticle(): Promise<{ id: string; globalId: string }> {
    const [row] = await sql<{ id: string }[]>`select id from articles where blocked_at is null order by id limit 1`;
    expect(row, 'the demo data has an unblocked article').toBeTruthy();
    const id = row?.id as string;
    return { id, globalId: Buffer.from(`Article:${id}`).toString('base64url') };
  }

  async function stateOf(id: string): Promise<{ blocked: boolean; audited: number }> {
    const [article] = await sql<
      { blocked: boolean }[]
    >`select blocked_at is not null as blocked from articles where id = ${id}`;
    const [audit] = await sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where target_id = ${id} and action = 'article.block'`;
    expect(article, 'the article exists').toBeTruthy();
    return { blocked: Boolean(article?.blocked), audited: audit?.n ?? -1 };
  }

  it('a blockArticle that works fast commits and is answered (the triggers alone change nothing)', async () => {
    const article = await unblockedArticle();
    const result = await gql<{ blockArticle: { blocked: boolean } }>(
      server.url,
      BLOCK,
      { id: article.globalId, reason: 'quick block' },
      { token: moderator },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.blockArticle.blocked).toBe(true);
    expect(await stateOf(article.id)).toEqual({ blocked: true, audited: 1 });
  });

  it('answered DATABASE_TIMEOUT while its transaction still worked: nothing commits afterwards', async () => {
    await sql`insert into slow_step values ('work'), ('audit')`;
    const article = await unblockedArticle();
    const result = await gql(server.url, BLOCK, { id: article.globalId, reason: 'slow block' }, { token: moderator });
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_TIMEOUT' });
    expect(result.errors?.[0]?.message).toMatch(/Nothing was changed/);
    expect(result.headers.get('retry-after')).toBeTruthy();
    // Past the late work (0.6 s + 0.6 s from the start, the answer came at 1 s): it has finished.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [busy] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`;
    expect(busy?.n).toBe(0);
    expect(await stateOf(article.id)).toEqual({ blocked: false, audited: 0 });

    // The retry the answer invited happens once.
    await sql`delete from slow_step`;
    const retry = await gql<{ blockArticle: { blocked: boolean } }>(
      server.url,
      BLOCK,
      { id: article.globalId, reason: 'slow block' },
      { token: moderator },
    );
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.blockArticle.blocked).toBe(true);
    expect(await stateOf(article.id)).toEqual({ blocked: true, audited: 1 });
  });

  it('answered COMMIT_UNCONFIRMED, without Retry-After, when its COMMIT was running at the deadline', async () => {
    await sql`insert into slow_step values ('work'), ('commit')`;
    const article = await unblockedArticle();
    const result = await gql(server.url, BLOCK, { id: article.globalId, reason: 'slow commit' }, { token: moderator });
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'COMMIT_UNCONFIRMED',
    });
    expect(result.errors?.[0]?.message).toMatch(/may or may not have been saved/);
    expect(result.headers.get('retry-after')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // "May": here the COMMIT went through, which is why the client must look before repeating.
    expect(await stateOf(article.id)).toEqual({ blocked: true, audited: 1 });
  });

  it('the server keeps answering after its late work was dropped', async () => {
    const result = await gql<{ articles: { edges: unknown[] } }>(
      server.url,
      '{ articles(first: 1) { edges { node { id } } } }',
      {},
      { token: moderator },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.articles.edges).toHaveLength(1);
    expect(server.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|uncaught/i);
  });
});
