import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('refuses fewer than 12 characters, counted as a person counts them', () => {
    expect(passwordProblem('short-pass1')?.reason).toBe('TOO_SHORT');
    expect(passwordProblem('short-pass1')).toMatchObject({ limit: PASSWORD_MIN_LENGTH });
    // 11 emoji are 22 UTF-16 units but 11 characters: still too short.
    expect(passwordProblem('🐼'.repeat(11))?.reason).toBe('TOO_SHORT');
    expect(passwordProblem('熊猫竹子熊猫竹子熊猫竹子')).toBeNull();
  });

  it('refuses a password longer than the limit', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MAX_LENGTH - 1) + 'y')).toBeNull();
    expect(passwordProblem('xy'.repeat(PASSWORD_MAX_LENGTH))?.reason).toBe('TOO_LONG');
  });

  it('refuses the common passwords of the shipped list, in any case, and one repeated character', () => {
    for (const common of ['qwerty123456', '1qaz2wsx3edc', 'QWERTY123456', ' leavemealone ', 'aaaaaaaaaaaaaa']) {
      expect(passwordProblem(common)?.reason, common).toBe('COMMON_PASSWORD');
    }
  });

  it('refuses the email, or its name part, as the password', () => {
    expect(passwordProblem('wang.xiaoming@example.com', 'Wang.Xiaoming@example.com')?.reason).toBe('COMMON_PASSWORD');
    expect(passwordProblem('wang.xiaoming', 'wang.xiaoming@example.com')?.reason).toBe('COMMON_PASSWORD');
    expect(passwordProblem('wang.xiaoming-2026', 'wang.xiaoming@example.com')).toBeNull();
  });

  it('accepts the demo password and long passphrases', () => {
    expect(passwordProblem('demo-password')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('gives a reason for every password it refuses and none for the ones it accepts (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (password) => {
        const problem = passwordProblem(password);
        const length = [...password].length;
        if (length < PASSWORD_MIN_LENGTH) expect(problem?.reason).toBe('TOO_SHORT');
        if (problem) expect(problem.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
