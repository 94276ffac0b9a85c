import { defineConfig } from 'vitest/config';

// The web app lives in web/ (index.html there); tests and the CLI bundle work from the repository root.
export default defineConfig({
  root: 'web',
  base: './',
  publicDir: 'public',
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: '../dist', emptyOutDir: true },
  server: { fs: { allow: ['..'] } },
  ssr: { noExternal: true },
  test: {
    root: '.',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary.ts'],
    testTimeout: 60_000,
    // Both cores of the 2-core machine the tests are timed on: vitest's default here is one
    // worker fewer than the cores, which ran every file one after another.
    maxWorkers: 2,
  },
});
