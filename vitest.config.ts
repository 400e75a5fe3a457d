import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // End-to-end tests share one built dist/ and one Chromium; keep files from fighting over CPU.
    maxWorkers: 2,
  },
});
