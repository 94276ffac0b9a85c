/**
 * The result charts, as pieces the charts section draws one per task: why needs go unmet,
 * the groups side by side (six panels, each drawn in a task of its own), the indicators,
 * trust and funds. A piece draws its card afresh, or, given the card it drew before, again in
 * place (the charts update their marks, not their frames).
 */
import type { ScenarioEvent } from '../../sim/scenario/events.ts';
import { chartCard, panelSize, sharedLegend, sharedScale, single, type ChartSizes } from '../chartCards.ts';
import { lineChart, smallMultiples, stackedAreaChart } from '../charts/index.ts';
import type { ChartSpec } from '../charts/types.ts';
import { el } from '../dom.ts';
import type { RunHandle } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import { groupSpecs, indicatorsSpec, reasonsSpec, trustSpecs, worstGroup } from '../specs.ts';

/** Draws a card afresh, or `old` (the card its slot holds) again in place, and returns it. */
export type ChartPiece = (old: HTMLElement | undefined) => HTMLElement;

/** The pieces, in the order of the cards; work for later tasks (the other group panels) is pushed onto `later`. */
export function resultCharts(runs: readonly RunHandle[], events: readonly ScenarioEvent[], sizes: ChartSizes, later: Array<() => void>): ChartPiece[] {
  return [
    (old) => oneChart('reasons', reasonsSpec(runs, events), stackedAreaChart, sizes, old),
    (old) => groupsBlock(groupSpecs(runs), sizes, later, old),
    (old) => oneChart('indicators', indicatorsSpec(runs, events), lineChart, sizes, old),
    (old) => oneChart('trust', trustSpecs(runs, events)[0]!, lineChart, sizes, old),
    (old) => oneChart('funds', trustSpecs(runs, events)[1]!, lineChart, sizes, old),
  ];
}

const oneChart = (id: string, spec: ChartSpec, draw: typeof lineChart, sizes: ChartSizes, old: HTMLElement | undefined): HTMLElement =>
  chartCard(id, [spec], single(spec, draw, sizes.chart), old);

/**
 * The groups: a title naming the worst off, one legend, and six panels on one shared scale,
 * all the same height. Six panels are six tasks' work: the first is drawn now, each other
 * in a task of its own (pushed onto `later`). Each panel is drawn in a part of its own; the
 * parts join one grid (display: contents), so the panels line up as one set.
 */
function groupsBlock(specs: ChartSpec[], sizes: ChartSizes, later: Array<() => void>, old: HTMLElement | undefined): HTMLElement {
  const groups = sharedScale(specs, sizes.panel);
  const panel = panelSize(groups, sizes.panel);
  const title = t('chart.groups.title', { group: worstGroup(groups) });
  const draw = (part: HTMLElement, i: number) => smallMultiples(part, groups.slice(i, i + 1), panel, stackedAreaChart, sizes.columns);
  const join = (part: HTMLElement) => { part.style.display = 'contents'; };
  const drawLater = (parts: HTMLElement[]) => parts.slice(1).forEach((part, i) => later.push(() => { draw(part, i + 1); join(part); }));
  const figure = old?.querySelector<HTMLElement>('#chart-groups');
  const drawnParts = figure?.querySelector('.chart-body')?.children;
  if (old && figure && drawnParts?.length === groups.length) {
    const parts = [...drawnParts] as HTMLElement[];
    const heading = old.querySelector('h3')!;
    if (heading.textContent !== title) heading.textContent = title;
    chartCard('groups', groups, () => { draw(parts[0]!, 0); join(parts[0]!); }, figure);
    drawLater(parts);
    return old;
  }
  const parts = groups.map(() => el('div'));
  drawLater(parts);
  return el('div', { id: 'groups-block' }, el('h3', {}, title),
    sharedLegend(groups[0]!),
    chartCard('groups', groups, (container) => {
      container.append(...parts);
      draw(parts[0]!, 0);
      container.style.cssText = parts[0]!.style.cssText;
      join(parts[0]!);
    }));
}
