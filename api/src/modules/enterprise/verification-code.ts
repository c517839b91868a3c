import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Follow verification codes: 6 digits from the system's CSPRNG, stored as HMAC-SHA256 under a
 * server secret (config `VERIFICATION_CODE_SECRET`) and the follow's id.
 *
 * Why HMAC and not scrypt: a code has only a million values, so any hash computed from the row
 * alone — scrypt's salt is in the row — can be reversed from a copy of the database by trying them
 * all (about 8 CPU-hours at scrypt's password cost, minutes on a few machines: within a code's
 * life). A keyed hash whose key is not in the database cannot be tried at all; and it costs
 * microseconds, so ten replies queued on one follow's row lock do not each hold it for a scrypt.
 * The follow's id in the message keeps one follow's hash from matching another's.
 */

export const CODE_PATTERN = /^\d{6}$/;

/** A fresh code, uniformly 000000–999999. */
export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Used when no secret is configured: one key per process (codes do not outlive a restart). */
const processKey = randomBytes(32);

export function codeKey(secret: string | undefined): Buffer {
  return secret ? Buffer.from(secret, 'utf8') : processKey;
}

export function hashCode(key: Buffer, followId: string, code: string): string {
  return createHmac('sha256', key).update(`${followId}:${code}`).digest('hex');
}

/** Compares in constant time (the stored hash is never compared byte by byte with a short exit). */
export function codeMatches(key: Buffer, followId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashCode(key, followId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
