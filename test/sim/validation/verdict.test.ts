/** Verdicts on claims from their summaries over seeds. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../sim/validation/summary.ts';
import { verdict, withinVerdict, worstVerdict } from '../../../sim/validation/verdict.ts';

describe('verdicts', () => {
  it('hold when the whole interval is on the expected side, weak when only the mean is', () => {
    const positive = summarise([1, 1.2, 0.9, 1.1]);
    expect(verdict(positive, 1)).toBe('holds');
    expect(verdict(positive, -1)).toBe('fails');
    const straddling = summarise([1, -0.8, 1.2, -0.5]);
    expect(straddling.mean).toBeGreaterThan(0);
    expect(verdict(straddling, 1)).toBe('weak');
    expect(verdict(summarise([null]), 1)).toBe('missing');
    expect(withinVerdict(summarise([0.01, -0.02, 0.015]), 0.1)).toBe('holds');
    expect(withinVerdict(summarise([0.05, -0.2, 0.25]), 0.1)).toBe('weak');
    expect(withinVerdict(summarise([0.3, 0.4, 0.35]), 0.1)).toBe('fails');
    expect(worstVerdict(['holds', 'weak', 'holds'])).toBe('weak');
    expect(worstVerdict(['holds', 'fails', 'weak'])).toBe('fails');
    expect(worstVerdict([])).toBe('holds');
  });
});
