import { describe, expect, it } from 'vitest';
import {
  CERTIFICATION_STATUSES,
  CERTIFICATION_STEPS,
  type CertificationStatusName,
  type CertificationStep,
  nextStatus,
} from './certification-flow';

/** The whole table, written out: every state × every step, for paid and free kinds. */
const PAID: Partial<Record<CertificationStatusName, Partial<Record<CertificationStep, CertificationStatusName>>>> = {
  AWAITING_TERMS: { ACCEPT_TERMS: 'AWAITING_INFORMATION', EXPIRE: 'EXPIRED' },
  AWAITING_INFORMATION: { SUBMIT_INFORMATION: 'AWAITING_INVOICE', EXPIRE: 'EXPIRED' },
  AWAITING_INVOICE: { SUBMIT_INVOICE: 'AWAITING_PAYMENT', EXPIRE: 'EXPIRED' },
  AWAITING_PAYMENT: { PAY: 'DISPATCHED', EXPIRE: 'EXPIRED' },
  DISPATCHED: { RECORD_REVIEW_CALL: 'REVIEW_CALL_DONE', EXPIRE: 'EXPIRED' },
  REVIEW_CALL_DONE: { APPROVE: 'APPROVED', REJECT: 'REJECTED', EXPIRE: 'EXPIRED' },
};
const FREE: typeof PAID = {
  ...PAID,
  AWAITING_INFORMATION: { SUBMIT_INFORMATION: 'DISPATCHED', EXPIRE: 'EXPIRED' },
  AWAITING_INVOICE: { EXPIRE: 'EXPIRED' },
  AWAITING_PAYMENT: { EXPIRE: 'EXPIRED' },
};

describe('nextStatus', () => {
  for (const [free, table] of [
    [false, PAID],
    [true, FREE],
  ] as const) {
    for (const status of CERTIFICATION_STATUSES) {
      for (const step of CERTIFICATION_STEPS) {
        const expected = table[status]?.[step] ?? null;
        it(`${free ? 'free' : 'paid'}: ${status} × ${step} → ${expected ?? 'INVALID_TRANSITION'}`, () => {
          expect(nextStatus(status, step, free)).toBe(expected);
        });
      }
    }
  }

  it('walks the paid flow end to end, and the free flow skipping invoice and payment', () => {
    const walk = (steps: CertificationStep[], free: boolean) =>
      steps.reduce<CertificationStatusName | null>(
        (status, step) => (status ? nextStatus(status, step, free) : null),
        'AWAITING_TERMS',
      );
    expect(
      walk(['ACCEPT_TERMS', 'SUBMIT_INFORMATION', 'SUBMIT_INVOICE', 'PAY', 'RECORD_REVIEW_CALL', 'APPROVE'], false),
    ).toBe('APPROVED');
    expect(walk(['ACCEPT_TERMS', 'SUBMIT_INFORMATION', 'RECORD_REVIEW_CALL', 'REJECT'], true)).toBe('REJECTED');
    expect(walk(['PAY'], false)).toBeNull();
  });
});
