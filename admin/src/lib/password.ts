/**
 * The API's password policy, as hints while typing (the API decides: it also refuses common
 * passwords): at least this many characters.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** Characters as a person counts them (an emoji is one), as the API counts them. */
export function passwordLength(password: string): number {
  return [...password].length;
}
