/** The rule editor's arithmetic (rule-units.ts): yuan ↔ cents, days, ladders, lists. */
import { describe, expect, it } from 'vitest';
import {
  centsToYuan,
  editorFrom,
  formatRuleValue,
  parseDayList,
  parseWhole,
  type RuleEditorState,
  type RuleValueWords,
  ruleValueFrom,
  yuanToCents,
} from './rule-units';

const blank = (patch: Partial<RuleEditorState> = {}): RuleEditorState => ({
  text: '',
  flag: false,
  steps: [],
  operations: 'ALL',
  moment: null,
  ...patch,
});

describe('yuan and cents', () => {
  it('reads yuan as typed, in whole cents, with no floating-point drift', () => {
    expect(yuanToCents('30')).toBe(3000);
    expect(yuanToCents('30.5')).toBe(3050);
    expect(yuanToCents('30.05')).toBe(3005);
    expect(yuanToCents('0.01')).toBe(1);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(yuanToCents('0.29')).toBe(29);
    expect(yuanToCents('¥45')).toBe(4500);
    expect(yuanToCents(' 1,200.10 元 ')).toBe(120010);
  });

  it('refuses what is not an amount of yuan down to the fen', () => {
    for (const text of ['', '-5', '30.005', 'abc', '3e3', '30.', '.5', '1/2'])
      expect(yuanToCents(text), text).toBeNull();
  });

  it('shows cents as yuan with two decimals', () => {
    expect(centsToYuan(3000)).toBe('30.00');
    expect(centsToYuan(5)).toBe('0.05');
    expect(centsToYuan(120010)).toBe('1200.10');
    expect(yuanToCents(centsToYuan(987654))).toBe(987654);
  });
});

describe('whole numbers and day lists', () => {
  it('reads whole numbers, with separators, and nothing else', () => {
    expect(parseWhole('30')).toBe(30);
    expect(parseWhole('1,000')).toBe(1000);
    expect(parseWhole(' 7 ')).toBe(7);
    for (const text of ['', '1.5', '-1', '七', '1e3', '9007199254740993']) expect(parseWhole(text), text).toBeNull();
  });

  it('reads lists of days in the separators people use', () => {
    expect(parseDayList('30, 7, 1')).toEqual([30, 7, 1]);
    expect(parseDayList('30、7，1')).toEqual([30, 7, 1]);
    expect(parseDayList('30 x')).toBeNull();
    expect(parseDayList('  ')).toBeNull();
  });
});

describe('ruleValueFrom', () => {
  it('gives the stored value of each unit', () => {
    expect(ruleValueFrom('CNY_CENTS', blank({ text: '45.5' }))).toEqual({ ok: true, value: 4550 });
    expect(ruleValueFrom('DAYS', blank({ text: '365' }))).toEqual({ ok: true, value: 365 });
    expect(ruleValueFrom('BOOLEAN', blank({ flag: true }))).toEqual({ ok: true, value: true });
    expect(
      ruleValueFrom(
        'BAN_LADDER',
        blank({
          steps: [
            { days: '7', permanent: false },
            { days: '15', permanent: false },
            { days: '', permanent: true },
          ],
        }),
      ),
    ).toEqual({ ok: true, value: [7, 15, null] });
    expect(ruleValueFrom('DAY_LIST', blank({ text: '30, 7' }))).toEqual({ ok: true, value: [30, 7] });
    expect(ruleValueFrom('WORD_LIST', blank({ text: '微信\n\n 腾讯 \n' }))).toEqual({
      ok: true,
      value: ['微信', '腾讯'],
    });
    expect(ruleValueFrom('CORRECTION_OPERATIONS', blank({ operations: 'REPLACE_ONLY' }))).toEqual({
      ok: true,
      value: ['REPLACE'],
    });
    expect(ruleValueFrom('DATE_TIME', blank({ moment: new Date('2027-01-01T00:00:00Z') }))).toEqual({
      ok: true,
      value: '2027-01-01T00:00:00.000Z',
    });
    expect(ruleValueFrom('JSON', blank({ text: '{"a":1}' }))).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says why what was typed cannot be read', () => {
    expect(ruleValueFrom('CNY_CENTS', blank({ text: '30.123' }))).toEqual({ ok: false, problem: 'NOT_YUAN' });
    expect(ruleValueFrom('MINUTES', blank({ text: '' }))).toEqual({ ok: false, problem: 'EMPTY' });
    expect(ruleValueFrom('MINUTES', blank({ text: '1.5' }))).toEqual({ ok: false, problem: 'NOT_WHOLE' });
    expect(ruleValueFrom('BAN_LADDER', blank())).toEqual({ ok: false, problem: 'NO_STEPS' });
    expect(
      ruleValueFrom(
        'BAN_LADDER',
        blank({
          steps: [
            { days: '7', permanent: false },
            { days: 'x', permanent: false },
          ],
        }),
      ),
    ).toEqual({ ok: false, problem: 'STEP_NOT_WHOLE', step: 2 });
    expect(ruleValueFrom('JSON', blank({ text: '{three' }))).toEqual({ ok: false, problem: 'NOT_JSON' });
  });

  it('round-trips the value in force through the editor', () => {
    const cases: Array<[Parameters<typeof editorFrom>[0], unknown]> = [
      ['CNY_CENTS', 3000],
      ['COUNT', 2],
      ['BAN_LADDER', [7, 15, 30, null]],
      ['DAY_LIST', [30, 7, 1]],
      ['PATTERN_LIST', ['小程序$', '^微信']],
      ['CORRECTION_OPERATIONS', ['INSERT', 'DELETE', 'REPLACE']],
      ['CORRECTION_OPERATIONS', ['REPLACE']],
      ['BOOLEAN', true],
      ['DATE_TIME', '2019-12-31T16:00:00.000Z'],
    ];
    for (const [unit, value] of cases) {
      expect(ruleValueFrom(unit, editorFrom(unit, value)), unit).toEqual({ ok: true, value });
    }
    expect(editorFrom('CNY_CENTS', 3000).text).toBe('30.00');
  });
});

describe('formatRuleValue', () => {
  const words: RuleValueWords = {
    withUnit: (unit, amount) => (unit === 'DAYS' ? `${amount} 天` : String(amount)),
    yuan: (text) => `${text} 元`,
    permanent: '永久',
    yes: '是',
    no: '否',
    replaceOnly: '仅替换',
    allOperations: '增、删、改',
    none: '无',
    listSeparator: '、',
    moment: (iso) => iso.slice(0, 10),
  };

  it('shows values in their units', () => {
    expect(formatRuleValue('CNY_CENTS', 3000, words)).toBe('30.00 元');
    expect(formatRuleValue('BAN_LADDER', [7, 15, 30, null], words)).toBe('7 天 → 15 天 → 30 天 → 永久');
    expect(formatRuleValue('COUNT', 1, words)).toBe('1');
    expect(formatRuleValue('BOOLEAN', false, words)).toBe('否');
    expect(formatRuleValue('WORD_LIST', [], words)).toBe('无');
    expect(formatRuleValue('DAY_LIST', [30, 7], words)).toBe('30 天、7 天');
    expect(formatRuleValue('JSON', { a: 1 }, words)).toBe('{"a":1}');
  });
});
