import type { CombinedError } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { translate } from '../i18n';

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
    case 'INTERNAL_SERVER_ERROR':
      return typeof extensions.requestId === 'string'
        ? translate('errors.internalWithId', { requestId: extensions.requestId })
        : translate('errors.internal');
    default:
      return translate('errors.unexpected', { code: errorCode(error) ?? error.message });
  }
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
