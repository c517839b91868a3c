import { createI18n } from 'vue-i18n';
import { type AppLocale, DEFAULT_LOCALE } from './lib/locale';
import { type Messages, zhCN } from './locales/zh-CN';

/**
 * The app's one vue-i18n instance (Composition API). Chinese, the default and the fallback, is in
 * the main script; every other language is a chunk of its own, loaded before the app mounts in it
 * or when the switch picks it (use-locale.ts), so nobody downloads a language they do not read.
 */
// Typed with every language, though only Chinese is here at first: the others arrive by activateLocale.
const initialMessages: { 'zh-CN': Messages } & Partial<Record<AppLocale, Messages>> = { 'zh-CN': zhCN };

export const i18n = createI18n({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: initialMessages,
});

const LAZY_MESSAGES: Record<Exclude<AppLocale, 'zh-CN'>, () => Promise<Messages>> = {
  en: () => import('./locales/en').then((module) => module.en),
};

const loaded = new Set<AppLocale>([DEFAULT_LOCALE]);

/** Makes `locale` the app's language, loading its messages first when they are not here yet. */
export async function activateLocale(locale: AppLocale): Promise<void> {
  if (!loaded.has(locale) && locale !== 'zh-CN') {
    // Merged, not set: a lazy page may have added its own messages for this language already.
    i18n.global.mergeLocaleMessage(locale, await LAZY_MESSAGES[locale]());
    loaded.add(locale);
  }
  i18n.global.locale.value = locale;
}

/** Translates outside components (guards, error helpers). */
export const translate = (key: string, named: Record<string, unknown> = {}): string => i18n.global.t(key, named);
