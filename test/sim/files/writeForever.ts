/**
 * Test fixture (writeAtomic.test.ts): write a large file atomically, again and again, until a
 * signal ends the process. Run as `node --import tsx writeForever.ts TARGET BYTES`.
 */
import { writeFileAtomic } from '../../../sim/files/writeAtomic.ts';

const [target, bytes] = process.argv.slice(2);
const content = 'x'.repeat(Number(bytes));
process.stdout.write('ready\n');
for (;;) {
  writeFileAtomic(target!, content);
  // Between writes the event loop turns, as it does between a command's writes.
  await new Promise((resolve) => setImmediate(resolve));
}
