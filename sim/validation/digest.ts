/**
 * The digest docs/validation.md is made from: sha-256 over the path and bytes of every file
 * the report depends on, so a test can tell when the report is stale. Node only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

/**
 * Folders (all files below them) and single-level file patterns, relative to the repository
 * root. Results also depend on sim/common/ (exact math), sim/rules/ (the rule compiler) and
 * sim/stats/ (the report's intervals).
 */
export const DIGEST_FOLDERS = ['sim/engine', 'sim/scenario', 'sim/common', 'sim/rules', 'sim/stats', 'sim/calibration', 'sim/validation', 'scenarios'] as const;
export const DIGEST_FILES_IN = [{ folder: 'calibration', ext: '.json' }] as const;

function walk(root: string, folder: string): string[] {
  const dir = `${root}${folder}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = `${folder}/${name}`;
    return statSync(`${root}${path}`).isDirectory() ? walk(root, path) : [path];
  });
}

/** The files the report depends on, relative to `root` (which ends with "/"), sorted. */
export function digestFiles(root: string): string[] {
  const files = [
    ...DIGEST_FOLDERS.flatMap((folder) => walk(root, folder)),
    ...DIGEST_FILES_IN.flatMap(({ folder, ext }) => (existsSync(`${root}${folder}`) ? readdirSync(`${root}${folder}`) : [])
      .filter((name) => name.endsWith(ext) && statSync(`${root}${folder}/${name}`).isFile())
      .map((name) => `${folder}/${name}`)),
  ];
  return [...new Set(files)].sort();
}

/** Hex sha-256 of every file's path and contents, in sorted order. */
export function computeDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of digestFiles(root)) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(`${root}${file}`));
    hash.update('\0');
  }
  return hash.digest('hex');
}
