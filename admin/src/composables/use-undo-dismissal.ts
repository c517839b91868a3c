import { ElButton, ElMessage } from 'element-plus';
import { h } from 'vue';
import { useI18n } from 'vue-i18n';
import { undoDismissalMutation } from '../graphql/documents';
import { errorCode, errorMessage, unexpectedError } from '../lib/errors';
import { client } from '../urql';

/** How long the message after a dismissal offers its undo (the drawer offers it for the whole window). */
const OFFER_MS = 10_000;

/**
 * Undoing a dismissal (within the rule moderation.undoMinutes): `undo` calls the API and says how
 * it went; `offer` shows the dismissal's success message with an “撤销” button while the API says
 * the viewer may still undo it. `undone` runs after a successful undo (the page reloads its queue).
 */
export function useUndoDismissal(undone: (id: string) => void) {
  const { t } = useI18n();

  async function undo(id: string): Promise<boolean> {
    const result = await client.mutation(undoDismissalMutation, { id }).toPromise();
    if (result.error) {
      if (errorCode(result.error) === 'UNAUTHENTICATED') unexpectedError(result.error);
      else ElMessage.error({ message: errorMessage(result.error), grouping: true });
      return false;
    }
    ElMessage.success({ message: t('tools.undone'), grouping: true });
    undone(id);
    return true;
  }

  function offer(id: string, message: string, undoableUntil: string | null | undefined): void {
    if (!undoableUntil) {
      ElMessage.success({ message, grouping: true });
      return;
    }
    const shown = ElMessage({
      type: 'success',
      // The API said it is undoable now; a late click is refused with the window's reason. (A
      // duration of 0 would keep the message forever, so it is not worked out from this clock.)
      duration: OFFER_MS,
      showClose: true,
      message: h('span', { class: 'undo-offer', 'data-testid': 'undo-offer' }, [
        `${message} `,
        h(
          ElButton,
          {
            size: 'small',
            type: 'primary',
            link: true,
            'data-testid': 'undo-dismissal-offer',
            onClick: () => {
              shown.close();
              void undo(id);
            },
          },
          () => t('tools.undo'),
        ),
      ]),
    });
  }

  return { undo, offer };
}
