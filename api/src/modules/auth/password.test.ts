import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, SCRYPT_PARAMS, UNKNOWN_USER_HASH, verifyPassword } from './password';

/** A hash as an earlier version (or another setting) made it: `scrypt$N$r$p$salt$hash`. */
function hashWith(password: string, N: number, r: number, p: number, keyLength = 32): string {
  const salt = Buffer.from('0123456789abcdef');
  const key = scryptSync(password, salt, keyLength, { N, r, p, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

describe('password hashing', () => {
  it('hashes with OWASP’s minimum N=2^15, r=8, p=3, and verifies only the right password', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 3 });
    const stored = await hashPassword('demo-password');
    expect(stored.startsWith('scrypt$32768$8$3$')).toBe(true);
    expect(stored).not.toContain('demo-password');
    expect(await verifyPassword('demo-password', stored)).toBe(true);
    expect(await verifyPassword('demo-passwore', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('verifies an old N=2^15, r=8, p=1 hash with its own parameters, and asks for a re-hash', async () => {
    const old = hashWith('demo-password', 2 ** 15, 8, 1);
    expect(old.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('demo-password', old)).toBe(true);
    expect(await verifyPassword('wrong', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('takes as long to check an old p=1 hash as a current one (filler up to p=3), so old users do not stand out', async () => {
    const old = hashWith('pw', 2 ** 15, 8, 1);
    const current = await hashPassword('pw');
    const time = async (stored: string) => {
      const started = process.hrtime.bigint();
      await verifyPassword('wrong', stored);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[1] ?? 0;
    const oldTimes: number[] = [];
    const currentTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      oldTimes.push(await time(old));
      currentTimes.push(await time(current));
    }
    // Without the filler the old check takes about a third of the current one.
    expect(median(oldTimes)).toBeGreaterThan(median(currentTimes) * 0.7);
  });

  it('asks for a re-hash when any parameter is below the current one, not when all are at least it', () => {
    const fake = (params: string) => `scrypt$${params}$MDEyMzQ1Njc4OWFiY2RlZg==$${Buffer.alloc(32).toString('base64')}`;
    expect(needsRehash(fake('16384$8$3'))).toBe(true);
    expect(needsRehash(fake('32768$4$3'))).toBe(true);
    expect(needsRehash(fake('32768$8$2'))).toBe(true);
    expect(needsRehash(fake('65536$8$1'))).toBe(true);
    expect(needsRehash(fake('32768$8$3'))).toBe(false);
    expect(needsRehash(fake('65536$8$3'))).toBe(false);
    expect(needsRehash(fake('32768$8$4'))).toBe(false);
    // Another key length: re-hashed to 32 bytes.
    expect(needsRehash(`scrypt$32768$8$3$MDEyMzQ1Njc4OWFiY2RlZg==$${Buffer.alloc(64).toString('base64')}`)).toBe(true);
    // Unreadable hashes verify nothing, so there is nothing to re-hash.
    expect(needsRehash('md5$abc')).toBe(false);
    expect(needsRehash(fake('1073741824$8$1'))).toBe(false);
  });

  it('verifies a hash at the memory cap (OWASP’s N=2^17, r=8, p=1: 128 MiB)', async () => {
    const strong = hashWith('pw', 2 ** 17, 8, 1);
    expect(await verifyPassword('pw', strong)).toBe(true);
    expect(needsRehash(strong)).toBe(true); // p below 3: re-hashed to the current setting
  });

  it('refuses, without deriving, parameters past the caps or that scrypt forbids (a tampered row cannot hang a sign-in)', async () => {
    const salt = 'MDEyMzQ1Njc4OWFiY2RlZg==';
    const hash = Buffer.alloc(32).toString('base64');
    for (const params of [
      '262144$8$1', // 256 MiB
      '131072$8$3', // within memory, three times OWASP's work
      '1024$64$1', // r past 32
      '1024$8$17', // p past 16
      '4294967296$1$1', // 2^32: bitwise tricks would see 0
      '1048576$1$1', // N ≥ 2^(16·r)
      '1000$8$1', // not a power of two
      '1$8$1',
      '0$8$1',
      '32768$0$1',
      '32768$8$0',
      '-32768$8$1',
      '32768.0$8$1',
      '0x8000$8$1',
      '32768$8$1e0',
      '99999999999999999999$8$1',
    ]) {
      const started = Date.now();
      expect(await verifyPassword('x', `scrypt$${params}$${salt}$${hash}`), params).toBe(false);
      expect(Date.now() - started, params).toBeLessThan(50);
    }
    expect(await verifyPassword('x', `scrypt$32768$8$1$$${hash}`)).toBe(false);
    expect(await verifyPassword('x', `scrypt$32768$8$1$${salt}$`)).toBe(false);
    expect(await verifyPassword('x', `scrypt$32768$8$1$${salt}$${hash}$extra`)).toBe(false);
  });

  it('never accepts anything against the unknown-user hash or a malformed one', async () => {
    expect(await verifyPassword('', UNKNOWN_USER_HASH)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });

  it('makes the unknown-user hash with the current parameters, so it costs what a user’s hash costs', async () => {
    expect(UNKNOWN_USER_HASH.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`)).toBe(true);
    expect(needsRehash(UNKNOWN_USER_HASH)).toBe(false);
    expect(UNKNOWN_USER_HASH.length).toBe((await hashPassword('x')).length);
    // It is really derived (a malformed one would return at once): about as long as a real check.
    const real = await hashPassword('x');
    const time = async (stored: string) => {
      const started = process.hrtime.bigint();
      await verifyPassword('y', stored);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const [unknown, known] = [await time(UNKNOWN_USER_HASH), await time(real)];
    expect(unknown).toBeGreaterThan(known / 3);
  });
});
