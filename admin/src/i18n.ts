import { createI18n } from 'vue-i18n';
import { storedLocale } from './lib/locale';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

/** The app's one vue-i18n instance (Composition API). The language switch is in use-locale.ts. */
export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

/** Translates outside components (guards, error helpers). */
export const translate = (key: string, named: Record<string, unknown> = {}): string => i18n.global.t(key, named);
