/** How personal data is shown to those who may see it only masked (domain: 004 §3.2–3.3). */

/** `1101**********1234`: the first and last four characters. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** `138****5678`. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** A person's name: 张三丰 → 张**. Counted in code points, so a name of astral characters masks whole. */
export function maskName(value: string): string {
  const characters = Array.from(value);
  return characters.length <= 1 ? '*' : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}

/** `z***@example.com`: enough to recognise a colleague, not to write to a stranger. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskName(value);
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}
