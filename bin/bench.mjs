#!/usr/bin/env node
// `npm run bench`: the engine benchmark (sim/bench/engine.ts), run through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../sim/bench/engine.ts');
