import type { ReprintPolicyName } from '../../db/tables/articles';

/**
 * Whether an account may reprint an article directly, or needs the author's granted request
 * (seed 004). From open reprint on (the rule `article.reprint.openWithoutRequest`), OPEN articles
 * and WHITELIST ones for their listed accounts are reprinted with no confirmation; before it,
 * every reprint needed one. Pure: the caller reads the policy, the whitelist and the rule.
 */
export type ReprintAccess =
  | { direct: true }
  | { direct: false; reason: 'CLOSED' | 'NOT_WHITELISTED' | 'BEFORE_OPEN_REPRINT'; message: string };

export function reprintAccess(input: {
  policy: ReprintPolicyName;
  whitelisted: boolean;
  openReprintInForce: boolean;
}): ReprintAccess {
  if (input.policy === 'CLOSED') {
    return {
      direct: false,
      reason: 'CLOSED',
      message: 'The author does not allow reprints of this article without a granted reprint request.',
    };
  }
  if (input.policy === 'WHITELIST' && !input.whitelisted) {
    return {
      direct: false,
      reason: 'NOT_WHITELISTED',
      message: 'Only the accounts the author listed may reprint this article; others need a granted reprint request.',
    };
  }
  if (!input.openReprintInForce) {
    return {
      direct: false,
      reason: 'BEFORE_OPEN_REPRINT',
      message: 'Before open reprint (2018-06-27) every reprint needs the author’s granted reprint request.',
    };
  }
  return { direct: true };
}
