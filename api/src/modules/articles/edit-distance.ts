/**
 * Changed characters of a correction (seed 004): the edit distance in Unicode code points
 * (insertions + deletions + substitutions, each 1; 一 is 1 and 😀 is 1), computed with a bound.
 *
 * Pure and bounded: it never runs an unbounded diff on user input. Lengths that differ by more
 * than the limit are refused at once; otherwise a band of width 2·limit+1 around the diagonal is
 * filled (Ukkonen's cut-off), giving up as soon as a whole row exceeds the limit. Work is
 * O(n·limit) at worst and O(limit²) for unrelated texts.
 */

export type EditKind = 'INSERT' | 'DELETE' | 'REPLACE';

export interface EditOperation {
  kind: EditKind;
  /** Code-point index in the previous text where the change starts. */
  position: number;
  /** The previous code points (empty for INSERT). */
  before: string;
  /** The new code points (empty for DELETE). */
  after: string;
}

export type CorrectionMeasure =
  | { withinLimit: true; changed: number; operations: EditOperation[] }
  | { withinLimit: false; limit: number /** A lower bound: at least limit + 1. */; changed: number };

const codePoints = (text: string): string[] => Array.from(text);

/** Measures the change from `before` to `after`, exactly when it is within `limit`. */
export function measureCorrection(before: string, after: string, limit: number): CorrectionMeasure {
  const a = codePoints(before);
  const b = codePoints(after);
  if (Math.abs(a.length - b.length) > limit) {
    return { withinLimit: false, limit, changed: Math.max(limit + 1, Math.abs(a.length - b.length)) };
  }
  // Common prefix and suffix cost nothing; only the middle needs the band.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) {
    const changed = n + m;
    if (changed > limit) return { withinLimit: false, limit, changed };
    const operations: EditOperation[] =
      changed === 0
        ? []
        : [
            n === 0
              ? { kind: 'INSERT', position: prefix, before: '', after: y.join('') }
              : { kind: 'DELETE', position: prefix, before: x.join(''), after: '' },
          ];
    return { withinLimit: true, changed, operations };
  }

  const k = limit;
  const width = 2 * k + 1;
  const OUT = limit + 1; // any value above the limit stands for "too far"
  // cell (i, j) lives at row i, band offset j - i + k.
  const table = new Int32Array((n + 1) * width).fill(OUT);
  const at = (i: number, j: number) => i * width + (j - i + k);
  for (let j = 0; j <= Math.min(m, k); j += 1) table[at(0, j)] = j;
  for (let i = 1; i <= n; i += 1) {
    let rowMin = OUT;
    const from = Math.max(0, i - k);
    const to = Math.min(m, i + k);
    for (let j = from; j <= to; j += 1) {
      let best: number;
      if (j === 0) {
        best = i;
      } else {
        const diagonal = (table[at(i - 1, j - 1)] ?? OUT) + (x[i - 1] === y[j - 1] ? 0 : 1);
        const up = j <= i - 1 + k ? (table[at(i - 1, j)] ?? OUT) + 1 : OUT; // delete x[i-1]
        const left = j - 1 >= i - k ? (table[at(i, j - 1)] ?? OUT) + 1 : OUT; // insert y[j-1]
        best = Math.min(diagonal, up, left);
      }
      if (best > OUT) best = OUT;
      table[at(i, j)] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every path to the end passes through this row: if all of it is over the limit, so is the end.
    if (rowMin > limit) return { withinLimit: false, limit, changed: limit + 1 };
  }
  const changed = table[at(n, m)] ?? OUT;
  if (changed > limit) return { withinLimit: false, limit, changed: limit + 1 };
  return { withinLimit: true, changed, operations: traceOperations(table, at, x, y, k, prefix) };
}

/** Walks the table back from the end, grouping neighbouring edits of one kind into one operation. */
function traceOperations(
  table: Int32Array,
  at: (i: number, j: number) => number,
  x: string[],
  y: string[],
  k: number,
  offset: number,
): EditOperation[] {
  const steps: Array<{ kind: EditKind; position: number; before: string; after: string }> = [];
  let i = x.length;
  let j = y.length;
  const value = (r: number, c: number) =>
    c < 0 || r < 0 || Math.abs(c - r) > k ? Number.POSITIVE_INFINITY : (table[at(r, c)] ?? Number.POSITIVE_INFINITY);
  while (i > 0 || j > 0) {
    const here = value(i, j);
    if (i > 0 && j > 0 && x[i - 1] === y[j - 1] && value(i - 1, j - 1) === here) {
      i -= 1;
      j -= 1;
    } else if (i > 0 && j > 0 && value(i - 1, j - 1) + 1 === here) {
      steps.push({ kind: 'REPLACE', position: offset + i - 1, before: x[i - 1] ?? '', after: y[j - 1] ?? '' });
      i -= 1;
      j -= 1;
    } else if (i > 0 && (j === 0 || value(i - 1, j) + 1 === here)) {
      steps.push({ kind: 'DELETE', position: offset + i - 1, before: x[i - 1] ?? '', after: '' });
      i -= 1;
    } else {
      steps.push({ kind: 'INSERT', position: offset + i, before: '', after: y[j - 1] ?? '' });
      j -= 1;
    }
  }
  steps.reverse();
  const merged: EditOperation[] = [];
  for (const step of steps) {
    const last = merged[merged.length - 1];
    const continues =
      last &&
      last.kind === step.kind &&
      (step.kind === 'INSERT'
        ? last.position === step.position
        : last.position + Array.from(last.before).length === step.position);
    if (last && continues) {
      last.before += step.before;
      last.after += step.after;
    } else {
      merged.push({ ...step });
    }
  }
  return merged;
}

/** Applies operations to the previous text (used to check that operations describe the change). */
export function applyOperations(before: string, operations: readonly EditOperation[]): string {
  const a = codePoints(before);
  const out: string[] = [];
  let cursor = 0;
  for (const op of operations) {
    while (cursor < op.position) out.push(a[cursor++] ?? '');
    out.push(...codePoints(op.after));
    cursor += codePoints(op.before).length;
  }
  while (cursor < a.length) out.push(a[cursor++] ?? '');
  return out.join('');
}
