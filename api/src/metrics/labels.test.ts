import { describe, expect, it } from 'vitest';
import { OperationNames, operationOutcome, operationType, refusalWord } from './labels';

describe('operation name labels', () => {
  it('keeps plain names and calls a missing one anonymous', () => {
    const names = new OperationNames(3);
    expect(names.label('ModerationQueue')).toBe('ModerationQueue');
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label(null)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
  });

  it('folds names that are not plain identifiers, or too long, into other', () => {
    const names = new OperationNames(10);
    expect(names.label('drop table; --')).toBe('other');
    expect(names.label('1stQuery')).toBe('other');
    expect(names.label('a'.repeat(64))).toBe('a'.repeat(64));
    expect(names.label('a'.repeat(65))).toBe('other');
    expect(names.label('名前')).toBe('other');
  });

  it('keeps at most max distinct names; those seen before stay themselves', () => {
    const names = new OperationNames(2);
    expect(names.label('One')).toBe('One');
    expect(names.label('Two')).toBe('Two');
    expect(names.label('Three')).toBe('other');
    expect(names.label('One')).toBe('One');
    expect(names.label('Two')).toBe('Two');
    expect(names.label('Four')).toBe('other');
  });
});

describe('other labels', () => {
  it('names the operation type or unknown', () => {
    expect(operationType('query')).toBe('query');
    expect(operationType('mutation')).toBe('mutation');
    expect(operationType(undefined)).toBe('unknown');
    expect(operationType('nonsense')).toBe('unknown');
  });

  it('keeps codes and reasons that are vocabulary words', () => {
    expect(refusalWord('BAD_USER_INPUT')).toBe('BAD_USER_INPUT');
    expect(refusalWord('not a word')).toBe('OTHER');
    expect(refusalWord(undefined)).toBe('OTHER');
    expect(refusalWord(`A${'B'.repeat(64)}`)).toBe('OTHER');
  });

  it('tells success, refusal and our own error apart', () => {
    expect(operationOutcome([])).toBe('success');
    expect(operationOutcome(['BAD_USER_INPUT', 'FORBIDDEN'])).toBe('refused');
    expect(operationOutcome(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'])).toBe('error');
    expect(operationOutcome([undefined])).toBe('error');
  });
});
