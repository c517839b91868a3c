import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// type-graphql needs decorator metadata, which esbuild does not emit: SWC compiles the tests.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: { include: ['src/**/*.test.ts'], environment: 'node', setupFiles: ['reflect-metadata'] },
});
