// Types for bin/pretest.mjs, which stays plain JavaScript so that it runs before anything is installed or compiled.

/** What bin/pretest.mjs looks at on a machine: injected, so each combination can be tested. */
export interface Probe {
  /** The names of package.json's dependencies and devDependencies. */
  readonly dependencies: readonly string[];
  hasModule(name: string): boolean;
  /** CHROMIUM_PATH, if set. */
  readonly chromiumPath: string | undefined;
  isExecutable(path: string): boolean;
  /** Whether a program can be found (PATH, or an sbin folder). */
  hasCommand(name: string): boolean;
  readonly isRoot: boolean;
}

export type Plan =
  | { readonly action: 'run' }
  | { readonly action: 'install'; readonly packages: readonly string[]; readonly message: string }
  | { readonly action: 'stop'; readonly message: string };

export const DEBIAN_CHROMIUM: string;
export function plan(probe: Probe): Plan;
