/**
 * Real-name identity numbers (pure): the resident ID card (GB 11643-1999) for individuals and the
 * unified social credit code (GB 32100-2015) for enterprises and organizations.
 */

const ID_CARD_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CARD_CHECK = '10X98765432';

/** The check character an 18-digit ID card number must end with, from its first 17 digits. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_CARD_WEIGHTS[i] ?? 0);
  return ID_CARD_CHECK[sum % 11] ?? '';
}

function isRealDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Null when valid; otherwise what is wrong, in words. */
export function checkIdCardNumber(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'an ID card number is 17 digits followed by a digit or X';
  if (!isRealDate(value.slice(6, 14))) return 'the birth date in the ID card number is not a real date';
  if (idCardCheckCharacter(value.slice(0, 17)) !== value[17]) return 'the ID card number check digit does not match';
  return null;
}

// The code's alphabet leaves out I, O, Z, S and V.
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '') * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

export function checkCreditCode(value: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) {
    return 'a unified social credit code is 18 characters of digits and capital letters other than I, O, Z, S, V';
  }
  if (creditCodeCheckCharacter(value.slice(0, 17)) !== value[17])
    return 'the credit code check character does not match';
  return null;
}

export { maskIdNumber, maskPhone } from '../../access/masks';

/** Normalises user input: trims, upper-cases (x → X), drops inner spaces. */
export function normalizeIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
