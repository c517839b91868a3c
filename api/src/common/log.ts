/** JSON-lines logging to stdout/stderr. Never log secrets, tokens or personal data. */
type Level = 'silent' | 'error' | 'info';

let level: Level = 'info';

export function setLogLevel(next: Level): void {
  level = next;
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
    if (level === 'info')
      process.stdout.write(
        `${JSON.stringify({ level: 'info', at: new Date().toISOString(), message: redact(message), ...bounded(fields) })}\n`,
      );
  },
  error(message: string, fields: Record<string, unknown> = {}): void {
    if (level !== 'silent')
      process.stderr.write(
        `${JSON.stringify({ level: 'error', at: new Date().toISOString(), message: redact(message), ...bounded(fields) })}\n`,
      );
  },
};
