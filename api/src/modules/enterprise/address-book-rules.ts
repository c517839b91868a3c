import { isEmail } from 'class-validator';
import type { ErrorReason } from '../../common/errors';
import { normalizeMobile } from './contact';

/**
 * The address book's rules that need no database (seed 003 and WeCom's published limits, kept in
 * domain.md): department names and depth, member ids, contact normalization, and the CSV columns
 * of the import and export. Pure: unit-tested in address-book-rules.test.ts.
 */

export const MAX_DEPARTMENT_DEPTH = 15;
export const MAX_DEPARTMENT_NAME = 64;
export const MAX_MEMBER_ID = 64;
export const MAX_MEMBER_NAME = 64;
export const MAX_POSITION = 128;
export const MAX_EMAIL = 254;
export const MAX_WECHAT_ID = 64;
export const MAX_MOBILE_INPUT = 20;

/** A refusal of one field, before it becomes an AppError (a service) or a report line (the import). */
export interface FieldProblem {
  /** The field's name as the import's column names it (memberId, mobile…); services prefix `input.`. */
  field: string;
  reason: ErrorReason<'BAD_USER_INPUT'>;
  message: string;
}

/** Characters as a person counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
const DEPARTMENT_FORBIDDEN = /[\\:*?"<>|]/;

/** A department's name, trimmed, or the problem with it (1–64 characters, none of \:*?"<>|). */
export function checkDepartmentName(input: string): { name: string } | FieldProblem {
  const name = input.trim();
  if (!name) return { field: 'name', reason: 'REQUIRED', message: 'Give the department a name.' };
  if (length(name) > MAX_DEPARTMENT_NAME)
    return {
      field: 'name',
      reason: 'TOO_LONG',
      message: `A department name has at most ${MAX_DEPARTMENT_NAME} characters.`,
    };
  if (DEPARTMENT_FORBIDDEN.test(name) || CONTROL.test(name))
    return {
      field: 'name',
      reason: 'INVALID_FORMAT',
      message: 'A department name may not contain any of \\ : * ? " < > | nor control characters.',
    };
  return { name };
}

const MEMBER_ID = /^[0-9A-Za-z_\-@.]+$/;

/** A member id, trimmed, or the problem with it (1–64 of [0-9A-Za-z_-@.]). */
export function checkMemberId(input: string | null | undefined): { memberId: string } | FieldProblem {
  const memberId = (input ?? '').trim();
  if (!memberId) return { field: 'memberId', reason: 'REQUIRED', message: 'Give the member’s id (账号).' };
  if (memberId.length > MAX_MEMBER_ID)
    return { field: 'memberId', reason: 'TOO_LONG', message: `A member id has at most ${MAX_MEMBER_ID} characters.` };
  if (!MEMBER_ID.test(memberId))
    return {
      field: 'memberId',
      reason: 'INVALID_FORMAT',
      message: 'A member id may hold only letters, digits and _ - @ . (no spaces).',
    };
  return { memberId };
}

/** An email as stored (trimmed, lower-cased), or null when it does not look like one. */
export function normalizeEmailAddress(input: string): string | null {
  const email = input.trim().toLowerCase();
  if (email.length > MAX_EMAIL || !isEmail(email)) return null;
  return email;
}

/** The fields of a member as a person gives them (null/undefined: not given; '' clears an optional one). */
export interface MemberFieldsInput {
  memberId?: string | null;
  name?: string | null;
  mobile?: string | null;
  email?: string | null;
  wechatId?: string | null;
  position?: string | null;
}

/** The normalized values; a key is present only when the field was given (null: cleared). */
export interface MemberValues {
  memberId?: string;
  name?: string;
  mobile?: string | null;
  email?: string | null;
  wechatId?: string | null;
  position?: string | null;
}

/**
 * Normalizes and checks a member's fields. `adding`: memberId and name are required. Returns the
 * values or the first problem, in the order of the form (member id, name, mobile, email, WeChat
 * id, position).
 */
export function checkMemberFields(input: MemberFieldsInput, adding: boolean): MemberValues | FieldProblem {
  const values: MemberValues = {};
  if (adding || (input.memberId !== undefined && input.memberId !== null)) {
    const checked = checkMemberId(input.memberId);
    if ('reason' in checked) return checked;
    values.memberId = checked.memberId;
  }
  if (adding || (input.name !== undefined && input.name !== null)) {
    const name = (input.name ?? '').trim();
    if (!name) return { field: 'name', reason: 'REQUIRED', message: 'Give the member’s name.' };
    if (length(name) > MAX_MEMBER_NAME)
      return { field: 'name', reason: 'TOO_LONG', message: `A name has at most ${MAX_MEMBER_NAME} characters.` };
    if (CONTROL.test(name))
      return { field: 'name', reason: 'INVALID_FORMAT', message: 'A name may not hold control characters.' };
    values.name = name;
  }
  if (input.mobile !== undefined && input.mobile !== null) {
    const raw = input.mobile.trim();
    if (!raw) values.mobile = null;
    else {
      const mobile = raw.length <= MAX_MOBILE_INPUT * 2 ? normalizeMobile(raw) : null;
      if (!mobile)
        return {
          field: 'mobile',
          reason: 'INVALID_FORMAT',
          message:
            'This is not a mobile number: give a Chinese mobile (11 digits starting 13–19, e.g. 138 0013 8000) or another country’s with + and its code.',
        };
      values.mobile = mobile;
    }
  }
  if (input.email !== undefined && input.email !== null) {
    const raw = input.email.trim();
    if (!raw) values.email = null;
    else {
      const email = normalizeEmailAddress(raw);
      if (!email) return { field: 'email', reason: 'INVALID_FORMAT', message: 'This is not an email address.' };
      values.email = email;
    }
  }
  if (input.wechatId !== undefined && input.wechatId !== null) {
    const wechatId = input.wechatId.trim();
    if (!wechatId) values.wechatId = null;
    else {
      if (wechatId.length > MAX_WECHAT_ID)
        return {
          field: 'wechatId',
          reason: 'TOO_LONG',
          message: `A WeChat id has at most ${MAX_WECHAT_ID} characters.`,
        };
      if (/\s/.test(wechatId) || CONTROL.test(wechatId))
        return { field: 'wechatId', reason: 'INVALID_FORMAT', message: 'A WeChat id has no spaces.' };
      values.wechatId = wechatId;
    }
  }
  if (input.position !== undefined && input.position !== null) {
    const position = input.position.trim();
    if (length(position) > MAX_POSITION)
      return { field: 'position', reason: 'TOO_LONG', message: `A position has at most ${MAX_POSITION} characters.` };
    if (CONTROL.test(position))
      return { field: 'position', reason: 'INVALID_FORMAT', message: 'A position may not hold control characters.' };
    values.position = position || null;
  }
  return values;
}

export const isProblem = (value: object): value is FieldProblem => 'reason' in value && 'field' in value;

/** Whether `path` (a department's materialized path) lies in the subtree whose path is `root`. */
export const inSubtree = (path: string, root: string) => path.startsWith(root);

/**
 * The depth the deepest department of a moved subtree would reach: the subtree spans
 * `deepest - depth` levels below the department, which lands at `newParentDepth + 1`.
 */
export function depthAfterMove(depth: number, deepest: number, newParentDepth: number): number {
  return newParentDepth + 1 + (deepest - depth);
}

/* CSV columns -------------------------------------------------------------------------------- */

export const CSV_COLUMNS = ['memberId', 'name', 'mobile', 'email', 'wechatId', 'position', 'departments'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The header names the import accepts: English (any case) or the Chinese of WeCom's template. */
const COLUMN_NAMES: Record<string, CsvColumn> = {
  memberid: 'memberId',
  name: 'name',
  mobile: 'mobile',
  email: 'email',
  wechatid: 'wechatId',
  position: 'position',
  departments: 'departments',
  账号: 'memberId',
  姓名: 'name',
  手机: 'mobile',
  邮箱: 'email',
  微信号: 'wechatId',
  职务: 'position',
  部门: 'departments',
};

/** The column a header cell names, or null. */
export function columnOf(header: string): CsvColumn | null {
  const key = header.trim();
  return COLUMN_NAMES[key.toLowerCase()] ?? COLUMN_NAMES[key] ?? null;
}

/**
 * The departments cell: paths from the top separated by ';', levels by '/'. A '/' or ';' inside a
 * name is written '\/' or '\;' (a name cannot hold '\', so the escape is unambiguous). Returns
 * each path's names, trimmed, empty paths dropped.
 */
export function parseDepartmentPaths(cell: string): string[][] {
  const paths: string[][] = [];
  let names: string[] = [];
  let name = '';
  const endName = () => {
    names.push(name.trim());
    name = '';
  };
  const endPath = () => {
    endName();
    if (names.some((each) => each)) paths.push(names);
    names = [];
  };
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === '/' || cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      name += cell[i + 1];
      i += 1;
    } else if (c === '/') endName();
    else if (c === ';') endPath();
    else name += c;
  }
  endPath();
  return paths;
}

const escapeName = (name: string) => name.replace(/[/;]/g, (c) => `\\${c}`);

/** The departments cell for departments given as their names from the top (the inverse of parseDepartmentPaths). */
export function formatDepartmentPaths(paths: readonly (readonly string[])[]): string {
  return paths.map((names) => names.map(escapeName).join('/')).join(';');
}

/**
 * A cell as the export wrote it: the CSV-injection guard there prefixes a quote to a cell that
 * starts with = + - @ (csv.ts); the import takes it off again, so an export re-imports unchanged.
 */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A stored mobile as the export writes it: a Chinese one as stored (86…), another country's with its +. */
export function mobileForCsv(stored: string | null): string {
  if (!stored) return '';
  return /^861[3-9]\d{9}$/.test(stored) ? stored : `+${stored}`;
}
