import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Every message's key path, e.g. moderation.confirm.title. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe('messages', () => {
  const keys = keysOf(zhCN);

  it('has the same keys in every language', () => {
    expect(keys.length).toBeGreaterThan(500);
    expect(keysOf(en).sort()).toEqual([...keys].sort());
  });

  // vue-i18n reads { } @ $ | as syntax; an unescaped one throws only when its page first shows it.
  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('compiles every %s message', (locale, messages) => {
    const i18n = createI18n({ legacy: false, locale, messages: { [locale]: messages }, missingWarn: false });
    const failures: string[] = [];
    for (const key of keys) {
      try {
        const text = i18n.global.t(key, { count: 2, n: 2, name: 'x', value: 'x' });
        if (typeof text !== 'string' || text === key) failures.push(key);
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
