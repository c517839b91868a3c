import { i18n, translate } from '../i18n';
import { refusalText } from './errors';

/** The field of a member's refusal as the form and the CSV name it: `input.departmentIds.0` → departmentIds. */
export const memberField = (field: string | null | undefined): string =>
  (field ?? '').replace(/^input\./, '').replace(/\.\d+$/, '');

/** CSV columns are the form's fields, but for the departments (paths in the CSV, ids in the form). */
const COLUMN_FIELDS: Record<string, string> = { departments: 'departmentIds' };

/**
 * A refusal about a member (the dialog's, or a refused CSV line's) in the reader's language. A
 * duplicate or a malformed value is worded by its field (the API's DUPLICATE and INVALID_FORMAT are
 * shared by every form, so the general texts cannot name a member's id or mobile); the rest as
 * every refusal is (lib/errors).
 */
export function memberRefusalText(refusal: MemberRefusal): string {
  return memberFieldText(refusal) ?? refusalText(refusal);
}

interface MemberRefusal {
  code: string;
  reason?: string | null;
  field?: string | null;
  message: string;
}

/** The member-specific text of a refusal (a duplicate, a malformed value), or undefined. */
export function memberFieldText(refusal: MemberRefusal): string | undefined {
  const field = memberField(refusal.field);
  const name = COLUMN_FIELDS[field] ?? field;
  const key = `member.refusals.${refusal.reason}.${name}`;
  if (refusal.code === 'BAD_USER_INPUT' && refusal.reason && name && i18n.global.te(key)) return translate(key);
  return undefined;
}
