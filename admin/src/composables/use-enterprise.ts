import { computed, type Ref, ref, shallowRef, watch } from 'vue';
import { enterpriseAccountQuery, myDirectoryAccountsQuery } from '../graphql/documents';
import type { EnterpriseAccountQuery, MyDirectoryAccountsQuery } from '../graphql/generated/graphql';
import { meansMissing, unexpectedError } from '../lib/errors';
import { client } from '../urql';
import { useViewer } from './use-viewer';

export type DirectoryAccount = NonNullable<MyDirectoryAccountsQuery['viewer']>['directoryAccounts'][number];
export type EnterpriseAccount = NonNullable<EnterpriseAccountQuery['account']>;
export type EnterpriseSettings = NonNullable<EnterpriseAccount['enterpriseSettings']>;

/* The accounts where the signed-in user is a hierarchical administrator: once per user and page load. */
const directoryAccounts = shallowRef<DirectoryAccount[]>([]);
let loadedFor: string | null = null;
let loading: Promise<DirectoryAccount[]> | null = null;

/** The viewer's directory accounts (`viewer.directoryAccounts`), fetched once per signed-in user unless `force`d. */
export function loadDirectoryAccounts(viewerId: string | null, force = false): Promise<DirectoryAccount[]> {
  if (!viewerId) {
    directoryAccounts.value = [];
    loadedFor = null;
    return Promise.resolve([]);
  }
  if (loading && loadedFor === viewerId && !force) return loading;
  loadedFor = viewerId;
  loading = client
    .query(myDirectoryAccountsQuery, {})
    .toPromise()
    .then((result) => {
      if (result.error) {
        unexpectedError(result.error);
        directoryAccounts.value = [];
      } else {
        directoryAccounts.value = result.data?.viewer?.directoryAccounts ?? [];
      }
      return directoryAccounts.value;
    });
  return loading;
}

/** The signed-in user's directory accounts (loaded when the user changes). */
export function useDirectoryAccounts() {
  const { viewer } = useViewer();
  watch(
    () => viewer.value?.id ?? null,
    (id) => void loadDirectoryAccounts(id),
    { immediate: true },
  );
  return { directoryAccounts: computed(() => directoryAccounts.value) };
}

/**
 * One enterprise account as its pages see it, and what the viewer is to it: a system administrator
 * (one of its operators, or ADMIN: every page, every write), a hierarchical administrator (the
 * address book within their scope), or neither (the API answers with what they may see).
 */
export function useEnterpriseAccount(accountId: Ref<string>) {
  const { viewer, roles } = useViewer();
  const { directoryAccounts: scoped } = useDirectoryAccounts();
  const account = shallowRef<EnterpriseAccount | null>(null);
  const missing = ref(false);
  const loadingAccount = ref(false);
  let request = 0;

  async function load(): Promise<void> {
    const id = accountId.value;
    if (!id) return;
    const current = ++request;
    loadingAccount.value = true;
    missing.value = false;
    const result = await client.query(enterpriseAccountQuery, { id }).toPromise();
    if (current !== request) return;
    loadingAccount.value = false;
    if (result.error) {
      if (meansMissing(result.error)) missing.value = true;
      else unexpectedError(result.error);
      return;
    }
    const found = result.data?.account ?? null;
    if (found) {
      account.value = found.kind === 'ENTERPRISE' ? found : null;
    } else {
      // A hierarchical administrator may not read the account itself (it is not theirs), only
      // that they hold a scope in it: its heading comes from there.
      const directory = await loadDirectoryAccounts(viewer.value?.id ?? null);
      if (current !== request) return;
      const scopedAccount = directory.find((item) => item.id === id);
      account.value = scopedAccount ? { ...scopedAccount, operators: [], enterpriseSettings: null } : null;
    }
    missing.value = !account.value;
  }

  watch(accountId, () => void load(), { immediate: true });

  const isAdmin = computed(() => roles.value.includes('ADMIN'));
  /** Its operators and ADMIN: the whole address book, follows, settings and administrators. */
  const isSystemAdmin = computed(
    () => isAdmin.value || (account.value?.operators.some((operator) => operator.id === viewer.value?.id) ?? false),
  );
  /** A hierarchical administrator here (and not a system administrator). */
  const isHierarchical = computed(
    () => !isSystemAdmin.value && scoped.value.some((item) => item.id === accountId.value),
  );
  /**
   * Whether the address book's write actions are offered. The API tells a hierarchical
   * administrator which accounts they hold a scope in, not whether it is VIEW or MANAGE: their
   * write actions stay hidden (the API would decide anyway).
   */
  const canWrite = computed(() => isSystemAdmin.value);

  function showSettings(settings: EnterpriseSettings): void {
    if (account.value) account.value = { ...account.value, enterpriseSettings: settings };
  }

  return {
    account,
    missing,
    loadingAccount,
    isAdmin,
    isSystemAdmin,
    isHierarchical,
    canWrite,
    reload: load,
    showSettings,
  };
}
