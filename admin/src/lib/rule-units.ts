/**
 * The rule editor's arithmetic (pure): what a person types for a rule of each unit — a fee in
 * yuan, days, a ladder of days with "permanent", one word a line — turned into the value the API
 * stores (cents, whole numbers, lists), and stored values shown back in those units. The API
 * checks the bounds; this only reads what was typed.
 */

/** The units of `RuleDefinition.unit` (schema.graphql). */
export type RuleUnitName =
  | 'COUNT'
  | 'CHARACTERS'
  | 'DAYS'
  | 'WORKING_DAYS'
  | 'HOURS'
  | 'MINUTES'
  | 'BYTES'
  | 'CNY_CENTS'
  | 'BOOLEAN'
  | 'BAN_LADDER'
  | 'DAY_LIST'
  | 'WORD_LIST'
  | 'PATTERN_LIST'
  | 'CORRECTION_OPERATIONS'
  | 'DATE_TIME'
  | 'JSON';

/** Whole numbers typed in one field, with the unit shown beside it. */
export const WHOLE_UNITS: readonly RuleUnitName[] = [
  'COUNT',
  'CHARACTERS',
  'DAYS',
  'WORKING_DAYS',
  'HOURS',
  'MINUTES',
  'BYTES',
];

/** Units edited as text (one field or one item a line). */
export const TEXT_UNITS: readonly RuleUnitName[] = [
  ...WHOLE_UNITS,
  'CNY_CENTS',
  'DAY_LIST',
  'WORD_LIST',
  'PATTERN_LIST',
  'JSON',
];

/** What was typed could not be read: the reason, for a translated message. */
export type RuleInputProblem =
  | 'EMPTY'
  | 'NOT_WHOLE'
  | 'NOT_YUAN'
  | 'NOT_DAY_LIST'
  | 'NOT_JSON'
  | 'STEP_NOT_WHOLE'
  | 'NO_STEPS';

export type RuleInput = { ok: true; value: unknown } | { ok: false; problem: RuleInputProblem; step?: number };

/** One step of a ban ladder as typed: days, or permanent. */
export interface LadderStepInput {
  days: string;
  permanent: boolean;
}

/** The two correction rules there are: replacements only, or insert, delete and replace. */
export type OperationsChoice = 'REPLACE_ONLY' | 'ALL';

/** Everything the editor holds; each unit reads its own part. */
export interface RuleEditorState {
  text: string;
  flag: boolean;
  steps: LadderStepInput[];
  operations: OperationsChoice;
  moment: Date | null;
}

const WHOLE = /^[+]?\d+$/;
/** Yuan with at most two decimals (分): 30, 30.5, 0.01; full-width digits are not expected. */
const YUAN = /^(\d+)(?:\.(\d{1,2}))?$/;

/** A whole number as typed ("1,000" and "1 000" read as 1000), or null. */
export function parseWhole(text: string): number | null {
  const compact = text.trim().replace(/[,\s_，]/g, '');
  if (!WHOLE.test(compact)) return null;
  const value = Number(compact);
  return Number.isSafeInteger(value) ? value : null;
}

/** Yuan as typed ("30", "30.5", "¥30.05", "30元") in cents (3000, 3050, 3005), or null. */
export function yuanToCents(text: string): number | null {
  const compact = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/(元|CNY)$/i, '')
    .replace(/[,\s，]/g, '');
  const match = YUAN.exec(compact);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as yuan with two decimals: 3000 → "30.00", 5 → "0.05". */
export function centsToYuan(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** Days separated by commas, 、 or spaces ("30, 7, 1"), or null when one is not a whole number. */
export function parseDayList(text: string): number[] | null {
  const parts = text
    .split(/[,，、\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const days = parts.map(parseWhole);
  return days.every((day): day is number => day !== null) ? days : null;
}

/** One item a line, trimmed; empty lines are dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The value to send for what was typed, or why it cannot be read. */
export function ruleValueFrom(unit: RuleUnitName, editor: RuleEditorState): RuleInput {
  const text = editor.text.trim();
  if (WHOLE_UNITS.includes(unit)) {
    if (!text) return { ok: false, problem: 'EMPTY' };
    const value = parseWhole(text);
    return value === null ? { ok: false, problem: 'NOT_WHOLE' } : { ok: true, value };
  }
  switch (unit) {
    case 'CNY_CENTS': {
      if (!text) return { ok: false, problem: 'EMPTY' };
      const cents = yuanToCents(text);
      return cents === null ? { ok: false, problem: 'NOT_YUAN' } : { ok: true, value: cents };
    }
    case 'BOOLEAN':
      return { ok: true, value: editor.flag };
    case 'BAN_LADDER': {
      if (editor.steps.length === 0) return { ok: false, problem: 'NO_STEPS' };
      const ladder: Array<number | null> = [];
      for (const [index, step] of editor.steps.entries()) {
        if (step.permanent) {
          ladder.push(null);
          continue;
        }
        const days = parseWhole(step.days);
        if (days === null) return { ok: false, problem: 'STEP_NOT_WHOLE', step: index + 1 };
        ladder.push(days);
      }
      return { ok: true, value: ladder };
    }
    case 'DAY_LIST': {
      if (!text) return { ok: false, problem: 'EMPTY' };
      const days = parseDayList(text);
      return days ? { ok: true, value: days } : { ok: false, problem: 'NOT_DAY_LIST' };
    }
    case 'WORD_LIST':
    case 'PATTERN_LIST':
      return { ok: true, value: parseLines(editor.text) };
    case 'CORRECTION_OPERATIONS':
      return { ok: true, value: editor.operations === 'ALL' ? ['INSERT', 'DELETE', 'REPLACE'] : ['REPLACE'] };
    case 'DATE_TIME':
      return editor.moment ? { ok: true, value: editor.moment.toISOString() } : { ok: false, problem: 'EMPTY' };
    default: {
      if (!text) return { ok: false, problem: 'EMPTY' };
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, problem: 'NOT_JSON' };
      }
    }
  }
}

const isNumberList = (value: unknown): value is Array<number | null> =>
  Array.isArray(value) && value.every((item) => item === null || typeof item === 'number');

/** The editor filled with a stored value (the value in force), to start from. */
export function editorFrom(unit: RuleUnitName, value: unknown): RuleEditorState {
  const editor: RuleEditorState = { text: '', flag: false, steps: [], operations: 'ALL', moment: null };
  if (value === undefined || value === null) {
    if (unit === 'BAN_LADDER') editor.steps = [{ days: '', permanent: false }];
    return editor;
  }
  if (WHOLE_UNITS.includes(unit) && typeof value === 'number') editor.text = String(value);
  else if (unit === 'CNY_CENTS' && typeof value === 'number') editor.text = centsToYuan(value);
  else if (unit === 'BOOLEAN') editor.flag = value === true;
  else if (unit === 'BAN_LADDER' && isNumberList(value)) {
    editor.steps = value.map((days) => ({ days: days === null ? '' : String(days), permanent: days === null }));
  } else if (unit === 'DAY_LIST' && isNumberList(value)) editor.text = value.join(', ');
  else if ((unit === 'WORD_LIST' || unit === 'PATTERN_LIST') && Array.isArray(value)) editor.text = value.join('\n');
  else if (unit === 'CORRECTION_OPERATIONS' && Array.isArray(value)) {
    editor.operations = value.length === 1 && value[0] === 'REPLACE' ? 'REPLACE_ONLY' : 'ALL';
  } else if (unit === 'DATE_TIME' && typeof value === 'string') {
    const moment = new Date(value);
    editor.moment = Number.isNaN(moment.getTime()) ? null : moment;
  } else editor.text = JSON.stringify(value);
  return editor;
}

/** The words a shown value needs, in the reader's language. */
export interface RuleValueWords {
  /** e.g. n => `${n} 天` */
  withUnit(unit: RuleUnitName, amount: number): string;
  yuan(text: string): string;
  permanent: string;
  yes: string;
  no: string;
  replaceOnly: string;
  allOperations: string;
  none: string;
  listSeparator: string;
  moment(iso: string): string;
}

/** A stored value as a person reads it: 30.00 元, 7 天 → 15 天 → 永久, 是. */
export function formatRuleValue(unit: RuleUnitName, value: unknown, words: RuleValueWords): string {
  if (value === null || value === undefined) return words.none;
  if (WHOLE_UNITS.includes(unit) && typeof value === 'number') return words.withUnit(unit, value);
  if (unit === 'CNY_CENTS' && typeof value === 'number') return words.yuan(centsToYuan(value));
  if (unit === 'BOOLEAN' && typeof value === 'boolean') return value ? words.yes : words.no;
  if (unit === 'BAN_LADDER' && isNumberList(value)) {
    return value.map((days) => (days === null ? words.permanent : words.withUnit('DAYS', days))).join(' → ');
  }
  if (unit === 'DAY_LIST' && isNumberList(value)) {
    return value.map((days) => words.withUnit('DAYS', days ?? 0)).join(words.listSeparator);
  }
  if ((unit === 'WORD_LIST' || unit === 'PATTERN_LIST') && Array.isArray(value)) {
    return value.length === 0 ? words.none : value.join(words.listSeparator);
  }
  if (unit === 'CORRECTION_OPERATIONS' && Array.isArray(value)) {
    return value.length === 1 && value[0] === 'REPLACE' ? words.replaceOnly : words.allOperations;
  }
  if (unit === 'DATE_TIME' && typeof value === 'string') return words.moment(value);
  return JSON.stringify(value);
}
