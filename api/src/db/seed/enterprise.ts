import { randomBytes } from 'node:crypto';
import type { Executor } from '../client';
import {
  accountOperators,
  accounts,
  certifications,
  type DepartmentRow,
  deliveries,
  departments,
  directoryScopeDepartments,
  directoryScopes,
  enterpriseAppDepartments,
  enterpriseApps,
  enterpriseSettings,
  type FollowEventKindName,
  type FollowMethodName,
  type FollowStatusName,
  followEvents,
  follows,
  memberDepartments,
  members,
  subjects,
} from '../schema';
import { creditCode } from './accounts';
import { random } from './random';

const DAY = 86_400_000;
const MINUTE = 60_000;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** Departments as [name, parent name or null]; parents first. */
type Tree = Array<[string, string | null]>;

const XINGHE_TREE: Tree = [
  ['研发中心', null],
  ['市场部', null],
  ['人力资源部', null],
  ['后端组', '研发中心'],
  ['前端组', '研发中心'],
  ['移动端小组', '前端组'],
];
const XIAOYU_TREE: Tree = [
  ['编辑部', null],
  ['运营部', null],
];

const PEOPLE = [
  '王伟',
  '李娜',
  '张敏',
  '刘洋',
  '陈静',
  '杨磊',
  '黄丽',
  '赵强',
  '吴芳',
  '周杰',
  '徐涛',
  '孙超',
  '马明',
  '朱娟',
  '胡勇',
  '郭军',
  '何秀英',
  '高晓东',
  '林海燕',
  '罗斌',
  '梁晨',
  '宋雪',
  '郑凯',
  '谢婷',
  '韩冰',
  '唐宁',
  '冯雷',
  '于佳',
  '董航',
  '萧然',
  '程远',
  '曹琳',
  '袁野',
  '邓佳',
  '许诺',
  '傅瑶',
  '沈星',
  '曾毅',
  '彭悦',
  '吕航',
  '苏青',
  '蒋涵',
];
const PINYIN = [
  'wangwei',
  'lina',
  'zhangmin',
  'liuyang',
  'chenjing',
  'yanglei',
  'huangli',
  'zhaoqiang',
  'wufang',
  'zhoujie',
  'xutao',
  'sunchao',
  'maming',
  'zhujuan',
  'huyong',
  'guojun',
  'hexiuying',
  'gaoxiaodong',
  'linhaiyan',
  'luobin',
  'liangchen',
  'songxue',
  'zhengkai',
  'xieting',
  'hanbing',
  'tangning',
  'fenglei',
  'yujia',
  'donghang',
  'xiaoran',
  'chengyuan',
  'caolin',
  'yuanye',
  'dengjia',
  'xunuo',
  'fuyao',
  'shenxing',
  'zengyi',
  'pengyue',
  'lvhang',
  'suqing',
  'jianghan',
];
const POSITIONS = [
  '工程师',
  '高级工程师',
  '产品经理',
  '设计师',
  '市场专员',
  '人事专员',
  '编辑',
  '运营',
  '主管',
  '经理',
];

/**
 * Enterprise accounts (seed 003) for the demo: one certified (member scale 500) and one not (cap
 * 50), both run by the demo publisher as system administrator, with departments, about 40 members,
 * follows in every state and their verification log, two apps, a few outbox messages, and the
 * second publisher as a hierarchical administrator (VIEW over 市场部).
 */
export async function seedEnterprise(tx: Executor, users: Record<string, string>): Promise<void> {
  const now = Date.now();
  const rng = random(3003);
  const publisherId = users.publisher ?? null;
  const [xingheSubject, xiaoyuSubject] = await tx
    .insert(subjects)
    .values([
      {
        kind: 'ENTERPRISE',
        name: '星河科技（杭州）有限公司',
        idNumber: creditCode(rng, '91'),
        contactName: '沈星',
        contactPhone: '0571-86001234',
        createdAt: new Date('2016-04-01T02:00:00Z'),
      },
      {
        kind: 'ENTERPRISE',
        name: '小雨文化传媒（杭州）有限公司',
        idNumber: creditCode(rng, '91'),
        contactName: '林小雨',
        contactPhone: '0571-86005678',
        createdAt: new Date('2019-06-01T02:00:00Z'),
      },
    ])
    .returning();
  if (!xingheSubject || !xiaoyuSubject) return;
  const [xinghe, xiaoyu] = await tx
    .insert(accounts)
    .values([
      {
        subjectId: xingheSubject.id,
        kind: 'ENTERPRISE',
        name: '星河科技企业号',
        intro: '星河科技的员工服务：通讯录、报销与代码评审',
        originalId: `gh_${hex(6)}`,
        appId: `wx${hex(8)}`,
        followerCount: 24,
        createdAt: new Date('2016-05-01T02:00:00Z'),
      },
      {
        subjectId: xiaoyuSubject.id,
        kind: 'ENTERPRISE',
        name: '小雨文化企业号',
        intro: '小雨文化内部沟通',
        originalId: `gh_${hex(6)}`,
        appId: `wx${hex(8)}`,
        followerCount: 5,
        createdAt: new Date('2019-07-01T02:00:00Z'),
      },
    ])
    .returning();
  if (!xinghe || !xiaoyu) return;
  if (publisherId) {
    await tx.insert(accountOperators).values([
      { accountId: xinghe.id, userId: publisherId, addedAt: xinghe.createdAt },
      { accountId: xiaoyu.id, userId: publisherId, addedAt: xiaoyu.createdAt },
    ]);
  }
  // 星河科技 is certified with a member scale of 500 (its cap); 小雨文化 is not (the rule's 50).
  await tx.insert(certifications).values({
    accountId: xinghe.id,
    kind: 'ENTERPRISE',
    status: 'APPROVED',
    nickname: xinghe.name,
    feeCents: 30000,
    startedAt: new Date(now - 100 * DAY),
    termsAcceptedAt: new Date(now - 100 * DAY),
    informationAt: new Date(now - 100 * DAY),
    invoiceTitle: xingheSubject.name,
    invoiceAt: new Date(now - 100 * DAY),
    paidAt: new Date(now - 100 * DAY),
    dispatchedAt: new Date(now - 100 * DAY),
    reviewerId: users.reviewer ?? null,
    reviewCallAt: new Date(now - 99 * DAY),
    identityConfirmed: true,
    recordingPlayed: true,
    decidedAt: new Date(now - 98 * DAY),
    qualification: 'PASSED',
    naming: 'PASSED',
    approvedAt: new Date(now - 98 * DAY),
    expiresAt: new Date(now + 267 * DAY),
    badge: '认证',
    previousAccountName: xinghe.name,
    certificationNumber: `WXRZ-${new Date(now - 98 * DAY).getUTCFullYear()}-900001`,
    memberScale: 500,
  });

  const plant = async (accountId: string, tree: Tree): Promise<Map<string, DepartmentRow>> => {
    const made = new Map<string, DepartmentRow>();
    for (const [position, [name, parentName]] of tree.entries()) {
      const parent = parentName ? made.get(parentName) : undefined;
      const id = crypto.randomUUID();
      const [row] = await tx
        .insert(departments)
        .values({
          id,
          accountId,
          parentId: parent?.id ?? null,
          name,
          path: `${parent?.path ?? ''}${id}/`,
          depth: (parent?.depth ?? 0) + 1,
          position,
          createdAt: new Date(now - 300 * DAY),
        })
        .returning();
      if (row) made.set(name, row);
    }
    return made;
  };
  const xingheDepartments = await plant(xinghe.id, XINGHE_TREE);
  const xiaoyuDepartments = await plant(xiaoyu.id, XIAOYU_TREE);

  // 30 members for 星河科技 across its departments (one in two), 12 for 小雨文化.
  const place = async (accountId: string, from: number, to: number, homes: DepartmentRow[], domain: string) => {
    const rows = [];
    for (let i = from; i < to; i += 1) {
      const name = PEOPLE[i] ?? `成员${i}`;
      const login = PINYIN[i] ?? `member${i}`;
      rows.push({
        accountId,
        memberId: login,
        name,
        mobile: `86139${String(10_000_000 + i * 7919).slice(-8)}`,
        email: i % 3 === 0 ? null : `${login}@${domain}`,
        wechatId: i % 4 === 0 ? `wx_${login}` : null,
        position: POSITIONS[i % POSITIONS.length] ?? null,
        createdAt: new Date(now - (200 - i) * DAY),
        updatedAt: new Date(now - (200 - i) * DAY),
      });
    }
    const inserted = await tx.insert(members).values(rows).returning();
    await tx.insert(memberDepartments).values(
      inserted.flatMap((member, i) => {
        const home = homes[i % homes.length];
        // One in seven members is in a second department too.
        const second = i % 7 === 0 ? homes[(i + 1) % homes.length] : undefined;
        return [home, second]
          .filter((d): d is DepartmentRow => d !== undefined)
          .filter((d, index, all) => all.findIndex((other) => other.id === d.id) === index)
          .map((department) => ({ memberId: member.id, departmentId: department.id }));
      }),
    );
    return inserted;
  };
  const xingheMembers = await place(xinghe.id, 0, 30, [...xingheDepartments.values()], 'xinghe-tech.cn');
  const xiaoyuMembers = await place(xiaoyu.id, 30, 42, [...xiaoyuDepartments.values()], 'xiaoyu-culture.cn');

  await tx.insert(enterpriseSettings).values([
    {
      accountId: xinghe.id,
      twoStepVerification: true,
      failureMessage: '身份验证未通过，请联系人力资源部（分机 8001）核对通讯录信息。',
      updatedById: publisherId,
      updatedAt: new Date(now - 90 * DAY),
    },
  ]);

  // Follows in every state, with their verification log.
  const follow = async (
    accountId: string,
    wechatId: string,
    status: FollowStatusName,
    memberId: string | null,
    method: FollowMethodName | null,
    minutesAgo: number,
    log: Array<[FollowEventKindName, string | null]>,
    extra: Partial<typeof follows.$inferInsert> = {},
  ) => {
    const followedAt = new Date(now - minutesAgo * MINUTE);
    const verified = status === 'FOLLOWED' || status === 'AWAITING_APPROVAL';
    const [row] = await tx
      .insert(follows)
      .values({
        accountId,
        wechatId,
        memberId,
        status,
        method,
        followedAt,
        verifiedAt: verified ? new Date(followedAt.getTime() + MINUTE) : null,
        approvedAt:
          status === 'FOLLOWED' && accountId === xinghe.id ? new Date(followedAt.getTime() + 30 * MINUTE) : null,
        approvedById: status === 'FOLLOWED' && accountId === xinghe.id ? publisherId : null,
        updatedAt: followedAt,
        ...extra,
      })
      .returning();
    if (!row) return;
    await tx.insert(followEvents).values(
      log.map(([kind, detail], i) => ({
        followId: row.id,
        accountId,
        kind,
        detail,
        at: new Date(followedAt.getTime() + i * MINUTE),
      })),
    );
  };
  const m = (list: typeof xingheMembers, i: number) => list[i];
  for (const [i, member] of xingheMembers.slice(0, 20).entries()) {
    if (i % 4 !== 0 || !member.wechatId) continue;
    await follow(xinghe.id, member.wechatId, 'FOLLOWED', member.id, 'WECHAT_ID', 60 * 24 * (60 - i), [
      ['FOLLOWED', null],
      ['MATCHED', '微信号'],
      ['VERIFIED', null],
      ['APPROVED', publisherId ? '运营者 Publisher' : null],
    ]);
  }
  const byMobile = m(xingheMembers, 1);
  if (byMobile) {
    await follow(xinghe.id, 'wxid_h7k2m9', 'FOLLOWED', byMobile.id, 'BOUND_MOBILE', 60 * 24 * 20, [
      ['FOLLOWED', null],
      ['MATCHED', '绑定手机'],
      ['VERIFIED', null],
      ['APPROVED', '运营者 Publisher'],
    ]);
  }
  for (const [n, i] of [2, 3].entries()) {
    const member = m(xingheMembers, i);
    if (!member) continue;
    await follow(
      xinghe.id,
      `wxid_wait${n + 1}`,
      'AWAITING_APPROVAL',
      member.id,
      n === 0 ? 'BOUND_MOBILE' : 'CODE',
      90 - n * 30,
      n === 0
        ? [
            ['FOLLOWED', null],
            ['MATCHED', '绑定手机'],
            ['VERIFIED', '等待管理员审批（二次验证）'],
          ]
        : [
            ['FOLLOWED', null],
            ['NOT_MATCHED', null],
            ['CODE_SENT', `短信 ${member.mobile?.slice(2, 5)}****${member.mobile?.slice(-4)}`],
            ['WRONG_CODE', '还可尝试 4 次'],
            ['VERIFIED', '等待管理员审批（二次验证）'],
          ],
    );
  }
  const awaitingCode = m(xingheMembers, 5);
  if (awaitingCode?.mobile) {
    // The code went out by SMS (the outbox shows it); it is hashed here like any code, so the demo
    // cannot verify it — a new one can be asked for.
    await follow(
      xinghe.id,
      'wxid_code01',
      'AWAITING_CODE',
      null,
      null,
      5,
      [
        ['FOLLOWED', null],
        ['NOT_MATCHED', null],
        ['CODE_SENT', `短信 ${awaitingCode.mobile.slice(2, 5)}****${awaitingCode.mobile.slice(-4)}`],
      ],
      {
        contact: awaitingCode.mobile,
        codeHash: hex(32),
        codeExpiresAt: new Date(now + 5 * MINUTE),
        countersDay: new Date(now + 8 * 3_600_000).toISOString().slice(0, 10),
        codesSent: 1,
      },
    );
    await tx.insert(deliveries).values({
      channel: 'SMS',
      to: awaitingCode.mobile,
      body: '【星河科技企业号】您的身份验证码为 ******，10 分钟内有效。',
      accountId: xinghe.id,
      sentAt: new Date(now - 4 * MINUTE),
    });
  }
  await follow(xinghe.id, 'wxid_stranger', 'UNVERIFIED', null, null, 30, [
    ['FOLLOWED', null],
    ['NOT_MATCHED', null],
    ['CONTACT_UNKNOWN', '13700001111'],
  ]);
  await follow(xinghe.id, 'wxid_newcomer', 'UNVERIFIED', null, null, 2, [
    ['FOLLOWED', null],
    ['NOT_MATCHED', null],
  ]);
  for (const [i, member] of xiaoyuMembers.slice(0, 4).entries()) {
    await follow(xiaoyu.id, `wxid_xy${i}`, 'FOLLOWED', member.id, 'BOUND_MOBILE', 60 * 24 * (30 - i), [
      ['FOLLOWED', null],
      ['MATCHED', '绑定手机'],
      ['VERIFIED', null],
    ]);
  }
  await follow(xiaoyu.id, 'wxid_xy_unknown', 'UNVERIFIED', null, null, 15, [
    ['FOLLOWED', null],
    ['NOT_MATCHED', null],
  ]);
  const emailed = m(xingheMembers, 4);
  if (emailed?.email) {
    await tx.insert(deliveries).values({
      channel: 'EMAIL',
      to: emailed.email,
      body: '【星河科技企业号】您的身份验证码为 ******，10 分钟内有效。',
      accountId: xinghe.id,
      sentAt: new Date(now - 2 * DAY),
    });
  }

  // Apps: 报销 for every top department (so everyone), 代码评审 for 研发中心 and its subtree.
  const top = [...xingheDepartments.values()].filter((d) => d.parentId === null);
  const research = xingheDepartments.get('研发中心');
  const [expenses, review] = await tx
    .insert(enterpriseApps)
    .values([
      { accountId: xinghe.id, name: '报销', createdAt: new Date(now - 200 * DAY) },
      { accountId: xinghe.id, name: '代码评审', createdAt: new Date(now - 150 * DAY) },
    ])
    .returning();
  if (expenses && review && research) {
    await tx
      .insert(enterpriseAppDepartments)
      .values([
        ...top.map((d) => ({ appId: expenses.id, departmentId: d.id })),
        { appId: review.id, departmentId: research.id },
      ]);
  }

  // The second publisher is a hierarchical administrator: VIEW over 市场部.
  const marketing = xingheDepartments.get('市场部');
  if (users.publisher2 && marketing) {
    await tx.insert(directoryScopes).values({
      accountId: xinghe.id,
      userId: users.publisher2,
      permission: 'VIEW',
      grantedById: publisherId,
      grantedAt: new Date(now - 30 * DAY),
    });
    await tx
      .insert(directoryScopeDepartments)
      .values({ accountId: xinghe.id, userId: users.publisher2, departmentId: marketing.id });
  }
}
