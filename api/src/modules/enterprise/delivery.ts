import type { DeliveryProviderName } from '../../config';
import type { Executor } from '../../db/client';
import { type DeliveryChannelName, deliveries } from '../../db/schema';

export interface DeliveryMessage {
  channel: DeliveryChannelName;
  /** A normalized mobile (digits with the country code) or a lower-cased email. */
  to: string;
  body: string;
  accountId: string | null;
  followId: string | null;
  at: Date;
}

/**
 * Where SMS and email go (verification codes of enterprise follows). The built-in provider writes
 * the message to the `deliveries` outbox in the caller's transaction, so a message exists exactly
 * when what caused it was committed; a real gateway would implement the same method (from an
 * outbox relay, sending after commit). Chosen by config `DELIVERY_PROVIDER`.
 */
export interface DeliveryProvider {
  readonly name: DeliveryProviderName;
  send(message: DeliveryMessage, tx: Executor): Promise<{ id: string }>;
}

export const outbox: DeliveryProvider = {
  name: 'outbox',
  async send(message, tx) {
    const [row] = await tx
      .insert(deliveries)
      .values({
        channel: message.channel,
        to: message.to,
        body: message.body,
        accountId: message.accountId,
        followId: message.followId,
        sentAt: message.at,
      })
      .returning({ id: deliveries.id });
    if (!row) throw new Error('the outbox did not take the message');
    return row;
  },
};

const providers: Record<DeliveryProviderName, DeliveryProvider> = { outbox };

export function deliveryProvider(name: DeliveryProviderName): DeliveryProvider {
  return providers[name];
}
