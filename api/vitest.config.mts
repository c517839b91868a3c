import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql needs decorator metadata, which esbuild does not emit: SWC compiles the tests.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias: { graphql: 'graphql/index.js' } },
  // Some tests start an in-memory PGlite and migrate it: seconds alone, far more on a loaded machine.
  test: { include: ['src/**/*.test.ts'], environment: 'node', setupFiles: ['reflect-metadata'], hookTimeout: 60_000 },
});
