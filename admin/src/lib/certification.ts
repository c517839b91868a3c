import type { CertificationFieldsFragment, CertificationKind, CertificationStatus } from '../graphql/generated/graphql';

/** Certifications: what the flow's statuses, steps, fees and dates mean for the pages (no Vue here). */

const DAY_MS = 86_400_000;

/** An annual review (年审) may start this many days before the end, or after it. */
export const RENEWAL_WINDOW_DAYS = 90;

/** Still being worked on: an account has at most one of these at a time. */
export const IN_PROGRESS_STATUSES = [
  'AWAITING_TERMS',
  'AWAITING_INFORMATION',
  'AWAITING_INVOICE',
  'AWAITING_PAYMENT',
  'DISPATCHED',
  'REVIEW_CALL_DONE',
] as const satisfies readonly CertificationStatus[];

/** Filled in by the applicant (the steps before dispatch). */
export const APPLICANT_STATUSES = [
  'AWAITING_TERMS',
  'AWAITING_INFORMATION',
  'AWAITING_INVOICE',
  'AWAITING_PAYMENT',
] as const satisfies readonly CertificationStatus[];

export const isInProgress = (status: CertificationStatus): boolean =>
  (IN_PROGRESS_STATUSES as readonly CertificationStatus[]).includes(status);

/** With the reviewer: dispatched, or the review call done. */
export const isUnderReview = (status: CertificationStatus): boolean =>
  status === 'DISPATCHED' || status === 'REVIEW_CALL_DONE';

/** Element Plus tag types of the statuses. */
export const CERTIFICATION_STATUS_TAG = {
  AWAITING_TERMS: 'info',
  AWAITING_INFORMATION: 'info',
  AWAITING_INVOICE: 'info',
  AWAITING_PAYMENT: 'info',
  DISPATCHED: 'warning',
  REVIEW_CALL_DONE: 'primary',
  APPROVED: 'success',
  REJECTED: 'danger',
  EXPIRED: 'info',
} as const satisfies Record<CertificationStatus, string>;

/** The free kind (personal accounts, by invitation) skips the invoice and the payment. */
export const isFreeKind = (kind: CertificationKind): boolean => kind === 'PERSONAL_ACCOUNT';

/** The badge an approval with the naming passed gives (the API sets it; the confirmation names it first). */
export const badgeOf = (kind: CertificationKind): string => (kind === 'PERSONAL_MINI_PROGRAM' ? '个人开发者' : '认证');

/** A fee in cents as yuan with two decimals: 3000 → "30.00". */
export const yuan = (cents: number): string => (cents / 100).toFixed(2);

/** The fee of a kind in cents, from the rules in force (`certification.fee.<KIND>`), or undefined. */
export function feeOf(
  rules: ReadonlyArray<{ key: string; value: unknown }>,
  kind: CertificationKind,
): number | undefined {
  const value = rules.find((rule) => rule.key === `certification.fee.${kind}`)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** One step of the flow, with the moment it was reached (null: not yet). */
export type StepKey =
  | 'started'
  | 'terms'
  | 'information'
  | 'invoice'
  | 'payment'
  | 'dispatched'
  | 'reviewCall'
  | 'decision';

export interface Step {
  key: StepKey;
  at: string | null | undefined;
  /** Element Plus step states. */
  status: 'wait' | 'process' | 'finish' | 'error' | 'success';
}

type StepTimes = Pick<
  CertificationFieldsFragment,
  | 'kind'
  | 'status'
  | 'startedAt'
  | 'termsAcceptedAt'
  | 'informationAt'
  | 'invoiceAt'
  | 'paidAt'
  | 'dispatchedAt'
  | 'reviewCallAt'
  | 'decidedAt'
>;

/**
 * The steps of a certification, each with its time and state: done steps finish, the next one is
 * in process (or failed: a rejection, an application abandoned until it expired).
 */
export function stepsOf(certification: StepTimes): Step[] {
  const free = isFreeKind(certification.kind);
  const all: Array<{ key: StepKey; at: string | null | undefined }> = [
    { key: 'started', at: certification.startedAt },
    { key: 'terms', at: certification.termsAcceptedAt },
    { key: 'information', at: certification.informationAt },
    ...(free
      ? []
      : [
          { key: 'invoice' as const, at: certification.invoiceAt },
          { key: 'payment' as const, at: certification.paidAt },
        ]),
    { key: 'dispatched', at: certification.dispatchedAt },
    { key: 'reviewCall', at: certification.reviewCallAt },
    { key: 'decision', at: certification.decidedAt },
  ];
  const next = all.findIndex((step) => !step.at);
  return all.map((step, index) => {
    if (step.at) {
      const failed = step.key === 'decision' && certification.status === 'REJECTED';
      return { ...step, status: failed ? 'error' : 'finish' };
    }
    if (index !== next) return { ...step, status: 'wait' };
    return { ...step, status: certification.status === 'EXPIRED' ? 'error' : 'process' };
  });
}

/** Days from `now` to an end (negative: past), rounded up. */
export function daysUntil(iso: string, now: number): number {
  return Math.ceil((Date.parse(iso) - now) / DAY_MS);
}

/**
 * Whether the annual review may start: an approved certification within the renewal window of its
 * end, or one that expired after approval.
 */
export function mayRenew(
  certification: Pick<CertificationFieldsFragment, 'status' | 'approvedAt' | 'expiresAt'>,
  now: number,
): boolean {
  if (!certification.approvedAt || !certification.expiresAt) return false;
  if (certification.status === 'EXPIRED') return true;
  return certification.status === 'APPROVED' && daysUntil(certification.expiresAt, now) <= RENEWAL_WINDOW_DAYS;
}

/** What an upload returned, or why it failed. */
export type UploadResult =
  | { ok: true; id: string; contentType: string; bytes: number }
  | { ok: false; reason: 'tooLarge' | 'unsupported' | 'unauthenticated' | 'failed' };

/**
 * Uploads certification material: `POST /uploads`, multipart field `file`, with the session cookie.
 * 413: above the size limit; 415: not a JPEG or PNG (judged by its content).
 */
export async function uploadMaterial(file: File): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/uploads', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    return { ok: false, reason: 'failed' };
  }
  if (response.status === 413) return { ok: false, reason: 'tooLarge' };
  if (response.status === 415) return { ok: false, reason: 'unsupported' };
  if (response.status === 401) return { ok: false, reason: 'unauthenticated' };
  if (response.status !== 201) return { ok: false, reason: 'failed' };
  const data = (await response.json().catch(() => null)) as { id?: unknown; contentType?: unknown; bytes?: unknown };
  if (typeof data?.id !== 'string') return { ok: false, reason: 'failed' };
  return { ok: true, id: data.id, contentType: String(data.contentType ?? ''), bytes: Number(data.bytes ?? 0) };
}
