import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { creditCodeCheckCharacter, idCardCheckCharacter } from '../../modules/accounts/identity-number';
import type { Executor } from '../client';
import {
  type AccountKindName,
  type AccountRow,
  accountOperators,
  accountRecords,
  accounts,
  type OrganizationCategoryName,
  quotaRequests,
  type SubjectKindName,
  subjects,
} from '../schema';
import { random } from './random';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '海燕',
];
const ENTERPRISES = [
  '杭州云杉科技有限公司',
  '深圳前海微澜网络有限公司',
  '北京青禾文化传媒有限公司',
  '上海万象餐饮管理有限公司',
  '广州南越电子商务有限公司',
  '成都蜀味食品有限公司',
  '武汉长江智造有限公司',
  '南京紫金教育咨询有限公司',
  '苏州园林旅游发展有限公司',
  '厦门鹭岛海洋科技有限公司',
  '西安古城文旅有限公司',
  '重庆山城物流有限公司',
  '青岛海风啤酒销售有限公司',
  '长沙星城影视有限公司',
];
const ORGANIZATIONS: Array<[string, OrganizationCategoryName]> = [
  ['肇庆市人民政府新闻办公室', 'GOVERNMENT'],
  ['杭州市西湖区市场监督管理局', 'GOVERNMENT'],
  ['成都市公安局交通管理局', 'GOVERNMENT'],
  ['南方日报社', 'MEDIA'],
  ['钱江晚报社', 'MEDIA'],
  ['华西都市报社', 'MEDIA'],
  ['中国科学技术馆', 'OTHER'],
  ['上海市红十字会', 'OTHER'],
];
const ACCOUNT_NAMES = [
  '每日科技早报',
  '城市美食地图',
  '读书会',
  '健康生活指南',
  '旅行笔记',
  '亲子成长记',
  '财经观察',
  '摄影课堂',
  '本地生活服务',
  '英语每日一句',
  '职场进阶',
  '宠物之家',
  '汽车评测',
  '家常菜谱',
  '电影推荐',
  '考研资料站',
  '手机数码',
  '运动健身',
  '历史故事',
  '心理学小站',
];
const REGIONS = [
  '北京市',
  '上海市',
  '广东省广州市',
  '广东省肇庆市',
  '浙江省杭州市',
  '四川省成都市',
  '湖北省武汉市',
  '江苏省南京市',
];

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function idCard(rng: ReturnType<typeof random>): string {
  const birth = `${rng.int(1960, 2002)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${rng.pick(['110101', '310104', '440103', '330106', '510104'])}${birth}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

export function creditCode(rng: ReturnType<typeof random>, prefix: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let first17 = `${prefix}${rng.pick(['110000', '310000', '440100', '330100', '510100'])}`;
  while (first17.length < 17) first17 += alphabet[rng.int(0, alphabet.length - 1)];
  return first17 + creditCodeCheckCharacter(first17);
}

const day = 86_400_000;

/**
 * ~40 subjects and ~80 accounts with Chinese names (a few name twins), record registrations in
 * several regions (some filed), quota requests at each step, and the demo publisher's own subjects
 * and accounts.
 */
export async function seedAccounts(tx: Executor, users: Record<string, string>): Promise<AccountRow[]> {
  const rng = random(20_181_116);
  const publisherId = users.publisher;
  const reviewerId = users.reviewer;
  const adminId = users.admin;
  type NewSubject = typeof subjects.$inferInsert;
  const subjectRows: NewSubject[] = [];
  const usedIds = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const id = make();
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const created = (yearFrom: number) => new Date(Date.UTC(yearFrom, 0, 1) + rng.int(0, 365 * 3) * day);

  // The demo publisher's own subjects: an individual at its quota, and an enterprise.
  subjectRows.push({
    kind: 'INDIVIDUAL',
    name: '林小雨',
    idNumber: unique(() => idCard(rng)),
    contactName: '林小雨',
    contactPhone: '13800138000',
    ownerId: publisherId,
    createdAt: new Date('2019-03-02T02:00:00Z'),
  });
  subjectRows.push({
    kind: 'ENTERPRISE',
    name: '杭州小雨文化工作室有限公司',
    idNumber: unique(() => creditCode(rng, '91')),
    contactName: '林小雨',
    contactPhone: '13800138000',
    ownerId: publisherId,
    createdAt: new Date('2019-05-20T02:00:00Z'),
  });
  for (let i = 0; i < 18; i += 1) {
    const name = `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`;
    subjectRows.push({
      kind: 'INDIVIDUAL',
      name,
      idNumber: unique(() => idCard(rng)),
      contactName: name,
      contactPhone: `1${rng.int(3, 9)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
      createdAt: created(2014),
    });
  }
  for (const name of ENTERPRISES) {
    subjectRows.push({
      kind: 'ENTERPRISE',
      name,
      idNumber: unique(() => creditCode(rng, '91')),
      contactName: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
      contactPhone: `0571-${rng.int(8000_0000, 8999_9999)}`,
      createdAt: created(2013),
    });
  }
  for (const [name, category] of ORGANIZATIONS) {
    subjectRows.push({
      kind: 'ORGANIZATION',
      organizationCategory: category,
      name,
      idNumber: unique(() => creditCode(rng, category === 'GOVERNMENT' ? '11' : '12')),
      contactName: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
      contactPhone: `020-${rng.int(8000_0000, 8999_9999)}`,
      createdAt: created(2013),
    });
  }
  const insertedSubjects = await tx.insert(subjects).values(subjectRows).returning();

  type NewAccount = typeof accounts.$inferInsert;
  const accountRows: NewAccount[] = [];
  const operatorOf: string[] = [];
  const kindsFor = (kind: SubjectKindName): AccountKindName[] =>
    kind === 'ENTERPRISE'
      ? ['SERVICE', 'SUBSCRIPTION', 'MINI_PROGRAM', 'ENTERPRISE']
      : ['SUBSCRIPTION', 'MINI_PROGRAM', 'SERVICE'];
  insertedSubjects.forEach((subject, index) => {
    const ownCount = index === 0 ? 1 : index === 1 ? 2 : subject.kind === 'INDIVIDUAL' ? rng.int(1, 2) : rng.int(2, 3);
    for (let n = 0; n < ownCount; n += 1) {
      const base =
        subject.kind === 'INDIVIDUAL'
          ? rng.pick(ACCOUNT_NAMES)
          : `${subject.name.slice(0, 4)}${rng.pick(['服务号', '资讯', '小程序', '订阅号'])}`;
      const name =
        index === 0 ? '小雨读书会' : index === 1 && n === 0 ? '小雨文化' : index === 1 ? '小雨书店小程序' : base;
      const createdAt = new Date(Math.max(subject.createdAt.getTime(), Date.UTC(2014, 0, 1)) + rng.int(1, 400) * day);
      accountRows.push({
        subjectId: subject.id,
        kind: index === 1 && n === 1 ? 'MINI_PROGRAM' : rng.pick(kindsFor(subject.kind)),
        name,
        intro: `${name}：${rng.pick(['分享有用的知识', '记录城市生活', '服务本地居民', '发布权威信息', '陪你读一本好书'])}`,
        originalId: `gh_${hex(6)}`,
        appId: `wx${hex(8)}`,
        followerCount: rng.int(50, 2_000_000),
        readCount: rng.int(1_000, 50_000_000),
        createdAt,
      });
      operatorOf.push(index <= 1 ? (publisherId ?? '') : '');
    }
  });
  // Name twins: early accounts registered without a duplicate-name rule (seed 000).
  for (const twin of ['每日科技早报', '城市美食地图', '读书会']) {
    const subject = insertedSubjects[rng.int(2, 19)];
    if (!subject) continue;
    accountRows.push({
      subjectId: subject.id,
      kind: 'SUBSCRIPTION',
      name: twin,
      intro: `${twin}（早期注册）`,
      originalId: `gh_${hex(6)}`,
      appId: `wx${hex(8)}`,
      followerCount: rng.int(50, 20_000),
      readCount: rng.int(1_000, 200_000),
      createdAt: new Date(Date.UTC(2014, 2, rng.int(1, 28))),
    });
    operatorOf.push('');
  }
  const insertedAccounts = await tx.insert(accounts).values(accountRows).returning();

  const operators = insertedAccounts
    .map((account, i) => ({ accountId: account.id, userId: operatorOf[i] ?? '', addedAt: account.createdAt }))
    .filter((row) => row.userId !== '');
  if (operators.length) await tx.insert(accountOperators).values(operators);

  const records = insertedAccounts
    .filter((_, i) => i % 5 !== 4)
    .map((account, i) => {
      const filed = i % 3 !== 2;
      const filedOn = new Date(account.createdAt.getTime() + 30 * day).toISOString().slice(0, 10);
      return {
        accountId: account.id,
        region: i === 0 ? '浙江省杭州市' : rng.pick(REGIONS),
        responsiblePerson: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
        contactPhone: `1${rng.int(3, 9)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
        filingNumber: filed ? `公众号备${filedOn.slice(0, 4)}${String(100000 + i).padStart(6, '0')}` : null,
        filedOn: filed ? filedOn : null,
        updatedAt: account.createdAt,
      };
    });
  await tx.insert(accountRecords).values(records);

  // Quota increase requests at every step.
  const now = Date.now();
  const enterprise = (i: number) => insertedSubjects[20 + i];
  const requestRows: Array<typeof quotaRequests.$inferInsert> = [];
  const request = (
    i: number,
    status: (typeof requestRows)[number]['status'],
    extra: Partial<(typeof requestRows)[number]>,
    ageDays: number,
  ) => {
    const subject = enterprise(i);
    if (!subject) return;
    requestRows.push({
      subjectId: subject.id,
      requestedQuota: 5 + i,
      reason: rng.pick([
        '业务扩展到多个城市，需要分城市运营账号',
        '集团下属品牌较多，需要独立账号',
        '新增小程序服务线上办理业务',
      ]),
      status,
      filedAt: new Date(now - ageDays * day),
      ...extra,
    });
  };
  request(0, 'AWAITING_PRELIMINARY', {}, 1);
  request(1, 'AWAITING_PRELIMINARY', {}, 3);
  request(2, 'AWAITING_PRELIMINARY', {}, 6);
  const preliminary = { preliminaryById: reviewerId, preliminaryNote: '材料齐全，主体经营正常' };
  request(3, 'AWAITING_AUTHORITY', { ...preliminary, preliminaryAt: new Date(now - 2 * day) }, 5);
  request(4, 'AWAITING_AUTHORITY', { ...preliminary, preliminaryAt: new Date(now - 8 * day) }, 12);
  request(
    5,
    'APPROVED',
    {
      ...preliminary,
      preliminaryAt: new Date(now - 20 * day),
      authorityById: adminId,
      authorityAt: new Date(now - 10 * day),
      authorityName: '杭州市互联网信息办公室',
      authorityReference: '杭网信〔2026〕88号',
      grantedQuota: 10,
    },
    30,
  );
  request(
    6,
    'REJECTED',
    { rejectedAt: new Date(now - 15 * day), rejectionReason: '申请理由不充分，现有账号尚未充分使用' },
    25,
  );
  request(
    7,
    'REJECTED',
    {
      ...preliminary,
      preliminaryAt: new Date(now - 30 * day),
      rejectedAt: new Date(now - 20 * day),
      rejectionReason: '主管部门未予批准',
    },
    40,
  );
  await tx.insert(quotaRequests).values(requestRows);
  const approved = enterprise(5);
  if (approved) {
    await tx.update(subjects).set({ grantedQuota: 10 }).where(eq(subjects.id, approved.id));
  }
  return insertedAccounts;
}
