/** The languages of the admin and the playground, and where the choice is kept (no Vue here). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

/** Each language's name in that language, for the switch. */
export const LOCALE_NAMES: Record<AppLocale, string> = { 'zh-CN': '中文', en: 'English' };

const STORAGE_KEY = 'oap.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): AppLocale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this page only.
  }
  document.documentElement.lang = locale;
}
