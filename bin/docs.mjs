#!/usr/bin/env node
// `npm run docs`: regenerate the documentation tables (sim/docs/write.ts), through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../sim/docs/write.ts');
