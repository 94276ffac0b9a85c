/** Entry point of the `gapsim` command (see bin/gapsim.mjs). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
