import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt with N=2^15, r=8, p=3: one of the minimum configurations of OWASP's Password Storage
 * Cheat Sheet (equivalent to N=2^17, r=8, p=1). 32 MiB per hash, as before the raise from p=1,
 * so the memory peak of simultaneous sign-ins (four hashes at once on libuv's pool) stays 128 MiB
 * instead of 512 MiB; the CPU cost is three times p=1's, about 0.25–0.4 s per hash here.
 * Hashes carry their parameters: old ones still verify, and are re-hashed at the next sign-in.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

/**
 * What a stored hash may ask for (the row could be tampered with or damaged): r ≤ 32, p ≤ 16, at
 * most 128 MiB (N·r ≤ 2^20, OWASP's N=2^17 r=8) and at most twice the work of OWASP's minimum
 * (N·r·p ≤ 2^21, about a second here), so a bad row cannot make a sign-in hang or exhaust memory.
 * Anything else verifies nothing.
 */
const MAX_R = 32;
const MAX_P = 16;
const MAX_MEMORY_BLOCKS = 2 ** 20; // N·r; scrypt uses about 128·N·r bytes
const MAX_WORK = 2 ** 21; // N·r·p
// OpenSSL counts 128·r·(N + 2 + p) bytes: 16 MiB above 128 MiB covers the rest within the caps.
const MAX_MEMORY = 128 * MAX_MEMORY_BLOCKS + 16 * 1024 * 1024;

interface Params {
  N: number;
  r: number;
  p: number;
}

interface Parsed extends Params {
  salt: Buffer;
  hash: Buffer;
}

function derive(password: string, salt: Buffer, { N, r, p }: Params, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const whole = (text: string | undefined) => (text && /^[1-9]\d{0,9}$/.test(text) ? Number(text) : null);

/** `scrypt$N$r$p$salt$hash` with parameters within the caps, or null. */
function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = [whole(parts[1]), whole(parts[2]), whole(parts[3])];
  if (N === null || r === null || p === null) return null;
  if (N > MAX_MEMORY_BLOCKS || r > MAX_R || p > MAX_P) return null;
  // scrypt's own rules: N a power of two above 1, and below 2^(16·r); then the caps as above.
  if (N < 2 || (N & (N - 1)) !== 0 || Math.log2(N) >= 16 * r) return null;
  if (N * r > MAX_MEMORY_BLOCKS || N * r * p > MAX_WORK) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const hash = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || salt.length > 64 || hash.length < 16 || hash.length > 64) return null;
  return { N, r, p, salt, hash };
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64, with the current parameters. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT_PARAMS, KEY_LENGTH);
  const { N, r, p } = SCRYPT_PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * Checks a password against a stored hash with the hash's own parameters (within the caps). A
 * hash weaker than the current parameters is followed by filler work up to them, so every check
 * costs at least what the unknown-user hash costs: until all users have signed in again (and been
 * re-hashed), a fast answer would otherwise tell which emails exist.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed, parsed.hash.length);
  const filler = fillerFor(parsed);
  if (filler) await derive(password, FILLER_SALT, filler, KEY_LENGTH);
  return timingSafeEqual(actual, parsed.hash);
}

const FILLER_SALT = Buffer.alloc(16);

/** The scrypt work that brings a check of `params` up to the current parameters' cost, if any. */
function fillerFor(params: Params): Params | null {
  if (!isWeak(params)) return null;
  const { N, r, p } = SCRYPT_PARAMS;
  // Same memory, fewer passes (the p=1 hashes of before): exactly the passes that are missing.
  if (params.N === N && params.r === r) return { N, r, p: p - params.p };
  return SCRYPT_PARAMS;
}

const isWeak = ({ N, r, p }: Params) => N < SCRYPT_PARAMS.N || r < SCRYPT_PARAMS.r || p < SCRYPT_PARAMS.p;

/**
 * Whether a stored hash should be replaced by one with the current parameters: any of N, r, p
 * below the current ones, or another key length. A hash at least as strong in every parameter is
 * kept (so two settings never undo each other), and so is an unreadable one (it verifies nothing).
 */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return parsed !== null && (isWeak(parsed) || parsed.hash.length !== KEY_LENGTH);
}

/**
 * Verified against when the email is unknown, so a wrong email takes as long as a wrong password:
 * it has the current parameters (a user's hash has them too, at the latest after a sign-in).
 */
export const UNKNOWN_USER_HASH = [
  'scrypt',
  SCRYPT_PARAMS.N,
  SCRYPT_PARAMS.r,
  SCRYPT_PARAMS.p,
  Buffer.alloc(16).toString('base64'),
  Buffer.alloc(KEY_LENGTH).toString('base64'),
].join('$');
