import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { type LiveClient, liveClient, upgradeStatus } from '../support/live';
import {
  createTestDatabase,
  driverName,
  realDatabaseUrl,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

// A live queue (issue 15): Subscription.moderationQueueChanged over graphql-ws at /graphql pushes
// REPORTED / CLAIMED / DECIDED to moderators within a second, from writes made through any API
// process (PostgreSQL LISTEN/NOTIFY), on both drivers. Signed out, other roles, other sites,
// queries over the socket and subscriptions over HTTP are refused with their codes.

const QUEUE = `subscription { moderationQueueChanged {
  kind violationId at claimedBy { email }
  violation { id status claimedBy { email } account { name } }
} }`;

interface QueueEvent {
  moderationQueueChanged: {
    kind: 'REPORTED' | 'CLAIMED' | 'DECIDED';
    violationId: string;
    at: string;
    claimedBy: { email: string } | null;
    violation: { id: string; status: string; claimedBy: { email: string } | null; account: { name: string } } | null;
  };
}

let database: TestDatabase;
let server: TestServer;
let url: string;
let tokenA: string;
let tokenB: string;
let tokenAdmin: string;
let tokenPublisher: string;
let tokenAnalyst: string;
let accountId: string;
const clients: LiveClient[] = [];

const TYPES = ['LIKE_FARMING', 'INDUCED_SHARING', 'FALSE_ORIGINAL', 'INFRINGEMENT', 'OTHER'];
let typeIndex = 0;
let subjectSeq = 900;

function open(options: Parameters<typeof liveClient>[1], base = url): LiveClient {
  const client = liveClient(base, options);
  clients.push(client);
  return client;
}

/** A subscriber whose subscription is running on the server (the socket is acknowledged, then a beat). */
async function subscribed(token: string, base = url) {
  const client = open({ token }, base);
  await client.connected;
  const subscription = client.subscribe<QueueEvent>(QUEUE);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { client, subscription };
}

async function newAccount(name: string, base = url): Promise<string> {
  subjectSeq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    base,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `${name}有限公司`, idNumber: creditCode(subjectSeq) } },
    { token: tokenAdmin },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    base,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name } },
    { token: tokenAdmin },
  );
  const id = account.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(account.errors ?? subject.errors));
  return id;
}

/** Files a report through `base` and returns the violation's id. Types rotate (and accounts), so none merge. */
async function report(base = url, token = tokenB): Promise<string> {
  typeIndex += 1;
  if (typeIndex % TYPES.length === 0) accountId = await newAccount(`直播号${typeIndex}`, base);
  const result = await gql<{ reportViolation: { id: string } }>(
    base,
    'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
    { input: { accountId, type: TYPES[typeIndex % TYPES.length], source: 'MODERATOR', evidence: '集赞截图换礼品' } },
    { token },
  );
  const id = result.data?.reportViolation.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  tokenA = await signIn(url, 'moderator@example.com');
  // The demo data's second moderator.
  tokenB = await signIn(url, 'moderator2@example.com');
  tokenAdmin = await signIn(url, 'admin@example.com');
  tokenPublisher = await signIn(url, 'publisher@example.com');
  tokenAnalyst = await signIn(url, 'analyst@example.com');
  accountId = await newAccount('直播号');
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose().catch(() => {})));
  await server?.stop();
  await database?.drop();
});

describe(`live moderation queue (${driverName})`, () => {
  it('pushes a new report, a claim and the decisions to a moderator within a second', async () => {
    const { subscription } = await subscribed(tokenA);

    let started = Date.now();
    const reported = await report();
    const first = await subscription.next(
      (event) =>
        event.moderationQueueChanged.violationId === reported && event.moderationQueueChanged.kind === 'REPORTED',
    );
    expect(Date.now() - started).toBeLessThan(1000);
    // Resolved through the visibility policy, as a query would be: the moderator sees the row.
    expect(first.moderationQueueChanged.violation).toMatchObject({ id: reported, status: 'PENDING', claimedBy: null });
    expect(first.moderationQueueChanged.violation?.account.name).toMatch(/^直播号/);
    expect(Number.isNaN(Date.parse(first.moderationQueueChanged.at))).toBe(false);

    started = Date.now();
    const claim = await gql(
      url,
      'mutation ($id: ID!) { claimViolation(id: $id) { id } }',
      { id: reported },
      { token: tokenB },
    );
    expect(claim.errors).toBeUndefined();
    const claimed = await subscription.next(
      (event) =>
        event.moderationQueueChanged.violationId === reported && event.moderationQueueChanged.kind === 'CLAIMED',
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(claimed.moderationQueueChanged.claimedBy?.email).toBe('moderator2@example.com');
    // Each event is resolved afresh: the row now shows the claim.
    expect(claimed.moderationQueueChanged.violation?.claimedBy?.email).toBe('moderator2@example.com');

    started = Date.now();
    const dismissed = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "证据不足") { id } }',
      { id: reported },
      { token: tokenB },
    );
    expect(dismissed.errors).toBeUndefined();
    const decided = await subscription.next(
      (event) =>
        event.moderationQueueChanged.violationId === reported && event.moderationQueueChanged.kind === 'DECIDED',
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(decided.moderationQueueChanged.violation?.status).toBe('DISMISSED');

    // A confirmation and a bulk dismissal are decisions too.
    const toConfirm = await report();
    const bulk = [await report(), await report()];
    const confirmed = await gql(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { id } }',
      { id: toConfirm },
      { token: tokenB },
    );
    expect(confirmed.errors).toBeUndefined();
    await subscription.next(
      (event) =>
        event.moderationQueueChanged.violationId === toConfirm &&
        event.moderationQueueChanged.kind === 'DECIDED' &&
        event.moderationQueueChanged.violation?.status === 'CONFIRMED',
    );
    const many = await gql(
      url,
      'mutation ($input: DismissViolationsInput!) { dismissViolations(input: $input) { id } }',
      { input: { ids: bulk, note: '重复举报' } },
      { token: tokenB },
    );
    expect(many.errors).toBeUndefined();
    for (const id of bulk) {
      await subscription.next(
        (event) => event.moderationQueueChanged.violationId === id && event.moderationQueueChanged.kind === 'DECIDED',
      );
    }
    // An admin may subscribe too.
    const admin = await subscribed(tokenAdmin);
    const another = await report();
    await admin.subscription.next((event) => event.moderationQueueChanged.violationId === another);
    admin.subscription.stop();
    subscription.stop();
  });

  it('sends nothing for a write that was rolled back', async () => {
    const { subscription } = await subscribed(tokenA);
    const pending = await report();
    const decided = await report();
    const dismissed = await gql(
      url,
      'mutation ($id: ID!) { dismissViolation(id: $id, note: "证据不足") { id } }',
      { id: decided },
      { token: tokenB },
    );
    expect(dismissed.errors).toBeUndefined();
    await subscription.next(
      (event) =>
        event.moderationQueueChanged.violationId === decided && event.moderationQueueChanged.kind === 'DECIDED',
    );
    // All or nothing: the pending one is updated inside the transaction, then the whole call refused.
    const refused = await gql(
      url,
      'mutation ($input: DismissViolationsInput!) { dismissViolations(input: $input) { id } }',
      { input: { ids: [pending, decided], note: '重复举报' } },
      { token: tokenB },
    );
    expect(refusalOf(refused)).toEqual({ code: 'INVALID_TRANSITION', reason: 'ALREADY_DECIDED' });
    if (realDatabaseUrl && database.url) {
      // A NOTIFY in a transaction that rolls back is never delivered; the next committed one is.
      const sql = postgres(database.url, { max: 1, onnotice: () => {} });
      await sql
        .begin(async (tx) => {
          await tx`select pg_notify('moderation_queue', ${JSON.stringify({ kind: 'DECIDED', violationId: pending, claimedById: null, at: new Date().toISOString() })})`;
          throw new Error('roll back');
        })
        .catch(() => {});
      await sql.end();
    }
    const marker = await report();
    await subscription.next((event) => event.moderationQueueChanged.violationId === marker);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const aboutPending = subscription.events.filter(
      (event) =>
        event.moderationQueueChanged.violationId === pending && event.moderationQueueChanged.kind !== 'REPORTED',
    );
    expect(aboutPending).toEqual([]);
    const state = await gql<{ violation: { status: string } }>(
      url,
      'query ($id: ID!) { violation(id: $id) { status } }',
      { id: pending },
      { token: tokenA },
    );
    expect(state.data?.violation.status).toBe('PENDING');
    subscription.stop();
  });

  it('refuses the signed out, publishers and analysts with the contract codes', async () => {
    const signedOut = open({});
    await signedOut.connected;
    expect((await signedOut.subscribe(QUEUE).refused())[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_SIGNED_IN',
    });
    const badToken = open({ token: 'not-a-session' });
    expect((await badToken.subscribe(QUEUE).refused())[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const publisher = open({ token: tokenPublisher });
    expect((await publisher.subscribe(QUEUE).refused())[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE',
    });
    const analyst = open({ token: tokenAnalyst });
    expect((await analyst.subscribe(QUEUE).refused())[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ends a subscription whose session ended, at its next event', async () => {
    const token = await signIn(url, 'moderator2@example.com');
    const { subscription } = await subscribed(token);
    const before = await report();
    await subscription.next((event) => event.moderationQueueChanged.violationId === before);
    const out = await gql(url, 'mutation { logout }', {}, { token });
    expect(out.errors).toBeUndefined();
    const after = await report();
    expect((await subscription.refused())[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_SIGNED_IN',
    });
    expect(subscription.events.some((event) => event.moderationQueueChanged.violationId === after)).toBe(false);
  });

  it('signs the socket in with the session cookie, and refuses another site’s page', async () => {
    const viaCookie = open({ cookie: `oap_session=${tokenA}` });
    const subscription = viaCookie.subscribe<QueueEvent>(QUEUE);
    await viaCookie.connected;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await report();
    await subscription.next((event) => event.moderationQueueChanged.violationId === id);
    subscription.stop();

    const crossSite = await upgradeStatus(url, { cookie: `oap_session=${tokenA}`, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE' });
    const fetchSite = await upgradeStatus(url, { cookie: `oap_session=${tokenA}`, 'sec-fetch-site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    const sameOrigin = await upgradeStatus(url, { cookie: `oap_session=${tokenA}`, origin: url });
    expect(sameOrigin.status).toBe(101);
    // Only /graphql upgrades.
    const elsewhere = await upgradeStatus(url, { cookie: `oap_session=${tokenA}` }, '/live');
    expect(elsewhere.status).toBe(404);
  });

  it('carries subscriptions only, at most 10 per socket, under the HTTP limits', async () => {
    const client = open({ token: tokenA });
    await client.connected;
    const query = client.subscribe('{ viewer { email } }');
    expect((await query.refused())[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'NOT_A_SUBSCRIPTION' });
    const mutation = client.subscribe('mutation { logout }');
    expect((await mutation.refused())[0]?.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'NOT_A_SUBSCRIPTION',
    });
    // Still signed in: the mutation did not run.
    expect((await gql(url, '{ viewer { email } }', {}, { token: tokenA })).data).toEqual({
      viewer: { email: 'moderator@example.com' },
    });

    const deep = client.subscribe(
      'subscription { moderationQueueChanged { violation { account { subject { accounts { subject { accounts { subject { accounts { subject { accounts { id } } } } } } } } } } } }',
    );
    expect((await deep.refused())[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_DEEP',
    });
    const unstorable = client.subscribe(QUEUE, { note: 'a\u0000b' });
    expect((await unstorable.refused())[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSTORABLE_TEXT',
    });
    const unknown = client.subscribe('subscription { nothingHere }');
    expect((await unknown.refused())[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });

    const running = Array.from({ length: 10 }, () => client.subscribe<QueueEvent>(QUEUE));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running.every((each) => each.errors === null)).toBe(true);
    const eleventh = client.subscribe(QUEUE);
    expect((await eleventh.refused())[0]?.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'TOO_MANY_SUBSCRIPTIONS',
      limit: 10,
    });
    // Stopping one frees its place.
    running[0]?.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = client.subscribe<QueueEvent>(QUEUE);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await report();
    await again.next((event) => event.moderationQueueChanged.violationId === id);
    expect(again.errors).toBeNull();
  });

  it('refuses a subscription sent over HTTP', async () => {
    const result = await gql(url, QUEUE, {}, { token: tokenA });
    expect(result.status).toBe(400);
    expect(refusalOf(result)).toEqual({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTION_OVER_HTTP' });
  });

  it.runIf(realDatabaseUrl)('delivers a write made through another API process within a second', async () => {
    const second = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
    try {
      const onSecond = await subscribed(tokenA, second.url);
      const onFirst = await subscribed(tokenA);
      const started = Date.now();
      const id = await report(url);
      await onSecond.subscription.next(
        (event) => event.moderationQueueChanged.violationId === id && event.moderationQueueChanged.kind === 'REPORTED',
      );
      expect(Date.now() - started).toBeLessThan(1000);
      await onFirst.subscription.next((event) => event.moderationQueueChanged.violationId === id);
      // And the other way round: a claim through the second process reaches the first.
      const claim = await gql(
        second.url,
        'mutation ($id: ID!) { claimViolation(id: $id) { id } }',
        { id },
        { token: tokenB },
      );
      expect(claim.errors).toBeUndefined();
      await onFirst.subscription.next(
        (event) => event.moderationQueueChanged.violationId === id && event.moderationQueueChanged.kind === 'CLAIMED',
      );
      // Shutting the second process down closes its sockets as "going away" (1001), and it exits 0.
      const exit = await second.stop();
      expect(await onSecond.client.closed).toBe(1001);
      expect(exit).toBe(0);
    } finally {
      await second.stop().catch(() => {});
    }
  });

  it('closes live sockets on shutdown and exits cleanly', async () => {
    const { client } = await subscribed(tokenA);
    const exit = await server.stop();
    expect(await client.closed).toBe(1001);
    expect(exit).toBe(0);
  });
});
