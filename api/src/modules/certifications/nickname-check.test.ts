import { describe, expect, it } from 'vitest';
import { checkNickname } from './nickname-check';

const rules = {
  forbiddenWords: ['中国', '微信', '腾讯', '国家级', '最'],
  genericWords: ['新闻', '天气', '读书'],
  appLikePatterns: ['app$', '客户端'],
};

describe('checkNickname', () => {
  it('passes an ordinary name', () => {
    expect(checkNickname('小雨读书会', '小雨读书会', rules)).toEqual({
      compliant: true,
      problems: [],
      suggestions: [],
    });
  });

  it('flags forbidden words and suggests the subject’s full name, and the full name with a modifier', () => {
    const advice = checkNickname('最好的微信读书', '林小雨', rules);
    expect(advice.compliant).toBe(false);
    expect(advice.problems.map((p) => [p.code, p.word])).toEqual([
      ['FORBIDDEN_WORD', '微信'],
      ['FORBIDDEN_WORD', '最'],
      ['GENERIC_WITHOUT_SUBJECT', '读书'],
    ]);
    expect(advice.suggestions).toEqual(['林小雨', '林小雨好的读书']);
  });

  it('accepts a generic word together with the subject’s full name', () => {
    expect(checkNickname('杭州云杉科技有限公司新闻', '杭州云杉科技有限公司', rules).compliant).toBe(true);
  });

  it('flags app-like names and bad lengths', () => {
    expect(checkNickname('云杉APP', '杭州云杉', rules).problems[0]).toMatchObject({
      code: 'LOOKS_LIKE_APP',
      word: 'APP',
    });
    expect(checkNickname('云', null, rules).problems[0]).toMatchObject({ code: 'LENGTH' });
    expect(checkNickname('云', null, rules).suggestions).toEqual([]);
  });
});
