import enLocale from 'element-plus/es/locale/lang/en';
import zhCnLocale from 'element-plus/es/locale/lang/zh-cn';
import { computed } from 'vue';
import { activateLocale, i18n } from '../i18n';
import { type AppLocale, isAppLocale, LOCALE_NAMES, LOCALES, storeLocale } from '../lib/locale';

const ELEMENT_LOCALES = { 'zh-CN': zhCnLocale, en: enLocale } as const;

const current = computed<AppLocale>(() => {
  const value = i18n.global.locale.value;
  return isAppLocale(value) ? value : 'zh-CN';
});

/**
 * Sets the language of the whole app, and remembers it for the next visit. The language's messages
 * may have to load first; if they cannot (offline), the app stays in the language it has.
 */
export async function setLocale(locale: AppLocale): Promise<void> {
  await activateLocale(locale);
  storeLocale(locale);
}

/** The current language, its Element Plus locale, and the switch. */
export function useLocale() {
  return {
    locale: current,
    elementLocale: computed(() => ELEMENT_LOCALES[current.value]),
    options: LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] })),
    setLocale,
  };
}
