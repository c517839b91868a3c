import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffOperation, diffSegments } from './diff';

/** Applies operations to a body the way the API stores a correction (code points, in order). */
function apply(body: string, operations: readonly DiffOperation[]): string {
  const characters = Array.from(body);
  let shift = 0;
  for (const operation of [...operations].sort((a, b) => a.position - b.position)) {
    const at = operation.position + shift;
    const removed = Array.from(operation.before).length;
    characters.splice(at, removed, ...Array.from(operation.after));
    shift += Array.from(operation.after).length - removed;
  }
  return characters.join('');
}

/** A body and non-overlapping operations on it (what a correction of a sent article produces). */
const correction = fc
  .array(fc.constantFrom('春', '眠', '不', '觉', '晓', 'a', 'b', '😀', ' '), { minLength: 0, maxLength: 30 })
  .chain((characters) =>
    fc.uniqueArray(fc.nat({ max: characters.length }), { maxLength: 4 }).chain((cuts) =>
      fc.tuple(
        fc.constant(characters),
        fc.constant([...cuts].sort((a, b) => a - b)),
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), {
          minLength: cuts.length,
          maxLength: cuts.length,
        }),
      ),
    ),
  )
  .map(([characters, cuts, edits]) => {
    const operations: DiffOperation[] = [];
    let previousEnd = 0;
    cuts.forEach((cut, index) => {
      const position = Math.max(cut, previousEnd);
      const [length, after] = edits[index] ?? [0, ''];
      const before = characters.slice(position, position + length).join('');
      operations.push({ position, before, after });
      previousEnd = position + Array.from(before).length;
    });
    return { body: characters.join(''), operations };
  });

describe('diffSegments', () => {
  it('keeps the previous body in its unchanged and deleted runs, and the new body in unchanged and inserted ones', () => {
    fc.assert(
      fc.property(correction, ({ body, operations }) => {
        const segments = diffSegments(body, operations);
        const previous = segments.filter((segment) => segment.kind !== 'inserted').map((segment) => segment.text);
        const next = segments.filter((segment) => segment.kind !== 'deleted').map((segment) => segment.text);
        expect(previous.join('')).toBe(body);
        expect(next.join('')).toBe(apply(body, operations));
        // Runs are merged: no two neighbours of one kind, no empty run.
        for (let index = 0; index < segments.length; index += 1) {
          expect(segments[index]?.text.length).toBeGreaterThan(0);
          if (index > 0) expect(segments[index]?.kind).not.toBe(segments[index - 1]?.kind);
        }
      }),
    );
  });

  it('counts positions in code points, so an emoji before the change is one place', () => {
    expect(diffSegments('😀今天下雨', [{ position: 3, before: '下', after: '放晴' }])).toEqual([
      { kind: 'same', text: '😀今天' },
      { kind: 'deleted', text: '下' },
      { kind: 'inserted', text: '放晴' },
      { kind: 'same', text: '雨' },
    ]);
  });
});
