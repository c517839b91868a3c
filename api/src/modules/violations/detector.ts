import type { ViolationTypeName } from '../../db/schema';
import { compilePattern } from '../rules/rule-values';

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
      // RE2: linear in the text whatever the pattern, so no admin-written pattern can stall a publish.
      const matcher = compilePattern(pattern).matcher(text);
      if (matcher.find()) {
        found.push({ type, matched: matcher.group() ?? '' });
        break;
      }
    }
  }
  return found;
}
