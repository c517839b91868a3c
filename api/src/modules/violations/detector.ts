import type { ViolationTypeName } from '../../db/schema';

/** Patterns per violation type, from the detection rules (regular expressions). */
export type DetectionPatterns = Partial<Record<ViolationTypeName, readonly string[]>>;

export interface Detection {
  type: ViolationTypeName;
  /** The text that matched, quoted in the automated report. */
  matched: string;
}

/**
 * Finds like-farming and induced-sharing wording in an article (pure). One detection per type:
 * the first match of any of its patterns.
 */
export function detectViolations(text: string, patterns: DetectionPatterns): Detection[] {
  const found: Detection[] = [];
  for (const [type, list] of Object.entries(patterns) as Array<[ViolationTypeName, readonly string[]]>) {
    for (const pattern of list) {
      const match = new RegExp(pattern, 'u').exec(text);
      if (match) {
        found.push({ type, matched: match[0] });
        break;
      }
    }
  }
  return found;
}
