/** Valid identity numbers for tests, made with the check-digit rules the server enforces. */
export function idCard(seq: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `33010619880808${String(seq).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

export function creditCode(seq: number): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const first17 = `91330100MA${String(seq).padStart(7, '0')}`;
  const sum = [...first17].reduce((total, c, i) => total + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return first17 + (alphabet[(31 - (sum % 31)) % 31] ?? '');
}
