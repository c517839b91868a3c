import type { Locale } from '../../common/locale';

/**
 * Notifications are stored as a kind and typed params (what happened, with which values), and
 * rendered into the reader's language when read: times in China time, enum values translated, the
 * account named. Pure: no I/O, no clock.
 */

export const VIOLATION_TYPE_NAMES = ['LIKE_FARMING', 'INDUCED_SHARING', 'FALSE_ORIGINAL', 'INFRINGEMENT', 'OTHER'];

/** Why a ban ended early: a moderator lifted it, its violation was overturned, an appeal was granted. */
export type LiftCause = 'MANUAL' | 'OVERTURN' | 'APPEAL';

/** The params of each kind, as written. Every kind also carries `accountName` (see NotificationParams). */
export interface NotificationParamsByKind {
  WELCOME: Record<string, never>;
  PENALTY: {
    violationType: string;
    ordinal: number;
    permanent: boolean;
    days: number | null;
    /** ISO instant; null when permanent. */
    endsAt: string | null;
    appealDays: number | null;
  };
  PENALTY_LIFTED: { liftedAt: string; reason: string; cause: LiftCause };
  VIOLATION_OVERTURNED: { violationType: string | null; reason: string };
  APPEAL_DECIDED: { granted: boolean; reason: string };
  CLAIM_TAKEN_OVER: { by: string | null; violationType: string };
  ARTICLE_BLOCKED: { articleTitle: string; reason: string };
  REPRINT_REQUESTED: { requesterName: string; articleTitle: string; note: string | null };
  REPRINT_GRANTED: { articleTitle: string; reason: string | null };
  REPRINT_DECLINED: { articleTitle: string; reason: string | null };
  CERTIFICATION_REJECTED: { reason: string };
  CERTIFICATION_APPROVED: {
    namingPassed: boolean;
    nickname: string;
    expiresAt: string | null;
    suggestedNickname: string | null;
  };
  CERTIFICATION_INVITED: { perYear: number };
  CERTIFICATION_EXPIRING: { thresholdDays: number; certificationNumber: string | null; expiresAt: string };
  OPERATOR_ADDED: Record<string, never>;
  OPERATOR_REMOVED: Record<string, never>;
  /** A notification stored before notifications were structured, whose text could not be parsed. */
  LEGACY: { title: string; body: string };
}

export type NotificationKind = keyof NotificationParamsByKind;

/** Every kind, for the schema's description and for tests that walk them all. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'WELCOME',
  'PENALTY',
  'PENALTY_LIFTED',
  'VIOLATION_OVERTURNED',
  'APPEAL_DECIDED',
  'CLAIM_TAKEN_OVER',
  'ARTICLE_BLOCKED',
  'REPRINT_REQUESTED',
  'REPRINT_GRANTED',
  'REPRINT_DECLINED',
  'CERTIFICATION_REJECTED',
  'CERTIFICATION_APPROVED',
  'CERTIFICATION_INVITED',
  'CERTIFICATION_EXPIRING',
  'OPERATOR_ADDED',
  'OPERATOR_REMOVED',
  'LEGACY',
];

/** What a service sends: one kind with its params (the account's name is added when stored). */
export type NotificationMessage = {
  [K in NotificationKind]: { kind: K; params: NotificationParamsByKind[K] };
}[NotificationKind];

export interface RenderedNotification {
  title: string;
  message: string;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment as China sees it (UTC+8, no daylight saving): fields read with getUTC*. */
function chinaParts(iso: unknown): Date | null {
  if (typeof iso !== 'string' && !(iso instanceof Date)) return null;
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? null : new Date(time + CHINA_OFFSET_MS);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A calendar date in China: 2027年1月5日 / 5 Jan 2027. */
export function formatChinaDate(iso: unknown, locale: Locale): string {
  const at = chinaParts(iso);
  if (!at) return locale === 'en' ? 'an unknown date' : '未知日期';
  return locale === 'en'
    ? `${at.getUTCDate()} ${EN_MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`
    : `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日`;
}

/** A moment in China time, said so: 2027年1月5日 08:00（北京时间）/ 5 Jan 2027, 08:00 (China time). */
export function formatChinaDateTime(iso: unknown, locale: Locale): string {
  const at = chinaParts(iso);
  if (!at) return formatChinaDate(iso, locale);
  const clock = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  return locale === 'en'
    ? `${formatChinaDate(iso, locale)}, ${clock} (China time)`
    : `${formatChinaDate(iso, locale)} ${clock}（北京时间）`;
}

const VIOLATION_TYPE_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    LIKE_FARMING: '集赞',
    INDUCED_SHARING: '诱导分享',
    FALSE_ORIGINAL: '虚假原创',
    INFRINGEMENT: '侵权',
    OTHER: '其他',
  },
  en: {
    LIKE_FARMING: 'like farming',
    INDUCED_SHARING: 'induced sharing',
    FALSE_ORIGINAL: 'false originality',
    INFRINGEMENT: 'infringement',
    OTHER: 'other',
  },
};

/** A violation type's name in the reader's language (never the enum value). */
export function violationTypeLabel(type: unknown, locale: Locale): string {
  const label = typeof type === 'string' ? VIOLATION_TYPE_LABELS[locale][type] : undefined;
  return label ?? VIOLATION_TYPE_LABELS[locale].OTHER ?? '';
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function englishOrdinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

type Params = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The account named in the reader's language: “运动健身” / “运动健身”, or a generic word when unknown. */
function accountOf(params: Params, locale: Locale, fallback: { zh: string; en: string }): string {
  const name = text(params.accountName);
  if (name) return `“${name}”`;
  return locale === 'en' ? fallback.en : fallback.zh;
}

const YOUR = { zh: '你的账号', en: 'your account' };
const THE = { zh: '该账号', en: 'the account' };

/** A sentence ending "Reason: …" when there is one. */
function reasonClause(reason: unknown, locale: Locale, zhLabel = '原因', enLabel = 'Reason'): string {
  const value = text(reason);
  if (!value) return '';
  return locale === 'en' ? ` ${enLabel}: ${value}` : `${zhLabel}：${value}`;
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

type Renderer = (params: Params, locale: Locale) => RenderedNotification;

const RENDERERS: Record<NotificationKind, Renderer> = {
  WELCOME: (_params, locale) =>
    locale === 'en'
      ? {
          title: 'Welcome to the Official Accounts Platform',
          message:
            'Please follow the platform’s operating rules: no induced sharing and no like farming. Violations are banned by count: 7 days, 15 days, 30 days, then permanently.',
        }
      : {
          title: '欢迎使用公众平台',
          message: '请遵守平台运营规范：不得诱导分享、集赞。违规将按次数封禁：7 天、15 天、30 天，直至永久封号。',
        },

  PENALTY: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const type = violationTypeLabel(params.violationType, locale);
    const ordinal = int(params.ordinal);
    const days = int(params.days);
    const permanent = params.permanent === true;
    const appealDays = int(params.appealDays);
    if (locale === 'en') {
      const title = permanent
        ? `${capitalise(account)} is banned permanently`
        : `${capitalise(account)} is banned${days !== null ? ` for ${days} day${days === 1 ? '' : 's'}` : ''}`;
      const offence = ordinal !== null ? `its ${englishOrdinal(ordinal)} ${type} violation` : `a ${type} violation`;
      const until = permanent ? 'permanently' : `until ${formatChinaDateTime(params.endsAt, locale)}`;
      const appeal =
        appealDays !== null ? ` If you disagree, you may appeal within ${appealDays} days.` : ' You may appeal.';
      return { title, message: `For ${offence}, ${account} is banned ${until}.${appeal}` };
    }
    const title = permanent
      ? `账号${account}已被永久封禁`
      : `账号${account}已被封禁${days !== null ? ` ${days} 天` : ''}`;
    const offence = ordinal !== null ? `第 ${ordinal} 次${type}违规` : `${type}违规`;
    const until = permanent ? '被永久封禁' : `封禁至 ${formatChinaDateTime(params.endsAt, locale)}`;
    const appeal = appealDays !== null ? `如有异议，可在 ${appealDays} 天内申诉。` : '如有异议，可以申诉。';
    return { title, message: `因${offence}，账号${account}${until}。${appeal}` };
  },

  PENALTY_LIFTED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const at = formatChinaDateTime(params.liftedAt, locale);
    const cause = params.cause;
    if (locale === 'en') {
      const why =
        cause === 'APPEAL'
          ? ' after a granted appeal'
          : cause === 'OVERTURN'
            ? ' because its violation was overturned'
            : '';
      return {
        title: `The ban on ${account} is lifted`,
        message: `The ban on ${account} was lifted at ${at}${why}.${reasonClause(params.reason, locale)}`,
      };
    }
    const why = cause === 'APPEAL' ? '（申诉成功）' : cause === 'OVERTURN' ? '（违规记录已撤销）' : '';
    return {
      title: `账号${account}的封禁已解除`,
      message: `账号${account}的封禁已于 ${at} 解除${why}。${reasonClause(params.reason, locale)}`,
    };
  },

  VIOLATION_OVERTURNED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const type = params.violationType ? violationTypeLabel(params.violationType, locale) : null;
    if (locale === 'en')
      return {
        title: 'A violation record was overturned',
        message: `The platform overturned ${type ? `a ${type} violation` : 'a violation'} of ${account}: it no longer counts towards penalties.${reasonClause(params.reason, locale)}`,
      };
    return {
      title: '违规记录已撤销',
      message: `平台已撤销账号${account}的一次${type ? `${type}` : ''}违规记录，它不再计入处罚次数。${reasonClause(params.reason, locale)}`,
    };
  },

  APPEAL_DECIDED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const granted = params.granted === true;
    if (locale === 'en')
      return {
        title: granted ? 'Appeal granted' : 'Appeal rejected',
        message: `Your appeal against the ban on ${account} was ${granted ? 'granted: the ban is lifted' : 'rejected'}.${reasonClause(params.reason, locale, '理由', 'Grounds')}`,
      };
    return {
      title: granted ? '申诉成功' : '申诉未通过',
      message: `你对账号${account}封禁的申诉${granted ? '已通过，封禁已解除' : '未通过'}。${reasonClause(params.reason, locale, '理由', 'Grounds')}`,
    };
  },

  CLAIM_TAKEN_OVER: (params, locale) => {
    const account = accountOf(params, locale, THE);
    const by = text(params.by);
    const type = violationTypeLabel(params.violationType, locale);
    if (locale === 'en')
      return {
        title: 'A violation you claimed was taken over',
        message: `${by || 'Another moderator'} took over the ${type} violation of ${account} that you had claimed; your claim has ended.`,
      };
    return {
      title: '你认领的违规已被接手',
      message: `${by || '另一位审核员'} 接手了你认领的账号${account}的${type}违规，你的认领已失效。`,
    };
  },

  ARTICLE_BLOCKED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const title = text(params.articleTitle);
    const reason = text(params.reason);
    if (locale === 'en')
      return {
        title: 'An article was blocked',
        message: `The article “${title}” of ${account} was blocked${reason ? ` for “${reason}”` : ''}: readers can no longer see it.`,
      };
    return {
      title: '文章已被屏蔽',
      message: `账号${account}的文章《${title}》${reason ? `因“${reason}”` : ''}被屏蔽，读者将无法查看。`,
    };
  },

  REPRINT_REQUESTED: (params, locale) => {
    const requester = text(params.requesterName);
    const title = text(params.articleTitle);
    const note = text(params.note);
    const account = accountOf(params, locale, YOUR);
    if (locale === 'en')
      return {
        title: 'Reprint request',
        message: `“${requester}” asks to reprint the article “${title}” of ${account}${note ? `: ${note}` : '.'}`,
      };
    return {
      title: '转载申请',
      message: `“${requester}”申请转载账号${account}的文章《${title}》${note ? `：${note}` : '。'}`,
    };
  },

  REPRINT_GRANTED: (params, locale) => {
    const title = text(params.articleTitle);
    const reason = text(params.reason);
    const account = accountOf(params, locale, YOUR);
    if (locale === 'en')
      return {
        title: 'Reprint request granted',
        message: `The author agreed that ${account} may reprint the article “${title}” once${reason ? `: ${reason}` : '.'}`,
      };
    return {
      title: '转载申请已通过',
      message: `作者同意账号${account}转载文章《${title}》，可转载一次${reason ? `：${reason}` : '。'}`,
    };
  },

  REPRINT_DECLINED: (params, locale) => {
    const title = text(params.articleTitle);
    const reason = text(params.reason);
    const account = accountOf(params, locale, YOUR);
    if (locale === 'en')
      return {
        title: 'Reprint request declined',
        message: `The author declined ${account}’s request to reprint the article “${title}”${reason ? `: ${reason}` : '.'}`,
      };
    return {
      title: '转载申请未通过',
      message: `作者拒绝账号${account}转载文章《${title}》${reason ? `：${reason}` : '。'}`,
    };
  },

  CERTIFICATION_REJECTED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const reason = text(params.reason);
    if (locale === 'en')
      return {
        title: 'Certification rejected',
        message: `The certification of ${account} was rejected${reason ? `: ${reason}` : ''}. Certification fees are not refunded.`,
      };
    return {
      title: '认证未通过',
      message: `账号${account}的认证未通过${reason ? `：${reason}` : ''}。认证费用概不退还。`,
    };
  },

  CERTIFICATION_APPROVED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const nickname = text(params.nickname);
    const suggested = text(params.suggestedNickname);
    const expires = params.expiresAt ? formatChinaDate(params.expiresAt, locale) : null;
    if (params.namingPassed === false) {
      if (locale === 'en')
        return {
          title: 'Qualification certified, name not approved',
          message: `${capitalise(account)} is certified, but the name “${nickname}” breaks the naming rules: the old name stays and no badge is shown.${suggested ? ` Suggested name: ${suggested}.` : ''}`,
        };
      return {
        title: '资质认证通过，命名未通过',
        message: `账号${account}资质已认证，但昵称“${nickname}”不符合命名规则，保留原名称、不显示认证标识。${suggested ? `建议名称：${suggested}。` : ''}`,
      };
    }
    if (locale === 'en')
      return {
        title: 'Certification approved',
        message: `The certification of ${account} was approved and its name is now “${nickname}”.${expires ? ` Valid until ${expires}.` : ''}`,
      };
    return {
      title: '认证成功',
      message: `账号${account}的认证已通过，名称已更新为“${nickname}”。${expires ? `有效期至 ${expires}。` : ''}`,
    };
  },

  CERTIFICATION_INVITED: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const perYear = int(params.perYear);
    if (locale === 'en')
      return {
        title: 'Invitation to personal certification',
        message: `${capitalise(account)} is invited to personal certification: apply on the certification page (free${perYear !== null ? `, at most ${perYear} times a year` : ''}).`,
      };
    return {
      title: '个人认证邀请',
      message: `账号${account}已收到个人认证邀请，可在认证页面申请（免费${perYear !== null ? `，每年至多 ${perYear} 次` : ''}）。`,
    };
  },

  CERTIFICATION_EXPIRING: (params, locale) => {
    const account = accountOf(params, locale, YOUR);
    const days = int(params.thresholdDays);
    const number = text(params.certificationNumber);
    const expires = formatChinaDate(params.expiresAt, locale);
    if (locale === 'en')
      return {
        title: days !== null ? `Certification expires within ${days} days` : 'Certification expires soon',
        message: `The certification${number ? ` ${number}` : ''} of ${account} expires on ${expires}: complete the annual review in time.`,
      };
    return {
      title: days !== null ? `认证将于 ${days} 天内到期` : '认证即将到期',
      message: `账号${account}的认证${number ? ` ${number} ` : ''}将于 ${expires} 到期，请及时完成年审。`,
    };
  },

  OPERATOR_ADDED: (params, locale) => {
    const account = accountOf(params, locale, THE);
    if (locale === 'en')
      return {
        title: 'You are now an operator',
        message: `You were added as an operator of ${account}: you can now publish and manage articles for it.`,
      };
    return {
      title: '你已成为账号运营者',
      message: `你已被添加为账号${account}的运营者，现在可以代表该账号发布与管理文章。`,
    };
  },

  OPERATOR_REMOVED: (params, locale) => {
    const account = accountOf(params, locale, THE);
    if (locale === 'en')
      return {
        title: 'You are no longer an operator',
        message: `You were removed as an operator of ${account} and can no longer act for it.`,
      };
    return {
      title: '你已不再是账号运营者',
      message: `你已被移出账号${account}的运营者，不能再代表该账号操作。`,
    };
  },

  // Old text is shown as it was stored (Chinese): nothing in it can be translated reliably.
  LEGACY: (params) => ({ title: text(params.title), message: text(params.body) }),
};

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(RENDERERS, kind);
}

/** A stored notification in the reader's language; an unknown kind shows its params' text, if any. */
export function renderNotification(kind: string, params: unknown, locale: Locale): RenderedNotification {
  const values = params && typeof params === 'object' && !Array.isArray(params) ? (params as Params) : {};
  const render = isNotificationKind(kind) ? RENDERERS[kind] : RENDERERS.LEGACY;
  return render(values, locale);
}
