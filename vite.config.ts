import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: '.',
  worker: { format: 'es' },
  build: { target: 'es2022' },
  ssr: { noExternal: true },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary.ts'],
    testTimeout: 60_000,
  },
});
