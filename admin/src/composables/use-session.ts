import { useRouter } from 'vue-router';
import { logoutMutation } from '../graphql/documents';
import { unexpectedError } from '../lib/errors';
import { client, closeLiveSocket } from '../urql';
import { setViewer } from './use-viewer';

/** Signing out: the API ends the session and clears the cookie; then the sign-in page. */
export function useSignOut() {
  const router = useRouter();
  return async function signOut(): Promise<void> {
    const result = await client.mutation(logoutMutation, {}).toPromise();
    if (result.error) {
      unexpectedError(result.error);
      return;
    }
    setViewer(null);
    await closeLiveSocket();
    await router.replace({ name: 'login' });
  };
}
