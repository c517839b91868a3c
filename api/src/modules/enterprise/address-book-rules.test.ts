import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDepartmentName,
  checkMemberFields,
  checkMemberId,
  columnOf,
  depthAfterMove,
  formatDepartmentPaths,
  mobileForCsv,
  normalizeEmailAddress,
  parseDepartmentPaths,
  unguardCell,
} from './address-book-rules';
import { normalizeMobile } from './contact';

describe('department names', () => {
  it('trims, and refuses empty, long and forbidden characters', () => {
    expect(checkDepartmentName('  研发部 ')).toEqual({ name: '研发部' });
    expect(checkDepartmentName('   ')).toMatchObject({ reason: 'REQUIRED' });
    expect(checkDepartmentName('部'.repeat(64))).toEqual({ name: '部'.repeat(64) });
    expect(checkDepartmentName('部'.repeat(65))).toMatchObject({ reason: 'TOO_LONG' });
    for (const c of ['\\', ':', '*', '?', '"', '<', '>', '|'])
      expect(checkDepartmentName(`研发${c}部`)).toMatchObject({ reason: 'INVALID_FORMAT', field: 'name' });
  });
});

describe('member ids', () => {
  it('takes 1–64 of [0-9A-Za-z_-@.]', () => {
    expect(checkMemberId(' zhang.san@corp-1_x ')).toEqual({ memberId: 'zhang.san@corp-1_x' });
    expect(checkMemberId('')).toMatchObject({ reason: 'REQUIRED' });
    expect(checkMemberId('a'.repeat(65))).toMatchObject({ reason: 'TOO_LONG' });
    expect(checkMemberId('张三')).toMatchObject({ reason: 'INVALID_FORMAT' });
    expect(checkMemberId('a b')).toMatchObject({ reason: 'INVALID_FORMAT' });
  });
});

describe('mobiles', () => {
  it('stores a Chinese mobile with 86, however it is written', () => {
    for (const written of [
      '13800138000',
      '+86 138-0013-8000',
      '86 13800138000',
      '0086 138 0013 8000',
      '(+86) 138.0013.8000',
    ])
      expect(normalizeMobile(written)).toBe('8613800138000');
  });
  it('takes another country’s number only with its + code', () => {
    expect(normalizeMobile('+44 7911 123456')).toBe('447911123456');
    expect(normalizeMobile('7911123456')).toBeNull();
  });
  it('refuses what is not a mobile', () => {
    for (const written of ['12800138000', '1380013800', '138001380001', '+86 010 1234 5678', 'abc', '+', ''])
      expect(normalizeMobile(written)).toBeNull();
  });
  it('exports what it re-imports to the same number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const stored = normalizeMobile(mobile) as string;
        expect(normalizeMobile(mobileForCsv(stored))).toBe(stored);
      }),
    );
    expect(normalizeMobile(mobileForCsv('447911123456'))).toBe('447911123456');
  });
});

describe('emails and member fields', () => {
  it('lower-cases and checks the shape of an email', () => {
    expect(normalizeEmailAddress(' Zhang@Example.COM ')).toBe('zhang@example.com');
    expect(normalizeEmailAddress('zhang@')).toBeNull();
    expect(normalizeEmailAddress('not an email')).toBeNull();
  });
  it('requires id and name when adding, clears optional fields with an empty string when updating', () => {
    expect(checkMemberFields({ name: '张三' }, true)).toMatchObject({ field: 'memberId', reason: 'REQUIRED' });
    expect(checkMemberFields({ memberId: 'zs' }, true)).toMatchObject({ field: 'name', reason: 'REQUIRED' });
    expect(checkMemberFields({ mobile: '', email: '', position: '' }, false)).toEqual({
      mobile: null,
      email: null,
      position: null,
    });
    expect(checkMemberFields({ memberId: 'zs', name: '张三', mobile: '123' }, true)).toMatchObject({
      field: 'mobile',
      reason: 'INVALID_FORMAT',
    });
  });
});

describe('moves and CSV cells', () => {
  it('computes the depth a moved subtree reaches', () => {
    // A level-3 department whose subtree reaches level 5, moved under a level-12 one: 13..15.
    expect(depthAfterMove(3, 5, 12)).toBe(15);
    expect(depthAfterMove(3, 5, 13)).toBe(16);
    expect(depthAfterMove(2, 2, 0)).toBe(1);
  });
  it('reads header names in English or Chinese', () => {
    expect(columnOf('memberId')).toBe('memberId');
    expect(columnOf(' MEMBERID ')).toBe('memberId');
    expect(columnOf('部门')).toBe('departments');
    expect(columnOf('手机')).toBe('mobile');
    expect(columnOf('phone')).toBeNull();
  });
  it('parses department paths with escaped separators, and formats them back', () => {
    expect(parseDepartmentPaths('研发部/后端; 市场部 ;;')).toEqual([['研发部', '后端'], ['市场部']]);
    expect(parseDepartmentPaths('A\\/B/C\\;D')).toEqual([['A/B', 'C;D']]);
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc
              .stringMatching(/^[a-z/;部门 ]*[a-z部门][a-z/;部门 ]*$/)
              .map((s) => s.trim())
              .filter(Boolean),
            { minLength: 1, maxLength: 4 },
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (paths) => {
          const clean = paths.map((names) => names.map((name) => name.trim()));
          expect(parseDepartmentPaths(formatDepartmentPaths(clean))).toEqual(clean);
        },
      ),
    );
  });
  it('takes off the export’s CSV-injection quote', () => {
    expect(unguardCell("'-abc")).toBe('-abc');
    expect(unguardCell("'=1+1")).toBe('=1+1');
    expect(unguardCell("'abc")).toBe("'abc");
  });
});
