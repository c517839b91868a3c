import pino from 'pino';

/**
 * JSON-lines logging (pino) to stdout: one object per line with `level`, `time`, `message` and
 * fields. Never log secrets, tokens, cookies, bodies, SQL parameters or personal data: fields are
 * passed through `bounded`, which redacts what a database error quotes and caps every string.
 */
type Level = 'silent' | 'error' | 'info';

const logger = pino({
  level: 'info',
  messageKey: 'message',
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // Defence in depth: should a caller ever pass them, these never reach a line.
  redact: {
    paths: ['password', 'token', 'cookie', 'authorization', '*.password', '*.token', '*.cookie', '*.authorization'],
    censor: '[redacted]',
  },
});

export function setLogLevel(next: Level): void {
  logger.level = next;
}

/** The longest text a log field keeps: a huge request must not become a huge log line. */
const MAX_FIELD_CHARACTERS = 2000;

/**
 * What a log line may carry of an error's text: a database error's message and stack quote the
 * SQL and every parameter (identity numbers, phones, article bodies, sign-in emails) — the
 * parameters are dropped and the rest cut to a bounded length.
 */
export function redact(text: string): string {
  const withoutParameters = text.replace(/\nparams:[^\n]*/g, '\nparams: [redacted]');
  return withoutParameters.length > MAX_FIELD_CHARACTERS
    ? `${withoutParameters.slice(0, MAX_FIELD_CHARACTERS)}… [${withoutParameters.length - MAX_FIELD_CHARACTERS} more characters]`
    : withoutParameters;
}

function bounded(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') out[key] = redact(value);
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out[key] = bounded(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export const log = {
  info(message: string, fields: Record<string, unknown> = {}): void {
    if (logger.isLevelEnabled('info')) logger.info(bounded(fields), redact(message));
  },
  error(message: string, fields: Record<string, unknown> = {}): void {
    if (logger.isLevelEnabled('error')) logger.error(bounded(fields), redact(message));
  },
};
