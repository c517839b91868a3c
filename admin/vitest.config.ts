import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The admin's pure code (lib/, composables without a page, the messages): node, no browser and no
// vite plugins — what needs a page is tested in test/e2e with Chromium.
export default defineConfig({
  resolve: {
    alias: {
      '@oap/domain/edit-distance': fileURLToPath(
        new URL('../api/src/modules/articles/edit-distance.ts', import.meta.url),
      ),
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
