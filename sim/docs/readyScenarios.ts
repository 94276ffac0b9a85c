/** The ready scenario files with their names and questions, for the README's list (Node only). */
import { readdirSync, readFileSync } from 'node:fs';

export function readyScenarios(folder: string): Array<{ file: string; name: string; description: string }> {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort((a, b) => (a === 'baseline.json' ? -1 : b === 'baseline.json' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const raw = JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as { name?: string; description?: string };
      return { file: `scenarios/${file}`, name: raw.name ?? file, description: raw.description ?? '' };
    });
}
