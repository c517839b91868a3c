import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperations, countedUpToFor, judgeCorrection, measureCorrection } from './edit-distance';

/** The textbook O(n·m) Levenshtein on code points: the reference the bounded version must match. */
function naiveDistance(before: string, after: string): number {
  const a = Array.from(before);
  const b = Array.from(after);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Small alphabets make edits overlap; the mix covers CJK, surrogate pairs and combining marks.
const alphabet = fc.constantFrom('a', 'b', '一', '二', '😀', '😃', 'e', '\u0301', '👍🏽');
const text = fc.array(alphabet, { maxLength: 14 }).map((parts) => parts.join(''));

describe('measureCorrection', () => {
  it('agrees with the naive distance whenever it is within the limit, and refuses exactly when it is not', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 12 }), (before, after, limit) => {
        const expected = naiveDistance(before, after);
        const measured = measureCorrection(before, after, limit);
        if (expected <= limit) {
          expect(measured).toMatchObject({ withinLimit: true, changed: expected });
        } else {
          expect(measured.withinLimit).toBe(false);
          expect(measured.changed).toBeGreaterThan(limit);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns operations that turn the previous text into the new one, with as many characters as the distance', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const measured = measureCorrection(before, after, 30);
        if (!measured.withinLimit) throw new Error('limit 30 covers 14-code-point texts');
        expect(applyOperations(before, measured.operations)).toBe(after);
        const cost = measured.operations.reduce(
          (sum, op) => sum + Math.max(Array.from(op.before).length, Array.from(op.after).length),
          0,
        );
        expect(cost).toBe(measured.changed);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts an emoji as one character, and handles empty texts', () => {
    expect(measureCorrection('今天😀很好', '今天😃很好', 10)).toEqual({
      withinLimit: true,
      changed: 1,
      operations: [{ kind: 'REPLACE', position: 2, before: '😀', after: '😃' }],
    });
    expect(measureCorrection('', '', 0)).toEqual({ withinLimit: true, changed: 0, operations: [] });
    expect(measureCorrection('', '一二三', 3)).toMatchObject({ withinLimit: true, changed: 3 });
    expect(measureCorrection('一二三', '', 2)).toMatchObject({ withinLimit: false, limit: 2 });
  });

  it('groups neighbouring edits into one operation with its code-point position', () => {
    const measured = measureCorrection('我们明天去北京', '我们后天一起去北京', 10);
    expect(measured).toEqual({
      withinLimit: true,
      changed: 3,
      operations: [
        { kind: 'REPLACE', position: 2, before: '明', after: '后' },
        { kind: 'INSERT', position: 4, before: '', after: '一起' },
      ],
    });
  });

  it('refuses a 20,000-character unrelated body (its speed is measured in test/bench)', () => {
    const a = '天地玄黄宇宙洪荒'.repeat(2500);
    const b = '日月盈昃辰宿列张'.repeat(2500);
    expect(measureCorrection(a, b, 10)).toEqual({ withinLimit: false, limit: 10, changed: 11 });
  });

  it('finds 10 scattered edits in a 20,000-character body', () => {
    const a = Array.from('天地玄黄宇宙洪荒'.repeat(2500));
    const b = [...a];
    for (let e = 0; e < 10; e += 1) b[e * 1999] = '改';
    const measured = measureCorrection(a.join(''), b.join(''), 10);
    expect(measured).toMatchObject({ withinLimit: true, changed: 10 });
    if (measured.withinLimit) expect(applyOperations(a.join(''), measured.operations)).toBe(b.join(''));
  });

  it('reports at least limit + 1 when lengths alone exceed the limit', () => {
    expect(measureCorrection('一', '一二三四五六七八九十十一十二', 10)).toMatchObject({
      withinLimit: false,
      changed: 13,
    });
  });
});

/** Changed characters when only replacements count: positions that differ, or null when lengths differ. */
function naiveReplacements(before: string, after: string): number | null {
  const a = Array.from(before);
  const b = Array.from(after);
  if (a.length !== b.length) return null;
  return a.filter((char, i) => char !== b[i]).length;
}

describe('judgeCorrection', () => {
  it('counts exactly up to countedUpTo, refusals included, and says "at least" beyond it', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (before, after, limit) => {
        const expected = naiveDistance(before, after);
        const judged = judgeCorrection(before, after, limit);
        if (expected <= limit) {
          expect(judged).toMatchObject({ accepted: true, changed: expected });
          return;
        }
        const countedUpTo = countedUpToFor(limit);
        expect(judged).toEqual({
          accepted: false,
          reason: 'TOO_MANY_CHANGES',
          changed: Math.min(expected, countedUpTo),
          atLeast: expected > countedUpTo,
          countedUpTo,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('counts at least 10 × the limit exactly: 14 changes against 10 say 14', () => {
    const before = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏';
    const after = `${'改'.repeat(14)}${before.slice(14)}`;
    expect(judgeCorrection(before, after, 10)).toEqual({
      accepted: false,
      reason: 'TOO_MANY_CHANGES',
      changed: 14,
      atLeast: false,
      countedUpTo: 100,
    });
    const unrelated = judgeCorrection('天地玄黄'.repeat(100), '日月盈昃'.repeat(100), 10);
    expect(unrelated).toMatchObject({ accepted: false, changed: 100, atLeast: true });
  });

  it('with replacements only, counts differing positions and refuses a change of length', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (before, after, limit) => {
        const expected = naiveReplacements(before, after);
        const judged = judgeCorrection(before, after, limit, ['REPLACE']);
        if (expected === null) {
          expect(judged).toMatchObject({ accepted: false, reason: 'OPERATION_NOT_ALLOWED' });
        } else if (expected <= limit) {
          expect(judged).toMatchObject({ accepted: true, changed: expected });
          if (judged.accepted) {
            expect(judged.operations.every((op) => op.kind === 'REPLACE')).toBe(true);
            expect(applyOperations(before, judged.operations)).toBe(after);
          }
        } else {
          const countedUpTo = countedUpToFor(limit);
          expect(judged).toMatchObject({
            accepted: false,
            reason: 'TOO_MANY_CHANGES',
            changed: Math.min(expected, countedUpTo),
            atLeast: expected > countedUpTo,
          });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an insertion is refused with replacements only, and counted with all three operations', () => {
    expect(judgeCorrection('今天天气好', '今天天气很好', 5, ['REPLACE'])).toEqual({
      accepted: false,
      reason: 'OPERATION_NOT_ALLOWED',
      previousLength: 5,
      newLength: 6,
    });
    expect(judgeCorrection('今天天气好', '今天天气很好', 10)).toMatchObject({ accepted: true, changed: 1 });
  });
});
