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
  },
});
