// Element Plus's styles come per component (unplugin-element-plus in vite.config.ts); the loading
// directive (`vLoading`) has no `El` name for the plugin to see, so its styles are imported here.
import 'element-plus/es/components/loading/style/css';
import './styles.css';
import { install as urql } from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { setViewer } from './composables/use-viewer';
import { activateLocale, i18n } from './i18n';
import { handleSessionEnded } from './lib/errors';
import { DEFAULT_LOCALE, storedLocale, storeLocale } from './lib/locale';
import { router } from './router';
import { client } from './urql';

// The API said the session is gone (expired, or signed out elsewhere): back to sign-in, then here.
handleSessionEnded(() => {
  setViewer(null);
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.replace({ name: 'login', query: { redirect: here.fullPath } });
});

const mount = () => createApp(App).use(i18n).use(router).use(urql, client).mount('#app');

// A language other than the default loads its messages first (one small chunk); if that fails, the
// app opens in the default language rather than not at all.
const locale = storedLocale();
activateLocale(locale).then(
  () => {
    storeLocale(locale);
    mount();
  },
  () => {
    storeLocale(DEFAULT_LOCALE);
    mount();
  },
);
