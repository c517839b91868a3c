import { describe, expect, it } from 'vitest';
import { checkRuleValue, RULE_KEY_PATTERN } from './rule-values';

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
    expect(checkRuleValue('certification.material.maxBytes', 0)).toMatch(/1 or more/);
    expect(checkRuleValue('anything.new', null)).toMatch(/empty/);
  });

  it('leaves unknown keys free-form', () => {
    expect(checkRuleValue('future.feature.flag', { on: true })).toBeNull();
  });

  it('knows a rule key when it sees one', () => {
    expect(RULE_KEY_PATTERN.test('account.quota.INDIVIDUAL')).toBe(true);
    expect(RULE_KEY_PATTERN.test('quota')).toBe(false);
    expect(RULE_KEY_PATTERN.test('Account.quota')).toBe(false);
    expect(RULE_KEY_PATTERN.test('a..b')).toBe(false);
  });
});
