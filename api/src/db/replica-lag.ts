/**
 * Pure arithmetic of a read replica's freshness: WAL positions (LSNs) and how far behind a replica
 * is. No I/O: read-replica.ts feeds it what the servers said.
 */

/** A WAL position as PostgreSQL prints it (`16/B374D848`: the high and low 32 bits in hex) as a number. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: "${text}"`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/**
 * Whether a replica that has replayed up to `replayed` holds everything up to `required` (a
 * reader's last write). Nothing required: any replica will do; nothing known replayed: none will.
 */
export function hasReplayed(replayed: bigint | null, required: bigint | null): boolean {
  if (required === null) return true;
  return replayed !== null && replayed >= required;
}

/** The primary's WAL position as sampled at a moment (milliseconds since the epoch). */
export interface LsnSample {
  at: number;
  lsn: bigint;
}

/**
 * Whether the replica lags more than `maxLagMs`: it has not yet replayed what the primary had
 * written `maxLagMs` ago. Measured in time against earlier samples of the primary, not against
 * the last replayed transaction's timestamp, which stops moving when the primary is idle and would
 * call an idle, fully caught-up replica late. Without a sample that old, it cannot be told: false.
 */
export function lagsTooFar(samples: readonly LsnSample[], replayed: bigint, now: number, maxLagMs: number): boolean {
  let reference: LsnSample | undefined;
  for (const sample of samples) {
    if (now - sample.at >= maxLagMs && (!reference || sample.at > reference.at)) reference = sample;
  }
  return reference !== undefined && replayed < reference.lsn;
}

/** The samples `lagsTooFar` may still need: those younger than `maxLagMs` and the newest older one. */
export function samplesToKeep(samples: readonly LsnSample[], now: number, maxLagMs: number): LsnSample[] {
  const older = samples.filter((sample) => now - sample.at >= maxLagMs);
  const newestOlder = older.reduce<LsnSample | undefined>(
    (newest, sample) => (!newest || sample.at > newest.at ? sample : newest),
    undefined,
  );
  return [...(newestOlder ? [newestOlder] : []), ...samples.filter((sample) => now - sample.at < maxLagMs)];
}
