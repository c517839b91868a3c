/**
 * Changed characters of a correction (seed 004): the edit distance in Unicode code points
 * (insertions + deletions + substitutions, each 1; 一 is 1 and 😀 is 1), computed with a bound.
 *
 * Pure and bounded: it never runs an unbounded diff on user input. Lengths that differ by more
 * than the limit are refused at once. Otherwise it runs Landau–Vishkin: for each number of edits
 * e ≤ limit and each diagonal within ±e, the furthest point reachable, sliding along runs of equal
 * code points. Work is O(n + limit²) comparisons; unrelated texts are refused after O(limit²).
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

/** The text's code points as numbers (a surrogate pair is one). */
function codePoints(text: string): Uint32Array {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[n++] = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        i += 1;
        continue;
      }
    }
    out[n++] = unit;
  }
  return out.subarray(0, n);
}

/** Any surrogate: a text without one has exactly one code point per UTF-16 unit. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Code points by index. */
interface CodePointSequence {
  length: number;
  at(index: number): number;
}

const NONE = -1;
type Step = 0 | 1 | 2 | 3; // 0 start, 1 replace, 2 insert, 3 delete

/**
 * Measures the change from `before` to `after`, exactly when it is within `limit`.
 * Most text (all CJK) lies in the BMP, where a UTF-16 unit is a code point: it is then read
 * straight from the strings; otherwise the texts are decoded into code points first.
 */
export function measureCorrection(before: string, after: string, limit: number): CorrectionMeasure {
  if (!SURROGATE.test(before)) {
    // `before` is all-BMP (all CJK text is): read UTF-16 units straight from the strings. An
    // accepted path covers every character of `after`, each either matched to a BMP character of
    // `before` or inserted/replaced by an operation, so checking the operations proves `after` is
    // all-BMP too and the count exact. A refusal is confirmed by scanning `after`.
    const fast = landauVishkin(
      { length: before.length, at: (i) => before.charCodeAt(i) },
      { length: after.length, at: (i) => after.charCodeAt(i) },
      limit,
      (i, j) => unitCommonRun(before, after, i, j),
    );
    const exact = fast.withinLimit ? !fast.operations.some((op) => SURROGATE.test(op.after)) : !SURROGATE.test(after);
    if (exact) return fast;
  }
  const a = codePoints(before);
  const b = codePoints(after);
  return landauVishkin(
    { length: a.length, at: (i) => a[i] ?? NONE },
    { length: b.length, at: (i) => b[i] ?? NONE },
    limit,
    (i, j) => {
      let run = 0;
      const most = Math.min(a.length - i, b.length - j);
      while (run < most && a[i + run] === b[j + run]) run += 1;
      return run;
    },
  );
}

/**
 * How far before[i…] and after[j…] agree, in UTF-16 units. Long equal runs are skipped in chunks
 * compared by the engine's native string equality (much faster than a loop of charCodeAt): the
 * chunk doubles while runs stay equal, halves once one differs, and the last few units go one by one.
 */
function unitCommonRun(before: string, after: string, i: number, j: number): number {
  const most = Math.min(before.length - i, after.length - j);
  let run = 0;
  // Most runs off the main diagonal end at once: look at a few units before comparing chunks.
  while (run < most && run < 8) {
    if (before.charCodeAt(i + run) !== after.charCodeAt(j + run)) return run;
    run += 1;
  }
  let chunk = 32;
  let growing = true;
  while (chunk >= 16) {
    if (
      run + chunk <= most &&
      before.substring(i + run, i + run + chunk) === after.substring(j + run, j + run + chunk)
    ) {
      run += chunk;
      if (growing && chunk < 1024) chunk *= 2;
    } else {
      // The difference is inside this chunk: narrow down by halves.
      growing = false;
      chunk >>= 1;
    }
  }
  while (run < most && before.charCodeAt(i + run) === after.charCodeAt(j + run)) run += 1;
  return run;
}

/**
 * Landau–Vishkin: for each number of edits e ≤ limit and each diagonal d = j − i within ±e, the
 * furthest row reachable, sliding along runs of equal code points.
 */
function landauVishkin(
  a: CodePointSequence,
  b: CodePointSequence,
  limit: number,
  /** How far a[i…] and b[j…] agree. */
  commonRun: (i: number, j: number) => number,
): CorrectionMeasure {
  const n = a.length;
  const m = b.length;
  // (In UTF-16 units an emoji counts 2; the caller confirms a refusal on code points.)
  if (Math.abs(n - m) > limit) return { withinLimit: false, limit, changed: Math.max(limit + 1, Math.abs(n - m)) };
  const width = 2 * limit + 1;
  // reach[e][d + limit]: the furthest row i on diagonal d reachable with e edits.
  const reach = new Int32Array((limit + 1) * width).fill(NONE);
  const start = new Int32Array((limit + 1) * width).fill(NONE);
  const step = new Uint8Array((limit + 1) * width);
  const target = m - n;
  for (let e = 0; e <= limit; e += 1) {
    for (let d = Math.max(-e, -n); d <= Math.min(e, m); d += 1) {
      let best = NONE;
      let how: Step = 0;
      if (e === 0) {
        if (d === 0) best = 0;
      } else {
        // Reached with e - 1 edits on this diagonal or a neighbour (NONE where not reached).
        const previous = (diagonal: number) =>
          Math.abs(diagonal) <= e - 1 ? (reach[(e - 1) * width + diagonal + limit] ?? NONE) : NONE;
        const onDiagonal = previous(d);
        const fromLeft = previous(d - 1);
        const fromAbove = previous(d + 1);
        const replace = onDiagonal === NONE ? NONE : onDiagonal + 1;
        const insert = fromLeft;
        const remove = fromAbove === NONE ? NONE : fromAbove + 1;
        if (replace > best) [best, how] = [replace, 1];
        if (insert > best) [best, how] = [insert, 2];
        if (remove > best) [best, how] = [remove, 3];
        best = Math.min(best, n, m - d);
        if (best < 0 || best + d < 0) best = NONE;
      }
      if (best === NONE) continue;
      const cell = e * width + d + limit;
      start[cell] = best;
      step[cell] = how;
      reach[cell] = best + commonRun(best, best + d);
    }
    if (Math.abs(target) <= e && (reach[e * width + target + limit] ?? NONE) >= n) {
      const operations = traceOperations(a, b, e, target, limit, width, start, step);
      return { withinLimit: true, changed: e, operations: operations.map(toStrings) };
    }
  }
  return { withinLimit: false, limit, changed: limit + 1 };
}

interface PointOperation {
  kind: EditKind;
  position: number;
  before: number[];
  after: number[];
}

const toStrings = (op: PointOperation): EditOperation => ({
  kind: op.kind,
  position: op.position,
  before: String.fromCodePoint(...op.before),
  after: String.fromCodePoint(...op.after),
});

/** Walks back from the end, then groups neighbouring edits of one kind into one operation. */
function traceOperations(
  a: CodePointSequence,
  b: CodePointSequence,
  edits: number,
  diagonal: number,
  limit: number,
  width: number,
  start: Int32Array,
  step: Uint8Array,
): PointOperation[] {
  const steps: Array<{ kind: EditKind; position: number; before: number[]; after: number[] }> = [];
  let d = diagonal;
  for (let e = edits; e > 0; e -= 1) {
    const cell = e * width + d + limit;
    const i = start[cell] ?? 0;
    const how = step[cell] ?? 0;
    if (how === 1) {
      steps.push({ kind: 'REPLACE', position: i - 1, before: [a.at(i - 1)], after: [b.at(i - 1 + d)] });
    } else if (how === 2) {
      steps.push({ kind: 'INSERT', position: i, before: [], after: [b.at(i + d - 1)] });
      d -= 1;
    } else {
      steps.push({ kind: 'DELETE', position: i - 1, before: [a.at(i - 1)], after: [] });
      d += 1;
    }
  }
  steps.reverse();
  const merged: Array<{ kind: EditKind; position: number; before: number[]; after: number[] }> = [];
  for (const next of steps) {
    const last = merged[merged.length - 1];
    const continues =
      last &&
      last.kind === next.kind &&
      (next.kind === 'INSERT' ? last.position === next.position : last.position + last.before.length === next.position);
    if (last && continues) {
      last.before.push(...next.before);
      last.after.push(...next.after);
    } else {
      merged.push({ ...next, before: [...next.before], after: [...next.after] });
    }
  }
  return merged;
}

/** Applies operations to the previous text (used to check that operations describe the change). */
export function applyOperations(before: string, operations: readonly EditOperation[]): string {
  const a = Array.from(before);
  const out: string[] = [];
  let cursor = 0;
  for (const op of operations) {
    while (cursor < op.position) out.push(a[cursor++] ?? '');
    out.push(...Array.from(op.after));
    cursor += Array.from(op.before).length;
  }
  while (cursor < a.length) out.push(a[cursor++] ?? '');
  return out.join('');
}

/**
 * How far a refused correction is counted: exactly up to 10 × the limit (at least 10), so the
 * editor can say "14 / 10"; beyond that the count is a floor (`atLeast`). Counting to this bound
 * costs O(n + bound²), about 10⁴ steps at the limit of 10.
 */
export function countedUpToFor(limit: number): number {
  return Math.max(10 * limit, 10);
}

/** A correction judged against the rules in force: the limit and the operations allowed. */
export type CorrectionJudgement =
  | { accepted: true; changed: number; operations: EditOperation[] }
  | { accepted: false; reason: 'TOO_MANY_CHANGES'; changed: number; atLeast: boolean; countedUpTo: number }
  /** Only replacements are allowed, and the new text is not as long as the old (in code points). */
  | { accepted: false; reason: 'OPERATION_NOT_ALLOWED'; previousLength: number; newLength: number };

/**
 * Replacements only (corrections before 2018-12-29): the texts must have as many code points, and
 * each position that differs is one changed character; neighbouring ones make one operation.
 */
function measureReplacements(before: string, after: string, limit: number): CorrectionMeasure | null {
  const a = Array.from(before);
  const b = Array.from(after);
  if (a.length !== b.length) return null;
  const operations: EditOperation[] = [];
  let changed = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    changed += 1;
    const last = operations[operations.length - 1];
    if (last && last.position + Array.from(last.before).length === i) {
      last.before += a[i];
      last.after += b[i];
    } else {
      operations.push({ kind: 'REPLACE', position: i, before: a[i] ?? '', after: b[i] ?? '' });
    }
  }
  return changed <= limit ? { withinLimit: true, changed, operations } : { withinLimit: false, limit, changed };
}

/**
 * Judges a correction (pure): within the limit, the exact count and the operations; over it, the
 * exact count up to `countedUpToFor(limit)`, else that bound with `atLeast`. `allowed` is the
 * rule's list of operations: all three, or replacements only.
 */
export function judgeCorrection(
  before: string,
  after: string,
  limit: number,
  allowed: readonly EditKind[] = ['INSERT', 'DELETE', 'REPLACE'],
): CorrectionJudgement {
  const replaceOnly = !allowed.includes('INSERT') && !allowed.includes('DELETE');
  const measure = replaceOnly ? measureReplacements : measureCorrection;
  const measured = measure(before, after, limit);
  if (!measured) {
    return {
      accepted: false,
      reason: 'OPERATION_NOT_ALLOWED',
      previousLength: Array.from(before).length,
      newLength: Array.from(after).length,
    };
  }
  if (measured.withinLimit) return { accepted: true, changed: measured.changed, operations: measured.operations };
  const countedUpTo = countedUpToFor(limit);
  const counted = measure(before, after, countedUpTo);
  const exact = counted?.withinLimit === true;
  return {
    accepted: false,
    reason: 'TOO_MANY_CHANGES',
    changed: exact ? (counted?.changed ?? countedUpTo) : countedUpTo,
    atLeast: !exact,
    countedUpTo,
  };
}
