/**
 * CSV for spreadsheets (pure): RFC 4180 quoting, a UTF-8 byte-order mark so Excel reads Chinese
 * correctly, and cells that a spreadsheet would run as a formula (= + - @) prefixed with a quote
 * (CSV injection, OWASP).
 */
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
