/**
 * The bundled command line (dist-cli/), built at install (`prepare`): one file for the CLI and
 * one for the batch worker thread, with every dependency inlined, so `gapsim` starts without
 * compiling TypeScript or loading mathjs's thousand modules. bin/gapsim.mjs uses it while it
 * is newer than every source file.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    rollupOptions: {
      input: { bin: 'sim/cli/bin.ts', runWorker: 'sim/batch/runWorker.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
  ssr: { noExternal: true },
});
