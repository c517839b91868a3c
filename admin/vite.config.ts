import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import ElementPlus from 'unplugin-element-plus/vite';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { graphqlDocuments } from './vite-graphql-documents';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// Two pages: the admin SPA (index.html, served for `/` and every SPA route) and the GraphQL
// playground (playground.html, served for `/playground`). Vite reads its configuration from the
// default export.
export default defineConfig({
  plugins: [
    graphqlDocuments(['src/graphql/documents.ts', 'src/graphql/dashboard.ts']),
    vue(),
    // Element Plus's styles per component: every `import { ElX } from 'element-plus'` also imports
    // that component's stylesheet (instead of the whole 364 KB theme).
    ElementPlus({}),
    // Precompressed copies made at build time (brotli and gzip, beside each file); the API serves
    // them with Content-Encoding (api/src/static-assets.ts). The originals stay for `identity`.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|mjs|css|html|svg|json|txt|map)$/,
      threshold: 1024,
      deleteOriginalAssets: false,
    }),
  ],
  resolve: {
    alias: {
      // The API's pure edit distance (no dependencies): the correction counter measures exactly as
      // the server does. tsconfig.json maps the same name for the typecheck.
      '@oap/domain/edit-distance': fileURLToPath(
        new URL('../api/src/modules/articles/edit-distance.ts', import.meta.url),
      ),
    },
  },
  define: {
    // vue-i18n: Composition API only; messages are compiled without eval (the CSP has no 'unsafe-eval').
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: {
    // `pnpm dev`: the API runs on its default port; the session cookie is same-origin through the proxy.
    // ws: the live queue's subscriptions (graphql-ws) on the same path.
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Skipping gzip-size reporting keeps the build fast on a 2-core machine.
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      // GraphiQL's React dependencies mark modules "use client", which means nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        index: page('./index.html'),
        playground: page('./playground.html'),
      },
    },
  },
});
