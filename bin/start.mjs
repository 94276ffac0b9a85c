#!/usr/bin/env node
// `npm start [-- --port N]`: the web app's dev server, on port 5173 unless another is given.
// A port already in use gives one line saying which port to try, not Vite's stack trace.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const at = process.argv.indexOf('--port');
const text = at >= 0 ? process.argv[at + 1] : '5173';
const port = Number(text);
if (!/^\d+$/.test(text ?? '') || port < 1 || port > 65535) {
  console.error(`gapsim: --port ${JSON.stringify(text ?? '')} is not a port; expected a whole number from 1 to 65535`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
try {
  const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port, strictPort: true } });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
} catch (error) {
  if (!/already in use/.test(error?.message ?? '')) throw error;
  console.error(`gapsim: port ${port} is already in use; start on another with: npm start -- --port ${port + 1}`);
  process.exit(1);
}
