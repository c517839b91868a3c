import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, ERROR_REASONS, REASON_PATTERN, TRANSPORT_REASONS, UNSPECIFIED_REASON } from './errors';

const readme = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md'),
  'utf8',
);

/** The README's "Errors" table: code → the reasons its row names, in order. */
function documented(): Record<string, string[]> {
  const section = readme.slice(
    readme.indexOf('\n## Errors'),
    readme.indexOf('\n## ', readme.indexOf('\n## Errors') + 1),
  );
  const rows: Record<string, string[]> = {};
  for (const line of section.split('\n')) {
    const match = /^\|\s*`([A-Z_]+)`\s*\|\s*(.*?)\s*\|$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    // Reasons are the backticked words outside parentheses (those name extensions or examples).
    const reasons = match[2].replace(/\([^)]*\)/g, '').match(/`[A-Z][A-Z0-9_]*`/g) ?? [];
    rows[match[1]] = reasons.map((word) => word.slice(1, -1));
  }
  return rows;
}

describe('the reason vocabulary', () => {
  it('has reasons for every code, each an UPPER_SNAKE word, none the safety net', () => {
    const all = { ...ERROR_REASONS, ...TRANSPORT_REASONS } as Record<string, readonly string[]>;
    for (const code of ERROR_CODES) expect(all[code]?.length, code).toBeGreaterThan(0);
    for (const [code, reasons] of Object.entries(all)) {
      expect(new Set(reasons).size, code).toBe(reasons.length);
      for (const reason of reasons) {
        expect(reason, code).toMatch(REASON_PATTERN);
        expect(reason, code).not.toBe(UNSPECIFIED_REASON);
      }
    }
  });

  it('is the one README.md documents, code by code', () => {
    expect(documented()).toEqual({
      ...Object.fromEntries(Object.entries(ERROR_REASONS).map(([code, reasons]) => [code, [...reasons]])),
      ...Object.fromEntries(Object.entries(TRANSPORT_REASONS).map(([code, reasons]) => [code, [...reasons]])),
    });
  });

  it('puts the code and reason of an AppError in its extensions', () => {
    const error = new AppError('NOT_ELIGIBLE', 'NOT_INVITED', 'Not eligible.', { field: 'input.kind' });
    expect(error.extensions).toEqual({ code: 'NOT_ELIGIBLE', reason: 'NOT_INVITED', field: 'input.kind' });
  });
});
