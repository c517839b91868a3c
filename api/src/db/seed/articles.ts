import { eq, inArray } from 'drizzle-orm';
import { measureCorrection } from '../../modules/articles/edit-distance';
import type { Executor } from '../client';
import {
  type AccountRow,
  articleCorrections,
  articleReprintWhitelist,
  articles,
  type ReprintPolicyName,
} from '../schema';
import { random } from './random';

const TOPICS = ['城市', '读书', '美食', '旅行', '健康', '科技', '职场', '亲子', '摄影', '历史', '运动', '理财'];
const OPENINGS = [
  '最近很多读者在后台留言，问起{t}的话题。',
  '今天想和大家聊一聊{t}。',
  '关于{t}，有几个常见的误区需要澄清。',
  '这个周末，我们走访了几位{t}领域的朋友。',
];
const SENTENCES = [
  '我们整理了过去一年的经验，希望对你有所帮助。',
  '第一点，要有耐心，慢慢来反而更快。',
  '第二点，不要盲目跟风，适合自己的才是最好的。',
  '很多人忽略了细节，而细节往往决定成败。',
  '数据显示，坚持三个月以上的人，效果明显更好。',
  '如果你有不同的看法，欢迎在留言区交流。',
  '本文内容仅供参考，具体情况请咨询专业人士。',
  '下周我们还会带来更多相关内容，敬请期待。',
  '感谢每一位读者的支持与陪伴。',
  '文末有往期精选文章，感兴趣的朋友可以看看。',
];
// A few articles carry like-farming and induced-sharing wording for the moderation feature.
const FARMING = [
  '转发本文到朋友圈，集满38个赞截图发给我们，即可领取精美礼品一份！',
  '点赞截图领取优惠券，转发到朋友圈还能参与抽奖。',
];

const day = 86_400_000;

/** ~300 articles in Chinese across the demo accounts: some corrected, some reprinted, some blocked. */
export async function seedArticles(
  tx: Executor,
  accountRows: AccountRow[],
  correctorId: string | undefined,
): Promise<void> {
  const rng = random(20_181_229);
  const publishers = accountRows.filter((account) => account.kind !== 'MINI_PROGRAM');
  const now = Date.now();
  type NewArticle = typeof articles.$inferInsert;
  const rows: NewArticle[] = [];
  for (let i = 0; i < 270; i += 1) {
    const account = publishers[i % publishers.length];
    if (!account) break;
    const topic = rng.pick(TOPICS);
    const parts = [rng.pick(OPENINGS).replace('{t}', topic)];
    for (let s = 0; s < rng.int(4, 9); s += 1) parts.push(rng.pick(SENTENCES));
    if (i % 23 === 5) parts.push(rng.pick(FARMING));
    const policy: ReprintPolicyName = rng.pick(['OPEN', 'OPEN', 'WHITELIST', 'CLOSED']);
    rows.push({
      accountId: account.id,
      title: `${topic}｜${rng.pick(['一份实用指南', '你需要知道的五件事', '我们的一点观察', '写给新手的建议', '本周精选'])}`,
      summary: `${topic}相关：${rng.pick(SENTENCES)}`,
      body: parts.join('\n\n'),
      author: rng.pick(['小编', '编辑部', '特约作者', '林小雨']),
      original: rng.next() < 0.7,
      reprintPolicy: policy,
      publishedAt: new Date(
        Math.max(account.createdAt.getTime(), now - 720 * day) + rng.int(1, 700) * day - rng.int(0, 86_399) * 1000,
      ),
    });
  }
  const inserted = await tx.insert(articles).values(rows).returning();

  const whitelist = inserted
    .filter((article) => article.reprintPolicy === 'WHITELIST')
    .flatMap((article) => {
      const other = publishers.find((account) => account.id !== article.accountId && rng.next() < 0.2) ?? publishers[0];
      return other && other.id !== article.accountId ? [{ articleId: article.id, accountId: other.id }] : [];
    });
  if (whitelist.length) await tx.insert(articleReprintWhitelist).values(whitelist);

  // Corrections: a typo or two fixed in about one article in eight.
  const corrections: Array<typeof articleCorrections.$inferInsert> = [];
  for (const article of inserted.filter((_, i) => i % 8 === 3)) {
    const body = article.body.replace('第一点', '首先').replace('第二点', '其次');
    const measured = measureCorrection(article.body, body, 10);
    if (!measured.withinLimit || measured.changed === 0) continue;
    corrections.push({
      articleId: article.id,
      previousBody: article.body,
      changedCharacters: measured.changed,
      limitApplied: 10,
      operations: measured.operations,
      correctedById: correctorId ?? null,
      correctedAt: new Date(article.publishedAt.getTime() + rng.int(1, 48) * 3_600_000),
    });
    await tx.update(articles).set({ body, correctionsUsed: 1 }).where(eq(articles.id, article.id));
  }
  if (corrections.length) await tx.insert(articleCorrections).values(corrections);

  // Reprints of OPEN originals by other accounts, and a few blocked articles.
  const open = inserted.filter((article) => article.reprintPolicy === 'OPEN' && article.original);
  const reprints: NewArticle[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < 30 && open.length; r += 1) {
    const source = rng.pick(open);
    const account = rng.pick(publishers);
    const key = `${source.id}|${account.id}`;
    if (account.id === source.accountId || seen.has(key)) continue;
    seen.add(key);
    reprints.push({
      accountId: account.id,
      title: source.title,
      summary: source.summary,
      body: '',
      author: source.author,
      original: false,
      reprintPolicy: 'CLOSED',
      reprintOfId: source.id,
      publishedAt: new Date(source.publishedAt.getTime() + rng.int(1, 10) * day),
    });
  }
  if (reprints.length) await tx.insert(articles).values(reprints);
  const blocked = inserted.filter((_, i) => i % 23 === 5).map((article) => article.id);
  if (blocked.length) {
    await tx
      .update(articles)
      .set({ blockedAt: new Date(now - 3 * day), blockedReason: '诱导分享、集赞内容' })
      .where(inArray(articles.id, blocked));
  }
}
