import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an Authorization header carries `token` as its bearer token. Compared in constant time
 * over digests of both (equal lengths whatever was sent), so neither the token's characters nor its
 * length leak through timing.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  // Compared even when nothing usable was sent, so a missing header costs what a wrong one does.
  return timingSafeEqual(digest(given), digest(token)) && given.length > 0;
}
