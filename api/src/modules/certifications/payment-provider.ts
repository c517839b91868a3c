import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { payments } from '../../db/schema';

export interface ChargeRequest {
  certificationId: string;
  amountCents: number;
  payerId: string | null;
  at: Date;
}

/**
 * Where the fee is taken. The built-in provider records an internal ledger entry in the caller's
 * transaction; a real gateway would implement the same method (and confirm asynchronously).
 * Certification fees are never refundable (seed 001: 认证成功与否，概不退费).
 */
export interface PaymentProvider {
  readonly name: string;
  charge(tx: Executor, request: ChargeRequest): Promise<{ reference: string }>;
}

export const internalLedger: PaymentProvider = {
  name: 'internal-ledger',
  async charge(tx, request) {
    const reference = `LEDGER-${randomUUID()}`;
    await tx.insert(payments).values({
      certificationId: request.certificationId,
      amountCents: request.amountCents,
      payerId: request.payerId,
      provider: 'internal-ledger',
      reference,
      refundable: false,
      paidAt: request.at,
    });
    return { reference };
  },
};

export const paymentProvider: PaymentProvider = internalLedger;
