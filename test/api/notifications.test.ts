/**
 * Notifications over HTTP: stored structured, rendered in the reader's language (Accept-Language),
 * times in China time, enum values translated, the account named and linked; only their addressee
 * reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = { admin: '', moderator: '', publisher: '', publisher2: '' };
let account = { id: '', name: '' };

interface NotificationView {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  title: string;
  message: string;
  body: string;
  targetType: string | null;
  targetId: string | null;
  readAt: string | null;
  account: { id: string; name: string } | null;
}

const INBOX = `{ notifications(first: 50) { unreadCount edges { node {
  id kind params title message body targetType targetId readAt account { id name } } } } }`;

const RAW_ENUM = /\b(LIKE_FARMING|INDUCED_SHARING|FALSE_ORIGINAL|INFRINGEMENT|PENALTY|PERMANENT|[A-Z]{2,}_[A-Z_]+)\b/;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const HAN = /\p{Script=Han}/u;
/** The seeded appeal window (rule appeal.windowDays). */
const APPEAL_DAYS = 30;

async function inbox(token: string, language?: string): Promise<NotificationView[]> {
  const result = await gql<{ notifications: { edges: Array<{ node: NotificationView }> } }>(
    url,
    INBOX,
    {},
    { token, language },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.notifications.edges.map((edge) => edge.node) ?? [];
}

/** A China-time rendering of an instant, computed here independently of the server. */
function chinaTime(iso: string): { zh: string; en: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const clock = `${parts.hour}:${parts.minute}`;
  return {
    zh: `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${clock}（北京时间）`,
    en: `${Number(parts.day)} ${months[Number(parts.month) - 1]} ${parts.year}, ${clock} (China time)`,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await signIn(url, `${role}@example.com`);
  const mine = await gql<{ accounts: { edges: Array<{ node: { id: string; name: string } }> } }>(
    url,
    '{ accounts(first: 1) { edges { node { id name } } } }',
    {},
    { token: tokens.publisher },
  );
  account = mine.data?.accounts.edges[0]?.node ?? account;
  if (!account.id) throw new Error(JSON.stringify(mine.errors));
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`notifications in the reader's language (${driverName})`, () => {
  let penaltyId = '';
  let endsAt = '';

  it('a ban reads in Chinese by default and for zh-CN: the account named, the type translated, China time', async () => {
    const report = await gql<{ reportViolation: { id: string } }>(
      url,
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId: account.id, type: 'LIKE_FARMING', source: 'MODERATOR', evidence: '集赞截图换礼品' } },
      { token: tokens.moderator },
    );
    const confirmed = await gql<{ confirmViolation: { ordinal: number; penalty: { id: string; endsAt: string } } }>(
      url,
      'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { ordinal penalty { id endsAt } } }',
      { id: report.data?.reportViolation.id },
      { token: tokens.moderator },
    );
    expect(confirmed.errors).toBeUndefined();
    penaltyId = confirmed.data?.confirmViolation.penalty.id ?? '';
    endsAt = confirmed.data?.confirmViolation.penalty.endsAt ?? '';
    const ordinal = confirmed.data?.confirmViolation.ordinal;

    for (const language of [undefined, 'zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8']) {
      const ban = (await inbox(tokens.publisher, language)).find((n) => n.kind === 'PENALTY');
      expect(ban).toBeDefined();
      if (!ban) return;
      expect(ban.title).toBe(`账号“${account.name}”已被封禁 7 天`);
      expect(ban.message).toBe(
        `因第 ${ordinal} 次集赞违规，账号“${account.name}”封禁至 ${chinaTime(endsAt).zh}。如有异议，可在 ${APPEAL_DAYS} 天内申诉。`,
      );
      expect(ban.body).toBe(ban.message);
      expect(`${ban.title}${ban.message}`).not.toMatch(RAW_ENUM);
      expect(ban.message).not.toMatch(ISO_INSTANT);
      expect(ban.account).toEqual({ id: account.id, name: account.name });
      expect(ban).toMatchObject({ targetType: 'Penalty', targetId: penaltyId });
      // The structured form, for a client that renders itself.
      expect(ban.params).toMatchObject({
        violationType: 'LIKE_FARMING',
        ordinal,
        permanent: false,
        days: 7,
        appealDays: APPEAL_DAYS,
        accountName: account.name,
      });
      expect(new Date(String(ban.params.endsAt)).toISOString()).toBe(new Date(endsAt).toISOString());
    }
  });

  it('the same ban reads in English for en, with no Chinese but the account’s name', async () => {
    for (const language of ['en', 'en-US,en;q=0.9', 'fr, en;q=0.5']) {
      const ban = (await inbox(tokens.publisher, language)).find((n) => n.kind === 'PENALTY');
      expect(ban?.title).toBe(`“${account.name}” is banned for 7 days`);
      expect(ban?.message).toContain(`“${account.name}” is banned until ${chinaTime(endsAt).en}.`);
      expect(ban?.message).toMatch(/^For its \d+(st|nd|rd|th) like farming violation, /);
      expect(ban?.message).toContain(`you may appeal within ${APPEAL_DAYS} days.`);
      const withoutName = `${ban?.title}${ban?.message}`.split(account.name).join('');
      expect(withoutName).not.toMatch(HAN);
      expect(withoutName).not.toMatch(RAW_ENUM);
      expect(withoutName).not.toMatch(ISO_INSTANT);
    }
    // The seeded welcome has no account, and reads in English too.
    const welcome = (await inbox(tokens.publisher, 'en')).find((n) => n.kind === 'WELCOME');
    expect(welcome).toMatchObject({ title: 'Welcome to the Official Accounts Platform', account: null });
    expect(welcome?.message).not.toMatch(HAN);
  });

  it('a lifted ban says why in the reader’s language, never the English of the audit log', async () => {
    const lifted = await gql(
      url,
      'mutation ($id: ID!) { liftPenalty(id: $id, reason: "整改到位，提前解封") { id } }',
      { id: penaltyId },
      { token: tokens.moderator },
    );
    expect(lifted.errors).toBeUndefined();
    const zh = (await inbox(tokens.publisher, 'zh-CN')).find((n) => n.kind === 'PENALTY_LIFTED');
    expect(zh?.title).toBe(`账号“${account.name}”的封禁已解除`);
    expect(zh?.message).toMatch(
      new RegExp(
        `^账号“${account.name}”的封禁已于 \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}（北京时间） 解除。原因：整改到位，提前解封$`,
      ),
    );
    expect(zh?.params).toMatchObject({ cause: 'MANUAL', reason: '整改到位，提前解封' });
    const en = (await inbox(tokens.publisher, 'en')).find((n) => n.kind === 'PENALTY_LIFTED');
    expect(en?.message).toMatch(
      /^The ban on “.+” was lifted at \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(China time\)\. Reason: /,
    );
    expect(en?.message).toContain('整改到位，提前解封');
  });

  it('only its addressee reads a notification: another operator neither lists nor marks it', async () => {
    const mine = await inbox(tokens.publisher);
    const ban = mine.find((n) => n.kind === 'PENALTY');
    expect(ban?.readAt).toBeNull();
    const theirs = await inbox(tokens.publisher2);
    expect(theirs.map((n) => n.id)).not.toContain(ban?.id);
    expect(theirs.some((n) => n.account?.id === account.id)).toBe(false);
    // Marking someone else's notification read changes nothing.
    const marked = await gql<{ markNotificationsRead: number }>(
      url,
      'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [ban?.id] },
      { token: tokens.publisher2 },
    );
    expect(marked.data?.markNotificationsRead).toBe(0);
    expect((await inbox(tokens.publisher)).find((n) => n.id === ban?.id)?.readAt).toBeNull();
    // Signed out: refused.
    expect(codeOf(await gql(url, INBOX))).toBe('UNAUTHENTICATED');
  });
});
