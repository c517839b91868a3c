import { describe, expect, it } from 'vitest';
import { mayUndo, undoDeadline, undoWindowOpen } from './undo-window';

const at = new Date('2026-03-02T08:00:00.000Z');
const later = (ms: number) => new Date(at.getTime() + ms);

describe('the undo window of a dismissal', () => {
  it('ends the rule’s minutes after the dismissal', () => {
    expect(undoDeadline(at, 10).toISOString()).toBe('2026-03-02T08:10:00.000Z');
    expect(undoDeadline(at, 1).toISOString()).toBe('2026-03-02T08:01:00.000Z');
  });

  it('is open until the deadline and closed from it on', () => {
    expect(undoWindowOpen(at, 10, at)).toBe(true);
    expect(undoWindowOpen(at, 10, later(10 * 60_000 - 1))).toBe(true);
    expect(undoWindowOpen(at, 10, later(10 * 60_000))).toBe(false);
    expect(undoWindowOpen(at, 10, later(11 * 60_000))).toBe(false);
  });

  it('lets the moderator who dismissed, or an admin, undo; nobody else', () => {
    expect(mayUndo('a', 'a', false)).toBe(true);
    expect(mayUndo('a', 'b', false)).toBe(false);
    expect(mayUndo('a', 'b', true)).toBe(true);
    expect(mayUndo(null, 'b', false)).toBe(false);
    expect(mayUndo(null, 'b', true)).toBe(true);
  });
});
