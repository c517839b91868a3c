import { computed, onBeforeUnmount, type Ref, ref, watch } from 'vue';
import { moderationQueueChangedSubscription } from '../graphql/documents';
import type { ModerationQueueChangedSubscription } from '../graphql/generated/graphql';
import { client, liveConnected, onLiveReconnected } from '../urql';

export type LiveQueueEvent = ModerationQueueChangedSubscription['moderationQueueChanged'];

/**
 * The moderation queue's events while `enabled` (moderators and admins; the API refuses others):
 * `onEvent` for each report, claim and decision, `onReconnected` after the socket was away (events
 * may have been missed: reload). `live` is true while they arrive.
 */
export function useLiveQueue(options: {
  enabled: Ref<boolean>;
  onEvent: (event: LiveQueueEvent) => void;
  onReconnected: () => void;
}) {
  let stop: (() => void) | null = null;
  /** The API refused the subscription (e.g. the session ended): not live. */
  const refused = ref(false);

  function start(): void {
    if (stop) return;
    refused.value = false;
    const subscription = client.subscription(moderationQueueChangedSubscription, {}).subscribe((result) => {
      if (result.error) {
        refused.value = true;
        return;
      }
      const event = result.data?.moderationQueueChanged;
      if (event) options.onEvent(event);
    });
    stop = () => subscription.unsubscribe();
  }

  function end(): void {
    stop?.();
    stop = null;
  }

  watch(options.enabled, (enabled) => (enabled ? start() : end()), { immediate: true });
  const forget = onLiveReconnected(() => {
    if (stop) options.onReconnected();
  });
  onBeforeUnmount(() => {
    end();
    forget();
  });

  return { live: computed(() => options.enabled.value && liveConnected.value && !refused.value) };
}
