import { describe, expect, it } from 'vitest';
import { redact } from './log';

describe('redact', () => {
  it('drops the parameters a database error quotes', () => {
    const message =
      'Failed query: insert into "subjects" ("id_number", "contact_phone") values ($1, $2)\nparams: 110101199003074514,13812345678';
    const redacted = redact(message);
    expect(redacted).not.toContain('110101199003074514');
    expect(redacted).not.toContain('13812345678');
    expect(redacted).toContain('insert into "subjects"');
  });

  it('bounds a huge field', () => {
    expect(redact('x'.repeat(1_800_000)).length).toBeLessThan(2100);
  });
});
