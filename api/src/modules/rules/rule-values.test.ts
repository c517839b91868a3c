import { describe, expect, it } from 'vitest';
import { checkRuleValue, compilePattern, RULE_KEY_PATTERN } from './rule-values';

describe('checkRuleValue', () => {
  it('accepts the seeded shapes', () => {
    expect(checkRuleValue('article.correction.maxChangedCharacters', 10)).toBeNull();
    expect(checkRuleValue('account.quota.INDIVIDUAL', 0)).toBeNull();
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [7, 15, 30, null])).toBeNull();
    expect(checkRuleValue('certification.fee.PERSONAL_MINI_PROGRAM', 3000)).toBeNull();
  });

  it('refuses values later features could not use', () => {
    expect(checkRuleValue('account.quota.INDIVIDUAL', -1)).toMatch(/0 or more/);
    expect(checkRuleValue('account.quota.INDIVIDUAL', 1.5)).toMatch(/whole number/);
    expect(checkRuleValue('account.quota.INDIVIDUAL', '2')).toMatch(/whole number/);
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [])).toMatch(/non-empty/);
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [7, 0])).toMatch(/1 or more/);
    expect(checkRuleValue('certification.material.maxBytes', 0)).toMatch(/1024 or more/);
    expect(checkRuleValue('account.quota.INDIVIDUAL', null)).toMatch(/empty/);
  });

  it('refuses values that would break a later decision', () => {
    expect(checkRuleValue('article.correction.maxCorrections', 1e20)).not.toBeNull();
    expect(checkRuleValue('article.correction.maxCorrections', 11)).toMatch(/at most 10/);
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [1e300])).not.toBeNull();
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [7, 5000])).toMatch(/at most 3650/);
    expect(checkRuleValue('appeal.decisionWorkingDays', 2 ** 40)).toMatch(/at most 365/);
    expect(checkRuleValue('detection.likeFarming.patterns', ['(?=集赞)'])).toMatch(/RE2/);
    expect(checkRuleValue('detection.likeFarming.patterns', ['集赞', ''])).toMatch(/empty pattern/);
  });

  it('knows no key it does not read: a typo is refused, not stored', () => {
    expect(checkRuleValue('article.correction.maxChangedChars', 10)).toMatch(/not a rule/);
    expect(checkRuleValue('future.feature.flag', { on: true })).toMatch(/not a rule/);
  });

  it('matches detector patterns in linear time, even those that backtrack exponentially elsewhere', () => {
    const text = `${'a'.repeat(50_000)}!`;
    expect(compilePattern('(a+)+$').matcher(text).find()).toBe(false);
  });

  it('knows a rule key when it sees one', () => {
    expect(RULE_KEY_PATTERN.test('account.quota.INDIVIDUAL')).toBe(true);
    expect(RULE_KEY_PATTERN.test('quota')).toBe(false);
    expect(RULE_KEY_PATTERN.test('Account.quota')).toBe(false);
    expect(RULE_KEY_PATTERN.test('a..b')).toBe(false);
  });
});
