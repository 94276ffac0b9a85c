/**
 * The example county profiles of counties/, bundled with the app for the county form's
 * "example" list (the same files `gapsim county counties/<file>` reads).
 */
const files = import.meta.glob('../counties/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface ExampleCounty {
  /** 'counties/<file>.json'. */
  readonly file: string;
  readonly name: string;
  /** The profile as the file holds it (checked when the form is submitted, like any other). */
  readonly profile: Record<string, unknown>;
}

export const EXAMPLE_COUNTIES: readonly ExampleCounty[] = Object.entries(files)
  .map(([key, text]) => {
    const profile = JSON.parse(text) as Record<string, unknown>;
    const file = `counties/${key.split('/').at(-1)!}`;
    return { file, name: typeof profile.name === 'string' ? profile.name : file, profile };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
