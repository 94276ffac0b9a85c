#!/usr/bin/env node
// `npm run validation`: run the validation and write docs/validation.md and its figures (sim/validation/main.ts), through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../sim/validation/main.ts');
