import { onBeforeUnmount, type Ref, ref, shallowRef, watch } from 'vue';
import { checkCertificationNicknameQuery } from '../graphql/documents';
import type { CheckCertificationNicknameQuery } from '../graphql/generated/graphql';
import { unexpectedError } from '../lib/errors';
import { client } from '../urql';

export type NamingAdvice = CheckCertificationNicknameQuery['checkCertificationNickname'];

/**
 * The naming checker as the applicant types: `checkCertificationNickname` once the name has been
 * still for `delay` ms (its suggestions come from the account's subject). Only the newest answer
 * counts; an empty name has no advice. It advises: applying stays allowed.
 */
export function useNamingCheck(name: Readonly<Ref<string>>, accountId: Readonly<Ref<string | undefined>>, delay = 300) {
  const advice = shallowRef<NamingAdvice | null>(null);
  /** The name the advice is about (the input may have moved on). */
  const checkedName = ref('');
  const checking = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  async function check(value: string): Promise<void> {
    const id = ++request;
    checking.value = true;
    const result = await client
      .query(checkCertificationNicknameQuery, { name: value, accountId: accountId.value ?? null })
      .toPromise();
    if (id !== request) return;
    checking.value = false;
    if (result.error) {
      unexpectedError(result.error);
      return;
    }
    advice.value = result.data?.checkCertificationNickname ?? null;
    checkedName.value = value;
  }

  watch(
    [name, accountId],
    ([value]) => {
      clearTimeout(timer);
      const trimmed = value.trim();
      if (!trimmed) {
        request += 1;
        checking.value = false;
        advice.value = null;
        checkedName.value = '';
        return;
      }
      checking.value = true;
      timer = setTimeout(() => void check(trimmed), delay);
    },
    { immediate: true },
  );

  onBeforeUnmount(() => {
    clearTimeout(timer);
    request += 1;
  });

  return { advice, checkedName, checking };
}
