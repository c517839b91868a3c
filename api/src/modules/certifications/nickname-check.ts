import { RE2JS } from 're2js';
import { compilePattern } from '../rules/rule-values';
/**
 * The certification nickname checker (pure, seed 001/002). It advises: the reviewer decides.
 * Forbidden words (country names, the platform's own names, exaggerations) are never allowed;
 * generic words need the subject's full name; app-like names are flagged. Suggestions follow the
 * seed: the subject's full name, or the full name plus a modifier.
 */
export interface NamingRules {
  forbiddenWords: readonly string[];
  genericWords: readonly string[];
  appLikePatterns: readonly string[];
}

export type NamingProblemCode = 'FORBIDDEN_WORD' | 'GENERIC_WITHOUT_SUBJECT' | 'LOOKS_LIKE_APP' | 'LENGTH';

export interface NamingProblem {
  code: NamingProblemCode;
  word: string;
  message: string;
}

export interface NamingAdvice {
  compliant: boolean;
  problems: NamingProblem[];
  suggestions: string[];
}

/** The first match of an admin's pattern, case-insensitive, by RE2 (linear time). */
function firstMatch(pattern: string, text: string): string | null {
  const matcher = compilePattern(pattern, RE2JS.CASE_INSENSITIVE).matcher(text);
  return matcher.find() ? (matcher.group() ?? '') : null;
}

export function checkNickname(nickname: string, subjectName: string | null, rules: NamingRules): NamingAdvice {
  const name = nickname.trim();
  const problems: NamingProblem[] = [];
  const length = Array.from(name).length;
  if (length < 2 || length > 30)
    problems.push({ code: 'LENGTH', word: name, message: 'A nickname is 2 to 30 characters.' });
  const lower = name.toLowerCase();
  for (const word of rules.forbiddenWords) {
    if (lower.includes(word.toLowerCase())) {
      problems.push({ code: 'FORBIDDEN_WORD', word, message: `“${word}” may not appear in a certified name.` });
    }
  }
  const hasSubject = subjectName !== null && name.includes(subjectName);
  for (const word of rules.genericWords) {
    if (name.includes(word) && !hasSubject) {
      problems.push({
        code: 'GENERIC_WITHOUT_SUBJECT',
        word,
        message: `“${word}” is a generic word: use it only with the subject’s full name.`,
      });
    }
  }
  for (const pattern of rules.appLikePatterns) {
    const match = firstMatch(pattern, name);
    if (match)
      problems.push({
        code: 'LOOKS_LIKE_APP',
        word: match,
        message: `“${match}” makes the name look like an app.`,
      });
  }
  const suggestions: string[] = [];
  if (subjectName) {
    suggestions.push(subjectName);
    let modifier = name;
    for (const word of [...rules.forbiddenWords, ...rules.appLikePatterns.map((p) => firstMatch(p, name) ?? '')]) {
      if (word) modifier = modifier.split(word).join('');
    }
    modifier = modifier.replace(subjectName, '').trim();
    if (modifier && Array.from(subjectName + modifier).length <= 30) suggestions.push(`${subjectName}${modifier}`);
  }
  return {
    compliant: problems.length === 0,
    problems,
    suggestions: [...new Set(suggestions)].filter((s) => s !== name),
  };
}
