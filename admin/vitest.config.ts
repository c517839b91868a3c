import { defineConfig } from 'vitest/config';

// Unit tests of the admin's pure code (lib/): plain TypeScript, no browser, no Vue plugin.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
