import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * What a new password must be (issue 13, after NIST SP 800-63B §3.1.1.2): long enough, and not one
 * a guesser tries first. No rules on character classes: they make passwords harder to remember,
 * not to guess.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it costs nothing extra. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * The 49,000 most common passwords of zxcvbn-ts's shipped list (from leaked password sets), read
 * once; compared case-insensitively, so "Qwerty123456" is as common as "qwerty123456".
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

export type PasswordProblem =
  | { reason: 'TOO_SHORT'; message: string; limit: number }
  | { reason: 'TOO_LONG'; message: string; limit: number }
  | { reason: 'COMMON_PASSWORD'; message: string };

/** Characters as a person counts them (an emoji is one). */
const lengthOf = (text: string) => [...text].length;

/**
 * Why a password may not be used, or null when it may. `email` is the user's: the address (or
 * its name part) is the first thing someone who knows the user would try.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      reason: 'TOO_SHORT',
      message: `A password must be at least ${PASSWORD_MIN_LENGTH} characters; a few words make a good one.`,
      limit: PASSWORD_MIN_LENGTH,
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      reason: 'TOO_LONG',
      message: `A password must be at most ${PASSWORD_MAX_LENGTH} characters.`,
      limit: PASSWORD_MAX_LENGTH,
    };
  }
  const folded = password.trim().toLowerCase();
  const local = email?.trim().toLowerCase().split('@')[0];
  if (
    commonPasswords().has(folded) ||
    folded === email?.trim().toLowerCase() ||
    (local !== undefined && local.length > 0 && folded === local) ||
    new Set(folded).size === 1
  ) {
    return {
      reason: 'COMMON_PASSWORD',
      message: 'This password is among the most common ones (or is your email); choose one nobody would guess.',
    };
  }
  return null;
}
