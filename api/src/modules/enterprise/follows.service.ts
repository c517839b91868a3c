import type { Connection } from '../../common/pagination';
import type { Context } from '../../context';
import type {
  DeliveryRow,
  EnterpriseAppRow,
  EnterpriseSettingsRow,
  FollowEventRow,
  FollowRow,
  FollowStatusName,
} from '../../db/schema';

/**
 * Follow verification of enterprise accounts (seed 003), the delivery outbox, the administrators'
 * settings and the apps.
 */
const todo = (name: string): never => {
  throw new Error(`${name}: not implemented yet`);
};

export async function findFollow(_ctx: Context, _id: string): Promise<FollowRow | null> {
  return todo('findFollow');
}
export async function listFollows(
  _ctx: Context,
  _args: { accountId: string; status?: FollowStatusName | null; first?: number | null; after?: string | null },
): Promise<Connection<FollowRow>> {
  return todo('listFollows');
}
export async function listFollowEvents(
  _ctx: Context,
  _args: { accountId: string; first?: number | null; after?: string | null },
): Promise<Connection<FollowEventRow>> {
  return todo('listFollowEvents');
}
export async function listDeliveries(
  _ctx: Context,
  _args: { first?: number | null; after?: string | null },
): Promise<Connection<DeliveryRow>> {
  return todo('listDeliveries');
}
export async function followEnterpriseAccount(
  _ctx: Context,
  _input: { accountId: string; wechatId: string; boundMobile?: string | null },
): Promise<FollowRow> {
  return todo('followEnterpriseAccount');
}
export async function submitFollowContact(_ctx: Context, _followId: string, _contact: string): Promise<FollowRow> {
  return todo('submitFollowContact');
}
export async function verifyFollowCode(_ctx: Context, _followId: string, _code: string): Promise<FollowRow> {
  return todo('verifyFollowCode');
}
export async function approveFollow(_ctx: Context, _followId: string): Promise<FollowRow> {
  return todo('approveFollow');
}
export async function setEnterpriseSettings(
  _ctx: Context,
  _accountId: string,
  _input: { twoStepVerification?: boolean | null; failureMessage?: string | null },
): Promise<void> {
  return todo('setEnterpriseSettings');
}
/** The settings with the cap in force now; null for an account that is not ENTERPRISE. */
export async function enterpriseSettingsOf(
  _ctx: Context,
  _accountId: string,
): Promise<
  | (Pick<EnterpriseSettingsRow, 'twoStepVerification' | 'failureMessage'> & { memberCap: number; memberCount: number })
  | null
> {
  return todo('enterpriseSettingsOf');
}
export async function listEnterpriseApps(_ctx: Context, _accountId: string): Promise<EnterpriseAppRow[]> {
  return todo('listEnterpriseApps');
}
export async function createEnterpriseApp(
  _ctx: Context,
  _input: { accountId: string; name: string; departmentIds: string[] },
): Promise<EnterpriseAppRow> {
  return todo('createEnterpriseApp');
}
/** What the follower sees in WeChat: the enterprise assistant, and once FOLLOWED the apps of its departments. */
export async function visibleAppsOf(_ctx: Context, _follow: FollowRow): Promise<string[]> {
  return todo('visibleAppsOf');
}
/** Wrong codes the follower may still enter today (China time): the rule minus today's wrong codes. */
export async function attemptsLeftToday(_ctx: Context, _follow: FollowRow): Promise<number> {
  return todo('attemptsLeftToday');
}
/** The administrator's failure message, once verification has failed (a wrong code, an unknown contact, the daily limit). */
export async function failureMessageOf(_ctx: Context, _follow: FollowRow): Promise<string | null> {
  return todo('failureMessageOf');
}
