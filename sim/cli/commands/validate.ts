/** `gapsim validate <scenario.json>`: check a scenario file and report every problem. Node only. */
import { resolve } from 'node:path';
import { printable } from '../../files/printable.ts';
import { readFileBounded } from '../../files/readFileBounded.ts';
import { loadScenario } from '../../scenario/load.ts';
import type { Command } from '../command.ts';
import { EXIT_OK } from '../errors.ts';
import { oneScenarioFile } from '../inputFiles.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: { synopsis: 'gapsim validate <scenario.json>', purpose: 'check a scenario file and report every problem' },
  usage: ['gapsim validate <scenario.json>'],
  flags: [],
  help: {
    about: `Checks the scenario (following "extends") and prints "OK" with its name, or every
problem found, each naming the field, the value and what was expected. Exit 0 or 1.`,
  },
  run(args, io) {
    const file = oneScenarioFile(args, 'validate');
    const scenario = loadScenario(resolve(file), readFileBounded);
    io.out(printable(`OK: ${file} — "${scenario.name}", ${scenario.households} households, ${scenario.months} months`) + '\n');
    return EXIT_OK;
  },
};
