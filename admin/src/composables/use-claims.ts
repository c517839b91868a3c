import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { claimViolationMutation, violationQuery } from '../graphql/documents';
import type { ViolationDetailFragment } from '../graphql/generated/graphql';
import { type ClaimView, heldByOther } from '../lib/claims';
import { errorCode, errorMessage, isRefusal, unexpectedError } from '../lib/errors';
import { formatClock } from '../lib/format';
import { client } from '../urql';
import { useViewer } from './use-viewer';

type Claimable = ClaimView & { id: string };

/**
 * Claiming before acting (issue 15): `claim` takes (or renews) the viewer's claim; on an item
 * another moderator holds it asks first ("王五 正在处理（14:05 认领，14:35 失效），仍要接手吗？") and
 * then takes it over. A refusal (another moderator was faster) is shown translated and `refreshed`
 * gets the row as it is now. Resolves to the claimed violation, or null when nothing may be done.
 */
export function useClaims(refreshed: (violation: ViolationDetailFragment) => void) {
  const { t, locale } = useI18n();
  const { viewer } = useViewer();

  const isHeld = (violation: ClaimView) => heldByOther(violation, viewer.value?.id, Date.now());

  async function askTakeOver(violation: ClaimView): Promise<boolean> {
    const clock = (iso: string | null | undefined) => (iso ? formatClock(iso, locale.value) : '');
    return ElMessageBox.confirm(
      t('moderation.takeOverAsk', {
        name: violation.claimedBy?.displayName ?? '',
        claimedAt: clock(violation.claimedAt),
        expiresAt: clock(violation.claimExpiresAt),
      }),
      t('moderation.takeOverTitle'),
      {
        type: 'warning',
        confirmButtonText: t('moderation.takeOver'),
        cancelButtonText: t('common.cancel'),
        confirmButtonClass: 'take-over-confirm',
        cancelButtonClass: 'take-over-cancel',
        appendTo: document.body,
      },
    )
      .then(() => true)
      .catch(() => false);
  }

  async function refresh(id: string): Promise<void> {
    const result = await client.query(violationQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.violation) refreshed(result.data.violation);
  }

  async function claim(violation: Claimable): Promise<ViolationDetailFragment | null> {
    const takeOver = isHeld(violation);
    if (takeOver && !(await askTakeOver(violation))) return null;
    const result = await client.mutation(claimViolationMutation, { id: violation.id, takeOver }).toPromise();
    if (result.error) {
      if (errorCode(result.error) === 'UNAUTHENTICATED') unexpectedError(result.error);
      else ElMessage.error({ message: errorMessage(result.error), grouping: true });
      if (isRefusal(result.error, 'INVALID_TRANSITION')) await refresh(violation.id);
      return null;
    }
    const claimed = result.data?.claimViolation ?? null;
    if (claimed) {
      refreshed(claimed);
      if (takeOver) ElMessage.success({ message: t('moderation.takenOver'), grouping: true });
    }
    return claimed;
  }

  return { claim, isHeld, refresh };
}
