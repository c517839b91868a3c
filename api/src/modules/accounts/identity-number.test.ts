import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  checkIdCardNumber,
  creditCodeCheckCharacter,
  idCardCheckCharacter,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
} from './identity-number';

describe('ID card numbers', () => {
  it('accepts the standard example and a number ending in X', () => {
    expect(checkIdCardNumber('11010519491231002X')).toBeNull();
    expect(checkIdCardNumber('110101199003077512')).toBeNull();
  });

  it('refuses a wrong check digit, a wrong length, letters and impossible birth dates', () => {
    expect(checkIdCardNumber('110105194912310021')).toMatch(/check digit/);
    expect(checkIdCardNumber('11010519491231002')).toMatch(/17 digits/);
    expect(checkIdCardNumber('11010519491231002Y')).toMatch(/17 digits/);
    const feb30 = `11010519900230123`;
    expect(checkIdCardNumber(feb30 + idCardCheckCharacter(feb30))).toMatch(/birth date/);
  });

  it('any single-digit change is caught by the check digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '110101199003077512';
        if (position >= 6 && position < 14) return; // the birth date may become invalid first
        const digits = valid.split('');
        digits[position] = String((Number(digits[position]) + delta) % 10);
        expect(checkIdCardNumber(digits.join(''))).not.toBeNull();
      }),
    );
  });
});

describe('unified social credit codes', () => {
  it('accepts real-format codes and refuses a wrong check character or alphabet', () => {
    expect(checkCreditCode('91350100M000100Y43')).toBeNull();
    expect(checkCreditCode('91350100M000100Y44')).toMatch(/check character/);
    expect(checkCreditCode('91350100M000100I43')).toMatch(/capital letters/);
    const body = '12100000400012345';
    expect(checkCreditCode(body + creditCodeCheckCharacter(body))).toBeNull();
  });
});

describe('masking', () => {
  it('keeps the first and last four characters of an identity number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('1101**********1234');
    expect(maskIdNumber('123')).toBe('***');
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('normalises spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});
