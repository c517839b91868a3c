import { describe, expect, it } from 'vitest';
import { ruleSpecOf, ruleSpecs, SPECIFIED_RULE_KEYS } from './rule-specs';
import { checkRuleValue, KNOWN_RULE_KEYS } from './rule-values';

const WHOLE_UNITS = ['COUNT', 'CHARACTERS', 'DAYS', 'WORKING_DAYS', 'HOURS', 'MINUTES', 'BYTES', 'CNY_CENTS'];

describe('rule specs', () => {
  it('has a spec of its own for every rule the platform reads (add one in rule-specs.ts with a new key)', () => {
    const missing = KNOWN_RULE_KEYS.filter((key) => !SPECIFIED_RULE_KEYS.includes(key));
    expect(missing).toEqual([]);
    expect(SPECIFIED_RULE_KEYS.filter((key) => !KNOWN_RULE_KEYS.includes(key))).toEqual([]);
    expect(ruleSpecs().map((spec) => spec.key)).toEqual(KNOWN_RULE_KEYS);
  });

  it('knows no key it does not read', () => {
    expect(ruleSpecOf('account.quota.INDIVIDUALS')).toBeNull();
  });

  it('describes every rule in both locales', () => {
    for (const spec of ruleSpecs()) {
      expect(spec.description.zhCN, spec.key).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.description.en, spec.key).toMatch(/^[A-Z]/);
    }
  });

  it('gives the bounds the value check enforces, for every whole-number rule', () => {
    const whole = ruleSpecs().filter((spec) => WHOLE_UNITS.includes(spec.unit));
    expect(whole.length).toBeGreaterThan(20);
    for (const { key, min, max } of whole) {
      if (min === null || max === null) throw new Error(`${key}: a whole-number rule needs bounds`);
      expect(checkRuleValue(key, min), key).toBeNull();
      expect(checkRuleValue(key, max), key).toBeNull();
      expect(checkRuleValue(key, min - 1), key).not.toBeNull();
      expect(checkRuleValue(key, max + 1), key).not.toBeNull();
    }
  });

  it('gives the bounds of ladders and day lists, step by step and in length', () => {
    const ladder = ruleSpecOf('penalty.ladder.LIKE_FARMING');
    expect(ladder).toMatchObject({ unit: 'BAN_LADDER', min: 1, max: 3650, minItems: 1, maxItems: 20 });
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [3650, null])).toBeNull();
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', [3651])).not.toBeNull();
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', Array(21).fill(1))).not.toBeNull();
    expect(checkRuleValue('penalty.ladder.LIKE_FARMING', Array(20).fill(1))).toBeNull();
    const reminders = ruleSpecOf('certification.reminderDays');
    expect(reminders).toMatchObject({ unit: 'DAY_LIST', min: 1, max: 365, minItems: 1, maxItems: 20 });
    expect(checkRuleValue('certification.reminderDays', [365, 1])).toBeNull();
    expect(checkRuleValue('certification.reminderDays', [366])).not.toBeNull();
  });

  it('names fees in cents and the units people think in', () => {
    expect(ruleSpecOf('certification.fee.PERSONAL_MINI_PROGRAM')?.unit).toBe('CNY_CENTS');
    expect(ruleSpecOf('moderation.claimMinutes')?.unit).toBe('MINUTES');
    expect(ruleSpecOf('appeal.decisionWorkingDays')?.unit).toBe('WORKING_DAYS');
    expect(ruleSpecOf('article.reprint.openWithoutRequest')?.unit).toBe('BOOLEAN');
    expect(ruleSpecOf('article.correction.operations')?.options).toEqual(['INSERT', 'DELETE', 'REPLACE']);
  });
});
