import { isEmail } from 'class-validator';
import { maskEmail, maskPhone } from '../../access/masks';

/**
 * Mobiles and emails of the address book and of followers, in the one form they are stored and
 * compared in (pure). Shared by the address book (members' mobiles) and follow verification.
 */

/**
 * A mobile number as stored: digits only, with the country code. A Chinese mobile (1[3-9] and 9
 * more digits) may be written with or without +86 / 0086 / 86 and with spaces, dashes, dots or
 * parentheses ("+86 138-0013-8000" → 8613800138000). Another country's number must say its
 * country code with + or 00 (8–15 digits in all, E.164). Null for anything else.
 */
export function normalizeMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  const international = compact.startsWith('+') || compact.startsWith('00');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : compact;
  if (!/^\d+$/.test(digits)) return null;
  const chinese = /^(?:86)?(1[3-9]\d{9})$/.exec(digits);
  if (chinese) return `86${chinese[1]}`;
  if (digits.startsWith('86')) return null; // a +86 number that is not a mobile
  if (international && digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0')) return digits;
  return null;
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
