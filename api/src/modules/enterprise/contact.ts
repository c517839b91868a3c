import { isEmail } from 'class-validator';
import { maskEmail, maskPhone } from '../../access/masks';

/**
 * Mobiles and emails of the address book and of followers, in the one form they are stored and
 * compared in (pure). Shared by the address book (members' mobiles) and follow verification.
 */

/** A Chinese mobile without its country code: 1, then 3–9, then nine digits. */
const CHINESE_MOBILE = /^1[3-9]\d{9}$/;
/** E.164 allows at most 15 digits with the country code; fewer than 6 is no phone number. */
const MIN_DIGITS = 6;
const MAX_DIGITS = 15;

/**
 * A mobile as stored: digits only, with the country code; a Chinese mobile (1[3-9]xxxxxxxxx) gets
 * 86 in front. Spaces, dashes, dots and parentheses are dropped, and a leading `+` or `00` (the
 * international prefix). Idempotent, so a stored mobile normalizes to itself: since the stored
 * digits cannot tell `+1 415…` from a Chinese `1415…`, any 11 digits 1[3-9]… read as a Chinese
 * mobile, however they were typed — consistently, so such a number still matches itself. Null when it is not a phone number (letters, too
 * few or too many digits).
 *
 * `138 1234 5678`, `+86 138-1234-5678`, `008613812345678`, `8613812345678` → `8613812345678`.
 */
export function normalizeMobile(input: string): string | null {
  let value = input.trim().replace(/[\s\-().\u00a0]/g, '');
  if (value.startsWith('+')) value = value.slice(1);
  else if (value.startsWith('00')) value = value.slice(2);
  if (!/^\d+$/.test(value)) return null;
  if (CHINESE_MOBILE.test(value)) return `86${value}`;
  if (value.length < MIN_DIGITS || value.length > MAX_DIGITS) return null;
  return value;
}

/** An email as stored: trimmed and lower-cased. */
export function normalizeContactEmail(input: string): string {
  return input.trim().toLowerCase();
}

export type ContactChannel = 'SMS' | 'EMAIL';

/** What a follower typed as its registered contact: an email (it has an @) or a mobile. Null when it is neither. */
export function parseContact(input: string): { channel: ContactChannel; address: string } | null {
  const trimmed = input.trim();
  if (trimmed.includes('@')) {
    const address = normalizeContactEmail(trimmed);
    return isEmail(address) ? { channel: 'EMAIL', address } : null;
  }
  const mobile = normalizeMobile(trimmed);
  return mobile ? { channel: 'SMS', address: mobile } : null;
}

/** A stored contact for the verification log and the follow's `codeSentTo`: `86138****5678`, `z***@example.com`. */
export function maskContact(address: string): string {
  return address.includes('@') ? maskEmail(address) : maskPhone(address);
}
