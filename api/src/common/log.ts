/** JSON-lines logging to stdout/stderr. Never log secrets, tokens or personal data. */
type Level = 'silent' | 'error' | 'info';

let level: Level = 'info';

export function setLogLevel(next: Level): void {
  level = next;
}

export const log = {
  info(message: string, fields: Record<string, unknown> = {}): void {
    if (level === 'info')
      process.stdout.write(`${JSON.stringify({ level: 'info', at: new Date().toISOString(), message, ...fields })}\n`);
  },
  error(message: string, fields: Record<string, unknown> = {}): void {
    if (level !== 'silent')
      process.stderr.write(`${JSON.stringify({ level: 'error', at: new Date().toISOString(), message, ...fields })}\n`);
  },
};
