/** One problem with a scenario: where it is, and what was wrong and expected. */
export interface Issue {
  /** Dotted path of the field ("government.dibao.lineUrban"), or "" for the whole file. */
  readonly path: string;
  readonly message: string;
  /** The file the field comes from, where it is not the error's own file (a parent named by `extends`, or `--set`). */
  readonly file?: string;
}

/** Bad input: every problem found, each naming its field, the value and what was expected. */
export class ScenarioError extends Error {
  constructor(readonly issues: readonly Issue[], readonly file?: string) {
    super(issues.map((issue) => formatIssue(issue, file)).join('\n'));
    this.name = 'ScenarioError';
  }
}

export function formatIssue(issue: Issue, file?: string): string {
  const where = [issue.file ?? file, issue.path].filter(Boolean).join(': ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** A value quoted for an error message, shortened if long. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested to print (JSON.stringify and String both recurse).
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
  }
  return shorten(text);
}

/** Text for an error message, cut short if long. */
export const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
