/** A correction shown as a diff: the previous body, its deleted and inserted code points. */

export interface DiffOperation {
  /** Code-point index into the previous body where the change starts. */
  position: number;
  /** The previous code points (empty for an insertion). */
  before: string;
  /** The new code points (empty for a deletion). */
  after: string;
}

export interface DiffSegment {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/**
 * The previous body cut into unchanged, deleted and inserted runs, following the operations
 * (positions count Unicode code points, so 😀 is one: strings are split with Array.from).
 */
export function diffSegments(previousBody: string, operations: readonly DiffOperation[]): DiffSegment[] {
  const previous = Array.from(previousBody);
  const ordered = operations
    .map((operation, index) => ({ operation, index }))
    .sort((a, b) => a.operation.position - b.operation.position || a.index - b.index)
    .map(({ operation }) => operation);
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  let cursor = 0;
  for (const operation of ordered) {
    const position = Math.min(Math.max(operation.position, cursor), previous.length);
    push('same', previous.slice(cursor, position).join(''));
    const removed = Array.from(operation.before).length;
    push('deleted', previous.slice(position, position + removed).join(''));
    push('inserted', operation.after);
    cursor = Math.min(position + removed, previous.length);
  }
  push('same', previous.slice(cursor).join(''));
  return segments;
}
