import { defineConfig } from 'vitest/config';

// Integration and browser suites start real servers (child processes): run files one at a time,
// so the 2-core machine is not oversubscribed and ports and databases never collide.
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
