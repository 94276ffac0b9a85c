/** The SVG figures: well-formed documents with titles, labelled axes and escaped text (no DOM). */
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../sim/calibration/targets.ts';
import { escapeXml, svgDocument, targetsFigure } from '../../../sim/validation/figures.ts';
import { summarise } from '../../../sim/validation/summary.ts';
import { fitTarget } from '../../../sim/validation/targetFit.ts';

/**
 * A small well-formedness check: tags balance and nest, attribute values are quoted, and
 * text has no bare "<" or "&" (entities only).
 */
function wellFormedErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? undefined : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) errors.push(`bare & in text near ${JSON.stringify(text.slice(0, 40))}`);
    if (stack.length === 0 && text.trim() !== '') errors.push(`text outside the root: ${JSON.stringify(text.slice(0, 40))}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) {
      errors.push(`malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`);
      break;
    }
    const [, close, name, , selfClosing] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open}>`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
    i = tag.lastIndex;
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}

const target = (id: string, role: Target['role']): Target => ({
  id, description: id, value: 0.1, unit: 'share', year: '2023', source: 'docs/sources.md §1', quantity: 'dibao_coverage_all',
  scenarios: ['baseline'], tolerance: 0.02, toleranceReason: 'r', weight: 1, role,
});

describe('figures', () => {
  it('the checker itself catches broken documents', () => {
    expect(wellFormedErrors('<svg><g></svg>')).not.toEqual([]);
    expect(wellFormedErrors('<svg><text>a & b</text></svg>')).not.toEqual([]);
    expect(wellFormedErrors('<svg><rect x=1/></svg>')).not.toEqual([]);
    expect(wellFormedErrors('<svg xmlns="http://www.w3.org/2000/svg"><text x="1">a &amp; b</text><g/></svg>\n')).toEqual([]);
  });

  it('a panel is a well-formed SVG with its title, row labels, tick labels and axis label, text escaped', () => {
    const svg = svgDocument('Effects <test> & more', [{
      title: 'Panel "one"', xLabel: 'effect (units)', band: [-1, 1], clip: [-5, 5],
      rows: [
        { label: 'heading', heading: true },
        { label: 'a < b', mean: 0.5, low: 0.1, high: 0.9, status: 'pass' },
        { label: 'far off', mean: 40, low: 30, high: 50, status: 'fail' },
        { label: 'one seed', mean: 2, low: -Infinity, high: Infinity, status: 'weak' },
        { label: 'nothing' },
      ],
    }]);
    expect(wellFormedErrors(svg)).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Effects &lt;test&gt; &amp; more</title>');
    expect(svg).toContain('>effect (units)</text>');
    expect(svg).toContain('>a &lt; b</text>');
    expect(svg).toContain('>Panel &quot;one&quot;</text>');
    expect(svg).toMatch(/>−?\d+(\.\d+)?<\/text>/); // tick labels
    expect(svg).toContain('>40</text>'); // a clipped value is written beside its arrow
    expect(svg).toContain('>no value</text>');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('the targets figure normalises by tolerance and separates calibration from corroboration', () => {
    const figure = targetsFigure([
      fitTarget(target('alpha', 'calibrate'), summarise([0.1, 0.11, 0.09])),
      fitTarget(target('beta', 'corroborate'), summarise([0.3, 0.31, 0.29])),
    ]);
    expect(figure.name).toBe('targets.svg');
    expect(wellFormedErrors(figure.svg)).toEqual([]);
    expect(figure.svg).toContain('(model − published) ÷ tolerance');
    expect(figure.svg.indexOf('Calibration (fitted)')).toBeLessThan(figure.svg.indexOf('>alpha<'));
    expect(figure.svg.indexOf('>alpha<')).toBeLessThan(figure.svg.indexOf('Corroboration (held out)'));
    expect(figure.svg.indexOf('Corroboration (held out)')).toBeLessThan(figure.svg.indexOf('>beta<'));
    expect(escapeXml('<&>"')).toBe('&lt;&amp;&gt;&quot;');
  });
});
