/**
 * The certification state machine (pure). Paid kinds: terms → information → invoice → payment →
 * dispatched → review call → approved | rejected. Free kinds go from information straight to
 * dispatched. Any application not yet decided may expire (abandoned or timed out).
 */
export const CERTIFICATION_STATUSES = [
  'AWAITING_TERMS',
  'AWAITING_INFORMATION',
  'AWAITING_INVOICE',
  'AWAITING_PAYMENT',
  'DISPATCHED',
  'REVIEW_CALL_DONE',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
] as const;
export type CertificationStatusName = (typeof CERTIFICATION_STATUSES)[number];

export const CERTIFICATION_STEPS = [
  'ACCEPT_TERMS',
  'SUBMIT_INFORMATION',
  'SUBMIT_INVOICE',
  'PAY',
  'RECORD_REVIEW_CALL',
  'APPROVE',
  'REJECT',
  'EXPIRE',
] as const;
export type CertificationStep = (typeof CERTIFICATION_STEPS)[number];

/** Still being worked on: an account may have only one of these at a time. */
export const IN_PROGRESS: readonly CertificationStatusName[] = [
  'AWAITING_TERMS',
  'AWAITING_INFORMATION',
  'AWAITING_INVOICE',
  'AWAITING_PAYMENT',
  'DISPATCHED',
  'REVIEW_CALL_DONE',
];

/** The status a step leads to, or null when the step is out of order. */
export function nextStatus(
  status: CertificationStatusName,
  step: CertificationStep,
  free: boolean,
): CertificationStatusName | null {
  if (step === 'EXPIRE') return IN_PROGRESS.includes(status) ? 'EXPIRED' : null;
  switch (status) {
    case 'AWAITING_TERMS':
      return step === 'ACCEPT_TERMS' ? 'AWAITING_INFORMATION' : null;
    case 'AWAITING_INFORMATION':
      if (step !== 'SUBMIT_INFORMATION') return null;
      return free ? 'DISPATCHED' : 'AWAITING_INVOICE';
    case 'AWAITING_INVOICE':
      return step === 'SUBMIT_INVOICE' && !free ? 'AWAITING_PAYMENT' : null;
    case 'AWAITING_PAYMENT':
      return step === 'PAY' && !free ? 'DISPATCHED' : null;
    case 'DISPATCHED':
      return step === 'RECORD_REVIEW_CALL' ? 'REVIEW_CALL_DONE' : null;
    case 'REVIEW_CALL_DONE':
      if (step === 'APPROVE') return 'APPROVED';
      return step === 'REJECT' ? 'REJECTED' : null;
    default:
      return null;
  }
}
