import { describe, expect, it } from 'vitest';
import { LOCALES, localeFromAcceptLanguage } from '../../common/locale';
import {
  englishOrdinal,
  formatChinaDate,
  formatChinaDateTime,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationParamsByKind,
  renderNotification,
  VIOLATION_TYPE_NAMES,
} from './notification-messages';

/** One example of every kind's params, as the services write them (plus the account's name). */
const EXAMPLES: { [K in NotificationKind]: NotificationParamsByKind[K] } = {
  WELCOME: {},
  PENALTY: {
    violationType: 'LIKE_FARMING',
    ordinal: 2,
    permanent: false,
    days: 15,
    endsAt: '2026-12-10T16:30:00.000Z',
    appealDays: 15,
  },
  PENALTY_LIFTED: { liftedAt: '2026-12-03T02:05:00.000Z', reason: '申诉材料属实', cause: 'APPEAL' },
  VIOLATION_OVERTURNED: { violationType: 'INDUCED_SHARING', reason: '误判' },
  APPEAL_DECIDED: { granted: true, reason: '证据不足' },
  CLAIM_TAKEN_OVER: { by: '王五', violationType: 'FALSE_ORIGINAL' },
  ARTICLE_BLOCKED: { articleTitle: '春季健身指南', reason: '诱导分享' },
  REPRINT_REQUESTED: { requesterName: '跑步日报', articleTitle: '春季健身指南', note: '注明出处' },
  REPRINT_GRANTED: { articleTitle: '春季健身指南', reason: null },
  REPRINT_DECLINED: { articleTitle: '春季健身指南', reason: '仅限合作媒体' },
  CERTIFICATION_REJECTED: { reason: '材料不清晰' },
  CERTIFICATION_APPROVED: {
    namingPassed: true,
    nickname: '运动健身官方',
    expiresAt: '2027-12-02T16:00:00.000Z',
    suggestedNickname: null,
  },
  CERTIFICATION_INVITED: { perYear: 2 },
  CERTIFICATION_EXPIRING: {
    thresholdDays: 30,
    certificationNumber: 'WXRZ-2026-000012',
    expiresAt: '2027-01-05T00:00:00.000Z',
  },
  OPERATOR_ADDED: {},
  OPERATOR_REMOVED: {},
  LEGACY: { title: '旧通知', body: '旧的正文' },
};

const RAW_ENUM = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LEFTOVER = /\{[a-zA-Z]+\}|\$\{|undefined|null|NaN|\[object/;
const HAN = /\p{Script=Han}/u;

describe('renderNotification', () => {
  it('knows every kind it lists, and the examples cover them all', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  for (const kind of NOTIFICATION_KINDS) {
    for (const locale of LOCALES) {
      it(`${kind} renders in ${locale} with the account named and nothing left raw`, () => {
        const rendered = renderNotification(kind, { ...EXAMPLES[kind], accountName: '运动健身' }, locale);
        for (const part of [rendered.title, rendered.message]) {
          expect(part.length).toBeGreaterThan(0);
          expect(part).not.toMatch(RAW_ENUM);
          expect(part).not.toMatch(ISO_INSTANT);
          expect(part).not.toMatch(LEFTOVER);
        }
        if (kind !== 'WELCOME' && kind !== 'LEGACY') expect(rendered.message).toContain('“运动健身”');
        if (locale === 'en' && kind !== 'LEGACY') {
          // English text: Chinese only inside the values (names, titles, reasons), never the frame.
          const frame = rendered.message.replace(/“[^”]*”|: [^.]*$/g, '').replace(/WXRZ-\S+/g, '');
          const values = Object.values(EXAMPLES[kind]).filter((value) => typeof value === 'string') as string[];
          const stripped = values.reduce((left, value) => left.split(value).join(''), frame);
          expect(stripped).not.toMatch(HAN);
          expect(rendered.title.replace(/“[^”]*”/g, '')).not.toMatch(HAN);
        }
        if (locale === 'zh-CN' && kind !== 'LEGACY') expect(rendered.message).toMatch(HAN);
      });

      it(`${kind} renders in ${locale} even with no params at all`, () => {
        const rendered = renderNotification(kind, {}, locale);
        expect(`${rendered.title}${rendered.message}`).not.toMatch(LEFTOVER);
        expect(rendered.message).not.toMatch(RAW_ENUM);
      });
    }
  }

  it('writes a ban in China time with the violation type translated', () => {
    const params = { ...EXAMPLES.PENALTY, accountName: '运动健身' };
    expect(renderNotification('PENALTY', params, 'zh-CN')).toEqual({
      title: '账号“运动健身”已被封禁 15 天',
      message: '因第 2 次集赞违规，账号“运动健身”封禁至 2026年12月11日 00:30（北京时间）。如有异议，可在 15 天内申诉。',
    });
    expect(renderNotification('PENALTY', params, 'en')).toEqual({
      title: '“运动健身” is banned for 15 days',
      message:
        'For its 2nd like farming violation, “运动健身” is banned until 11 Dec 2026, 00:30 (China time). If you disagree, you may appeal within 15 days.',
    });
    const permanent = { ...params, ordinal: 4, permanent: true, days: null, endsAt: null };
    expect(renderNotification('PENALTY', permanent, 'zh-CN').title).toBe('账号“运动健身”已被永久封禁');
    expect(renderNotification('PENALTY', permanent, 'en').message).toContain('4th like farming violation');
  });

  it('names “your account” when the name is unknown, and shows legacy text as stored', () => {
    expect(renderNotification('PENALTY_LIFTED', { cause: 'MANUAL' }, 'en').title).toBe(
      'The ban on your account is lifted',
    );
    expect(renderNotification('NO_SUCH_KIND', { title: '标题', body: '正文' }, 'en')).toEqual({
      title: '标题',
      message: '正文',
    });
  });

  it('translates every violation type', () => {
    for (const type of VIOLATION_TYPE_NAMES) {
      for (const locale of LOCALES) {
        const { message } = renderNotification('CLAIM_TAKEN_OVER', { violationType: type, by: 'A' }, locale);
        expect(message).not.toContain(type);
      }
    }
  });
});

describe('China-time formatting', () => {
  it('moves an instant to UTC+8, across a day and a year boundary', () => {
    expect(formatChinaDateTime('2026-12-31T16:00:00Z', 'zh-CN')).toBe('2027年1月1日 00:00（北京时间）');
    expect(formatChinaDateTime('2026-12-31T16:00:00Z', 'en')).toBe('1 Jan 2027, 00:00 (China time)');
    expect(formatChinaDate('2026-02-28T15:59:00Z', 'zh-CN')).toBe('2026年2月28日');
    expect(formatChinaDate('2026-02-28T16:00:00Z', 'en')).toBe('1 Mar 2026');
    expect(formatChinaDate('not a date', 'en')).toBe('an unknown date');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('localeFromAcceptLanguage', () => {
  it('takes the best of our two languages, Chinese by default', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en')).toBe('en');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('zh-CN')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR, en;q=0.5, zh;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('zh;q=0.1, en;q=0.2')).toBe('en');
    expect(localeFromAcceptLanguage('de, fr')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('en;q=0, zh-TW')).toBe('zh-CN');
  });
});
