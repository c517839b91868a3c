import type { CombinedError } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { i18n, translate } from '../i18n';
import { formatDateMinutes } from './format';

/** The `extensions` of the first GraphQL error, or an empty object. */
function extensionsOf(error: CombinedError): Record<string, unknown> {
  return (error.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
}

/** The API's refusal code (`extensions.code`), e.g. UNAUTHENTICATED; undefined for a network error. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  const code = extensionsOf(error).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether a detail page's error means "nothing here": a malformed id is the API's BAD_USER_INPUT,
 * an unknown or hidden one NOT_FOUND; for the reader both are the same page.
 */
export function meansMissing(error: CombinedError): boolean {
  const code = errorCode(error);
  return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND';
}

/** A message a person can read, in their language, for any error urql reports. */
export function errorMessage(error: CombinedError): string {
  if (error.networkError && error.graphQLErrors.length === 0) return translate('errors.network');
  const extensions = extensionsOf(error);
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return translate('errors.unauthenticated');
    case 'FORBIDDEN':
      return translate('errors.forbidden');
    case 'BAD_USER_INPUT':
      return typeof extensions.field === 'string'
        ? translate('errors.badInputField', { field: extensions.field })
        : translate('errors.badInput');
    case 'NOT_FOUND':
      return translate('errors.notFound');
    case 'RATE_LIMITED': {
      const seconds = Number(extensions.retryAfterSeconds);
      return seconds > 0
        ? translate('errors.rateLimitedMinutes', { minutes: Math.ceil(seconds / 60) })
        : translate('errors.rateLimited');
    }
    case 'QUOTA_EXCEEDED':
      return translate('errors.quotaExceeded');
    case 'ACCOUNT_BANNED':
      if (extensions.permanent === true) return translate('errors.accountBannedPermanent');
      if (typeof extensions.endsAt === 'string') {
        return translate('errors.accountBannedUntil', {
          endsAt: formatDateMinutes(extensions.endsAt, String(i18n.global.locale.value)),
        });
      }
      return translate('errors.accountBanned');
    case 'PENALTY_NOT_LIFTABLE':
      return translate('errors.penaltyNotLiftable');
    case 'CORRECTION_ALREADY_USED':
      return translate('errors.correctionAlreadyUsed');
    case 'CORRECTION_TOO_LARGE': {
      const limit = Number(extensions.limit);
      const changed = Number(extensions.changed);
      // `changed` is exact only up to limit + 1 (the measure stops there): "more than" then.
      return changed > limit + 1
        ? translate('errors.correctionTooLarge', { changed, limit })
        : translate('errors.correctionTooLargeOver', { limit });
    }
    case 'IMMUTABLE_FIELD':
      return translate('errors.immutableField');
    case 'REPRINT_NOT_ALLOWED':
      if (extensions.policy === 'CLOSED') return translate('errors.reprintClosed');
      if (extensions.policy === 'WHITELIST') return translate('errors.reprintWhitelist');
      return translate('errors.reprintNotAllowed');
    case 'INVALID_TRANSITION':
      // Starting while one is under way: the API names the status in progress.
      if (/in progress/.test(error.graphQLErrors[0]?.message ?? '')) return translate('errors.certificationInProgress');
      return translate('errors.invalidTransition');
    case 'NOT_ELIGIBLE':
      return notEligible(error.graphQLErrors[0]?.message ?? '');
    case 'CERTIFICATION_LIMIT': {
      const limit = Number(extensions.limit);
      return /supplement/i.test(error.graphQLErrors[0]?.message ?? '')
        ? translate('errors.supplementLimit', { limit })
        : translate('errors.certificationLimit', { limit });
    }
    case 'INTERNAL_SERVER_ERROR':
      return typeof extensions.requestId === 'string'
        ? translate('errors.internalWithId', { requestId: extensions.requestId })
        : translate('errors.internal');
    default:
      return translate('errors.unexpected', { code: errorCode(error) ?? error.message });
  }
}

/** The API's reasons for NOT_ELIGIBLE (in its English message), and how the admin says them. */
const NOT_ELIGIBLE_REASONS: ReadonlyArray<[RegExp, string]> = [
  [/mini-programs of individuals/, 'errors.notEligibleReasons.personalMiniProgram'],
  [/official accounts of individuals/, 'errors.notEligibleReasons.personalAccount'],
  [/enterprises and organizations/, 'errors.notEligibleReasons.enterprise'],
  [/by invitation/, 'errors.notEligibleReasons.notInvited'],
  [/confirmed infringement/, 'errors.notEligibleReasons.infringement'],
  [/confirmed violation in the last (\d+) days/, 'errors.notEligibleReasons.recentViolation'],
  [/Only accounts of individuals are invited/, 'errors.notEligibleReasons.inviteIndividualsOnly'],
];

/** "Not eligible: <reason>", in the reader's language; an unknown reason is shown as the API wrote it. */
function notEligible(message: string): string {
  for (const [pattern, key] of NOT_ELIGIBLE_REASONS) {
    const match = pattern.exec(message);
    if (match) return translate('errors.notEligible', { reason: translate(key, { days: match[1] ?? '' }) });
  }
  const reason = message.replace(/^Not eligible:\s*/i, '').replace(/\.$/, '');
  return translate('errors.notEligible', { reason });
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
  const extensions = extensionsOf(error);
  const code = errorCode(error);
  if (typeof extensions.field !== 'string') return undefined;
  const field = extensions.field.replace(/^input\./, '');
  if (code !== 'BAD_USER_INPUT') {
    return code === 'CORRECTION_TOO_LARGE' || code === 'IMMUTABLE_FIELD'
      ? { field, message: errorMessage(error) }
      : undefined;
  }
  if (typeof extensions.limit === 'number' && typeof extensions.length === 'number') {
    return { field, message: translate('errors.tooLong', { limit: extensions.limit, length: extensions.length }) };
  }
  if (typeof extensions.current === 'number') {
    return { field, message: translate('errors.quotaNotAbove', { current: extensions.current }) };
  }
  if (field === 'reason') return { field, message: translate('errors.reasonTooShort') };
  // The API's own sentence (English): more precise than a generic "not valid".
  return { field, message: error.graphQLErrors[0]?.message ?? errorMessage(error) };
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
