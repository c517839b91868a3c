import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AnyVariables, CombinedError } from '@urql/vue';
import { ElMessage } from 'element-plus';
import { ref } from 'vue';
import { errorMessage } from '../lib/errors';
import { client } from '../urql';

interface ActionOptions<Data> {
  /** What the page does with the answer (replace a row, close a dialog). */
  done?: (data: Data) => void;
  /** The confirmation shown once it worked. */
  success?: string | ((data: Data) => string);
}

/**
 * A page's mutation actions, the one way they run: `running` while one is under way (buttons show
 * it), the answer handed to `done`, a confirmation message. `run` returns a refusal to the caller
 * (a dialog shows it beside its field: ReasonDialog's `action`); `runOrReport` shows it as a
 * message (a row's button). urql never rejects: its `error` is always checked here.
 */
export function useMutationAction() {
  const running = ref(false);

  async function run<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: ActionOptions<Data> = {},
  ): Promise<CombinedError | undefined> {
    running.value = true;
    try {
      const result = await client.mutation(document, variables).toPromise();
      if (result.error) return result.error;
      if (!result.data) return undefined;
      options.done?.(result.data);
      const message = typeof options.success === 'function' ? options.success(result.data) : options.success;
      if (message) ElMessage.success({ message, grouping: true });
      return undefined;
    } finally {
      running.value = false;
    }
  }

  async function runOrReport<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: ActionOptions<Data> = {},
  ): Promise<boolean> {
    const error = await run(document, variables, options);
    if (error) ElMessage.error({ message: errorMessage(error), grouping: true });
    return !error;
  }

  return { running, run, runOrReport };
}
