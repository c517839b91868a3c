import { defineConfig } from 'vitest/config';

// Benchmarks are not part of `pnpm test`: they print medians and ratios, and assert nothing timed.
export default defineConfig({
  test: { include: ['bench/**/*.bench.ts'], testTimeout: 600_000, fileParallelism: false },
});
