import type { CombinedError } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { i18n, translate } from '../i18n';
import { formatClock, formatDateMinutes } from './format';

/**
 * A refusal as the API gives it (README "Errors"): the code and the reason — the case within the
 * code — are what the admin branches on; the message is the API's own sentence (English), shown
 * only when the admin has no text of its own for the case.
 */
export interface Refusal {
  code: string;
  reason: string | undefined;
  /** The input concerned, as the API names it (`input.body`, `reason`). */
  field: string | undefined;
  message: string;
  extensions: Record<string, unknown>;
}

/** The first GraphQL error's refusal, or undefined (a network error, or an error without a code). */
export function refusalOf(error: CombinedError | undefined): Refusal | undefined {
  const first = error?.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  if (!first || typeof extensions.code !== 'string') return undefined;
  return {
    code: extensions.code,
    reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
    message: first.message,
    extensions,
  };
}

/** Whether the error is the API refusing with `code` (and, when given, for `reason`). */
export function isRefusal(error: CombinedError | undefined, code: string, reason?: string): boolean {
  const refusal = refusalOf(error);
  return refusal?.code === code && (reason === undefined || refusal.reason === reason);
}

/** The API's refusal code (`extensions.code`), e.g. UNAUTHENTICATED; undefined for a network error. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  return refusalOf(error)?.code;
}

/**
 * Whether a detail page's error means "nothing here": a malformed id is the API's BAD_USER_INPUT
 * (INVALID_ID), an unknown or hidden one NOT_FOUND; for the reader both are the same page.
 */
export function meansMissing(error: CombinedError): boolean {
  return isRefusal(error, 'NOT_FOUND') || isRefusal(error, 'BAD_USER_INPUT', 'INVALID_ID');
}

const has = (key: string): boolean => i18n.global.te(key);

/**
 * Refusals whose API sentence is shown as it is, not a generic text of their code: what changed
 * meanwhile differs by where it happens (a password changed in another session, a violation
 * decided by another moderator), and the API names it.
 */
const API_WORDED_REASONS = new Set(['CONCURRENT_CHANGE']);

/** The values a text may quote: the refusal's details, with times in the reader's format. */
function paramsOf(refusal: Refusal): Record<string, unknown> {
  const params: Record<string, unknown> = { ...refusal.extensions };
  if (refusal.field) params.field = refusal.field.replace(/^input\./, '');
  if (typeof refusal.extensions.endsAt === 'string') {
    params.endsAt = formatDateMinutes(refusal.extensions.endsAt, String(i18n.global.locale.value));
  }
  // A claim's times (CLAIMED_BY_OTHER): the hour and minute, as "14:05 认领，14:35 失效".
  for (const key of ['claimedAt', 'expiresAt']) {
    const value = refusal.extensions[key];
    if (typeof value === 'string') params[key] = formatClock(value, String(i18n.global.locale.value));
  }
  return params;
}

/**
 * The admin's text for a refusal: `errors.reasons.<CODE>.<REASON>` when the case has one, else
 * `errors.codes.<CODE>`, else the API's own message.
 */
function describe(refusal: Refusal): string {
  const { code, reason, extensions } = refusal;
  const params = paramsOf(refusal);
  if (reason && API_WORDED_REASONS.has(reason) && refusal.message) return refusal.message;
  switch (code) {
    case 'BAD_USER_INPUT':
      // A minimum length the API names (a password's 12 characters).
      if (reason === 'TOO_SHORT' && Number(extensions.limit) > 0) {
        return translate('errors.badInputTooShortLimit', { limit: Number(extensions.limit) });
      }
      if (refusal.field && !(reason && has(`errors.reasons.${code}.${reason}`))) {
        return translate('errors.badInputField', params);
      }
      break;
    case 'RATE_LIMITED': {
      const seconds = Number(extensions.retryAfterSeconds);
      if (seconds > 0) return translate('errors.rateLimitedMinutes', { minutes: Math.ceil(seconds / 60) });
      break;
    }
    case 'CORRECTION_TOO_LARGE': {
      const limit = Number(extensions.limit);
      const changed = Number(extensions.changed);
      // `changed` is exact only up to limit + 1 (the measure stops there): "more than" then.
      return changed > limit + 1
        ? translate('errors.correctionTooLarge', { changed, limit })
        : translate('errors.correctionTooLargeOver', { limit });
    }
    case 'NOT_ELIGIBLE': {
      // The kind that does not fit names the certification kind; every other case has its text.
      const key =
        reason === 'KIND_MISMATCH'
          ? `errors.notEligibleKinds.${String(extensions.kind)}`
          : `errors.reasons.NOT_ELIGIBLE.${reason}`;
      const why = has(key)
        ? translate(key, params)
        : refusal.message.replace(/^Not eligible:\s*/i, '').replace(/\.$/, '');
      return translate('errors.notEligible', { reason: why });
    }
    case 'INTERNAL_SERVER_ERROR':
      if (typeof extensions.requestId === 'string') {
        return translate('errors.internalWithId', { requestId: extensions.requestId });
      }
      break;
  }
  if (reason && has(`errors.reasons.${code}.${reason}`)) return translate(`errors.reasons.${code}.${reason}`, params);
  if (has(`errors.codes.${code}`)) return translate(`errors.codes.${code}`, params);
  return refusal.message || translate('errors.unexpected', { code });
}

/**
 * The text of a refusal reported as data rather than as an error (a refused row of a member
 * import: its code, reason, field and the API's message), as `errorMessage` words an error.
 */
export function refusalText(refusal: {
  code: string;
  reason?: string | null;
  field?: string | null;
  message: string;
}): string {
  return describe({
    code: refusal.code,
    reason: refusal.reason ?? undefined,
    field: refusal.field ?? undefined,
    message: refusal.message,
    extensions: {},
  });
}

/** A message a person can read, in their language, for any error urql reports. */
export function errorMessage(error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) return translate('errors.network');
  const refusal = refusalOf(error);
  if (!refusal) return error.graphQLErrors[0]?.message || translate('errors.unexpected', { code: error.message });
  return describe(refusal);
}

/** A refusal about one input field: the field (without the `input.` prefix) and what to say next to it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * For BAD_USER_INPUT naming a field (`extensions.field`) or a refusal that names one (a correction
 * too large names `input.body`): the field and a message for it. Undefined otherwise: then the
 * page shows `errorMessage`.
 */
export function fieldError(error: CombinedError): FieldError | undefined {
  const refusal = refusalOf(error);
  if (!refusal?.field) return undefined;
  const { code, reason, extensions } = refusal;
  const field = refusal.field.replace(/^input\./, '');
  if (code !== 'BAD_USER_INPUT') {
    return code === 'CORRECTION_TOO_LARGE' || code === 'IMMUTABLE_FIELD'
      ? { field, message: errorMessage(error) }
      : undefined;
  }
  if (reason === 'TOO_LONG' && typeof extensions.limit === 'number' && typeof extensions.length === 'number') {
    return { field, message: translate('errors.tooLong', { limit: extensions.limit, length: extensions.length }) };
  }
  if (reason === 'NOT_ABOVE_CURRENT' && typeof extensions.current === 'number') {
    return { field, message: translate('errors.quotaNotAbove', { current: extensions.current }) };
  }
  if (reason === 'TOO_SHORT' && field === 'reason') return { field, message: translate('errors.reasonTooShort') };
  if (reason === 'TOO_SHORT' && Number(extensions.limit) > 0) {
    return { field, message: translate('errors.badInputTooShortLimit', { limit: Number(extensions.limit) }) };
  }
  if (reason && has(`errors.reasons.BAD_USER_INPUT.${reason}`)) {
    return { field, message: translate(`errors.reasons.BAD_USER_INPUT.${reason}`, paramsOf(refusal)) };
  }
  // The API's own sentence (English): more precise than a generic "not valid".
  return { field, message: refusal.message || errorMessage(error) };
}

let onSessionEnded: () => void = () => {};

/** What to do when the API says the session is gone (set once, by main.ts: back to sign-in). */
export function handleSessionEnded(handler: () => void): void {
  onSessionEnded = handler;
}

/**
 * Reports an error no page handles itself: a translated message, and for an ended session the
 * way back to sign-in. Every `result.error` that a page does not expect goes here.
 */
export function unexpectedError(error: CombinedError): void {
  ElMessage.error({ message: errorMessage(error), grouping: true });
  if (errorCode(error) === 'UNAUTHENTICATED') onSessionEnded();
}
