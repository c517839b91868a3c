import type { Executor } from '../client';
import { accountNotes, cannedReasons, type ViolationTypeName } from '../schema';

/** A few canned reasons per violation type (the admin edits them): confirming first, then dismissing. */
const DEMO_CANNED_REASONS: Record<ViolationTypeName, string[]> = {
  LIKE_FARMING: [
    '文章以奖品诱导用户集赞，违反《运营规范》。',
    '截图证实以集赞数量兑换礼品。',
    '文中“集赞”仅为活动回顾，无诱导行为，不构成违规。',
  ],
  INDUCED_SHARING: [
    '以红包、抽奖诱导用户分享到朋友圈。',
    '要求用户转发后方可查看全文，属诱导分享。',
    '仅为正常分享提示，无利益诱导，不构成违规。',
  ],
  FALSE_ORIGINAL: [
    '内容与已发表文章高度重合，原创声明不实。',
    '未经授权转载他人作品并声明原创。',
    '经核实为作者本人首发，原创声明属实。',
  ],
  INFRINGEMENT: [
    '权利人提供了有效的权属证明，侵权成立。',
    '使用他人图片未获授权。',
    '举报材料不足以证明侵权，暂不处理。',
  ],
  OTHER: ['内容违反平台运营规范。', '举报内容与事实不符，不构成违规。', '重复举报，已在其他记录中处理。'],
};

export async function seedCannedReasons(tx: Executor, adminId: string | undefined, now = new Date()): Promise<void> {
  const rows = Object.entries(DEMO_CANNED_REASONS).flatMap(([type, texts]) =>
    texts.map((text, position) => ({
      type: type as ViolationTypeName,
      text,
      position,
      createdById: adminId ?? null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  await tx.insert(cannedReasons).values(rows);
}

/**
 * A moderator's note on one of the publisher's accounts: staff read it, the publisher (its
 * operator) must not — the access-policy walk meets it on every path.
 */
export async function seedAccountNotes(
  tx: Executor,
  moderatorId: string | undefined,
  accountId: string | undefined,
  now = new Date(),
): Promise<void> {
  if (!accountId) return;
  await tx.insert(accountNotes).values({
    accountId,
    authorId: moderatorId ?? null,
    text: '运营者曾两次以集赞换礼，已口头提醒；再有同类举报请从严处理。',
    at: now,
  });
}
