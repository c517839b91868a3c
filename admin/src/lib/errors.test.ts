import { afterAll, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n';
import { refusalText } from './errors';

const generic = {
  code: 'SERVICE_UNAVAILABLE',
  reason: 'DATABASE_UNREACHABLE',
  message: 'The database cannot be reached.',
};
const unconfirmed = { code: 'SERVICE_UNAVAILABLE', reason: 'COMMIT_UNCONFIRMED', message: 'It may have been saved.' };

describe('refusalText for a change that may or may not have been saved', () => {
  afterAll(async () => {
    await activateLocale('zh-CN');
  });

  it('asks to check before repeating, not "try again shortly", in Chinese and in English', async () => {
    for (const [locale, check] of [
      ['zh-CN', /确认/],
      ['en', /check before/],
    ] as const) {
      await activateLocale(locale);
      const text = refusalText(unconfirmed);
      expect(text).toMatch(check);
      expect(text).not.toBe(refusalText(generic));
      // The other reasons of the code keep the generic "try again".
      expect(refusalText(generic)).toMatch(locale === 'en' ? /try again shortly/ : /稍后再试/);
    }
  });
});
