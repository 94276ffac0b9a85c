// @vitest-environment happy-dom
import { format, scaleLinear } from 'd3';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { MAX_CHART_WIDTH, RESIZE_DEBOUNCE_MS, WidthWatch, chartSizes, single } from '../../../web/chartCards.ts';
import { layoutEvents } from '../../../web/charts/eventLayout.ts';
import { layoutChart, minSpacing, CHART_PAD } from '../../../web/charts/layout.ts';
import { LEGEND_LABEL_OFFSET } from '../../../web/charts/legendLayout.ts';
import { lineChart } from '../../../web/charts/lineChart.ts';
import { panelSize, smallMultiples } from '../../../web/charts/smallMultiples.ts';
import { stackedAreaChart } from '../../../web/charts/stackedAreaChart.ts';
import { CHART_STYLE } from '../../../web/charts/style.ts';
import { estimateTextWidth } from '../../../web/charts/textWidth.ts';
import type { ChartSpec } from '../../../web/charts/types.ts';
import { reasonsStacked, series, threeSeries } from './fixtures.ts';

/** Chart body widths (CSS px) measured in the app: a 390 px phone, a 1280×720 laptop, a 1400×1000 desktop. */
const PHONE = 354;
const LAPTOP = 804;
const DESKTOP = 924;

/** The font size a text element is drawn at: its own font-size, else the nearest ancestor's. */
function fontSizeOf(element: Element): number {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const size = node.getAttribute('font-size');
    if (size) return Number(size);
  }
  return Number.NaN;
}

const viewBoxOf = (svg: SVGSVGElement) => svg.getAttribute('viewBox')!.split(' ').map(Number);

/** Ten months a year over ten years, and seven reasons, as the app's reasons chart has. */
const longRun: ChartSpec = {
  ...reasonsStacked,
  title: 'Who falls through the gaps, and why: no capacity is the largest reason',
  months: 120,
  series: ['unseen', 'declined', 'digitally excluded', 'ineligible', 'waiting', 'no capacity', 'wrong kind of help'].map((label, i) => ({
    ...series(label.replace(/ /g, '_'), i, Array.from({ length: 120 }, (_, m) => 10 + i + (m % 7))),
    label,
  })),
  events: [{ month: 24, label: 'Trust shock (scandal)' }, { month: 30, label: 'Relief fund opens for disaster victims' }, { month: 100, label: 'Grant cut' }],
  format: format(','),
};

describe('chartSizes', () => {
  test('draws charts at the width they get, so that text is never scaled down', () => {
    for (const width of [PHONE, LAPTOP, DESKTOP]) {
      const { chart, panel, columns } = chartSizes(width);
      expect(chart.width).toBe(width);
      // Panels and the gaps between them fill the row without running past it.
      expect(columns * panel.width + (columns - 1) * 12).toBeLessThanOrEqual(width);
      expect(columns * panel.width + (columns - 1) * 12).toBeGreaterThan(width - columns);
    }
  });

  test('uses one column of panels on a phone, two beside the laptop panel, three on a desktop', () => {
    expect(chartSizes(PHONE)).toMatchObject({ columns: 1, panel: { width: PHONE } });
    expect(chartSizes(LAPTOP)).toMatchObject({ columns: 2, panel: { width: 396 } });
    expect(chartSizes(DESKTOP)).toMatchObject({ columns: 3, panel: { width: 300 } });
  });

  test('gives heights that follow the width within bounds, and lets narrow charts grow', () => {
    expect(chartSizes(PHONE).chart.height).toBe(240);
    expect(chartSizes(LAPTOP).chart.height).toBe(360);
    expect(chartSizes(500).chart.height).toBe(250);
    for (const width of [PHONE, LAPTOP, DESKTOP]) {
      const { chart, panel } = chartSizes(width);
      expect(chart.minPlotHeight).toBeGreaterThan(0);
      expect(panel.height).toBeGreaterThanOrEqual(200);
      expect(panel.height).toBeLessThanOrEqual(280);
    }
  });

  test('keeps very wide charts readable, and falls back when the page cannot be measured', () => {
    expect(chartSizes(1800).chart.width).toBe(MAX_CHART_WIDTH);
    expect(chartSizes(1800).columns).toBe(3);
    expect(chartSizes(0).chart.width).toBe(640);
    expect(chartSizes(Number.NaN).chart.width).toBe(640);
  });

  test('a card’s chart is shown at its drawing width, with no text under 11 px', () => {
    for (const width of [PHONE, LAPTOP, DESKTOP]) {
      const size = chartSizes(width).chart;
      const body = document.createElement('div');
      single(longRun, stackedAreaChart, size)(body);
      const svg = body.querySelector('svg')!;
      expect(svg.style.width).toBe(`${width}px`);
      expect(viewBoxOf(svg)[2]).toBe(width);
      const sizes = [...svg.querySelectorAll('text')].map(fontSizeOf);
      expect(sizes.length).toBeGreaterThan(10);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      expect(svg.querySelector('.chart-title')!.getAttribute('font-size')).toBe(String(CHART_STYLE.titleFontSize));
    }
  });
});

describe('layoutChart at 330 px wide', () => {
  const SIZE = { width: 330, height: 240 };
  const layout = layoutChart(longRun, SIZE, [0, 120], format(','));

  test('leaves a plot that uses most of the width', () => {
    expect(layout.plotWidth).toBeGreaterThan(200);
    expect(layout.margin.left + layout.plotWidth + layout.margin.right).toBeLessThanOrEqual(SIZE.width);
  });

  test('uses fewer month ticks than a wide chart, spaced wider than their labels', () => {
    const wide = layoutChart(longRun, { width: 924, height: 360 }, [0, 120], format(','));
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(3);
    expect(layout.xTicks.length).toBeLessThan(wide.xTicks.length);
    const labelWidth = Math.max(...layout.xTicks.map((tick) => estimateTextWidth(String(tick), CHART_STYLE.tickFontSize)));
    expect(minSpacing(layout.xTicks, layout.x)).toBeGreaterThanOrEqual(labelWidth + 8);
  });

  test('never crowds month ticks, at any width and length of run', () => {
    for (const months of [6, 12, 24, 60, 120, 360]) {
      for (let width = 160; width <= 1000; width += 10) {
        const { xTicks, x } = layoutChart({ ...longRun, months, events: [] }, { width, height: 300 }, [0, 120], String);
        expect(xTicks.length).toBeGreaterThan(0);
        expect(minSpacing(xTicks, x)).toBeGreaterThanOrEqual(estimateTextWidth(String(months), CHART_STYLE.tickFontSize) + 8);
      }
    }
  });

  test('wraps the title onto lines that fit', () => {
    expect(layout.titleLines.length).toBeGreaterThan(1);
    expect(layout.titleLines.join(' ')).toBe(longRun.title);
    for (const line of layout.titleLines) expect(estimateTextWidth(line, CHART_STYLE.titleFontSize)).toBeLessThanOrEqual(SIZE.width - 2 * CHART_PAD);
  });

  test('wraps the legend onto rows that fit', () => {
    expect(layout.legend.rows).toBeGreaterThan(1);
    for (const item of layout.legend.items) {
      expect(item.x + LEGEND_LABEL_OFFSET + estimateTextWidth(item.text, CHART_STYLE.fontSize)).toBeLessThanOrEqual(SIZE.width - 2 * CHART_PAD);
    }
  });

  test('cuts a legend label wider than the chart, keeping the rest of the labels whole', () => {
    const long = { ...longRun, series: [{ ...longRun.series[0]!, label: 'Flood in a coastal county · administrative incorporation with data sharing' }, ...longRun.series.slice(1)] };
    const { legend } = layoutChart(long, SIZE, [0, 120], String);
    expect(legend.items[0]!.text.endsWith('…')).toBe(true);
    expect(LEGEND_LABEL_OFFSET + estimateTextWidth(legend.items[0]!.text, CHART_STYLE.fontSize)).toBeLessThanOrEqual(SIZE.width - 2 * CHART_PAD);
    expect(legend.items.slice(1).map((item) => item.text)).toEqual(longRun.series.slice(1).map((s) => s.label));
  });

  test('keeps the plot tall enough when asked, growing the chart', () => {
    expect(layout.height).toBe(SIZE.height);
    const grown = layoutChart(longRun, { ...SIZE, minPlotHeight: 140 }, [0, 120], String);
    expect(grown.plotHeight).toBeGreaterThanOrEqual(140);
    expect(grown.height).toBeGreaterThan(SIZE.height);
    expect(grown.height).toBe(grown.margin.top + grown.plotHeight + grown.margin.bottom);
  });
});

describe('event labels on a narrow plot', () => {
  test('stay between the left room and the plot’s right edge', () => {
    const plotWidth = 150;
    const leftRoom = 40;
    const x = scaleLinear().domain([1, 120]).range([0, plotWidth]);
    const { labels } = layoutEvents(longRun.events!, 120, x, plotWidth, leftRoom);
    expect(labels).toHaveLength(3);
    for (const label of labels) {
      const width = estimateTextWidth(label.text, CHART_STYLE.tickFontSize);
      const start = label.anchor === 'start' ? label.x + 3 : label.x - 3 - width;
      expect(start).toBeGreaterThanOrEqual(-leftRoom);
      expect(start + width).toBeLessThanOrEqual(plotWidth);
    }
    // The one in the middle fits neither way and is cut (its full label is the marker's tooltip).
    expect(labels.some((label) => label.text.endsWith('…'))).toBe(true);
  });
});

describe('small multiples at the column width', () => {
  const groups = ['Urban', 'Migrants without local registration, and their families', 'Rural'].map((name) => ({
    ...reasonsStacked,
    title: `${name}: 165 unmet needs per 1,000 households a month`,
    legend: false,
  }));

  test('draw each panel at the panel width in the given number of columns', () => {
    const { panel, columns } = chartSizes(DESKTOP);
    const container = document.createElement('div');
    const svgs = smallMultiples(container, groups, panel, stackedAreaChart, columns);
    expect(container.style.gridTemplateColumns).toBe('repeat(3, minmax(0, 300px))');
    for (const svg of svgs) {
      expect(svg.style.width).toBe('300px');
      expect(viewBoxOf(svg)[2]).toBe(300);
    }
  });

  test('give panels whose titles wrap differently plots of the same height at the same place', () => {
    const size = panelSize(groups, chartSizes(DESKTOP).panel);
    expect(size.titleLines).toBeGreaterThan(2);
    // Drawn in two calls (as the app draws them in two tasks), with the size for all of them.
    const svgs = [
      ...smallMultiples(document.createElement('div'), groups.slice(0, 1), size, stackedAreaChart, 3),
      ...smallMultiples(document.createElement('div'), groups.slice(1), size, stackedAreaChart, 3),
    ];
    const plots = svgs.map((svg) => `${svg.querySelector('.plot')!.getAttribute('transform')} ${svg.querySelector('.plot')!.getAttribute('data-plot-height')}`);
    expect(new Set(plots).size).toBe(1);
    expect(new Set(svgs.map((svg) => svg.getAttribute('viewBox'))).size).toBe(1);
  });
});

describe('WidthWatch', () => {
  let width = 354;
  let notify: () => void = () => {};

  beforeAll(() => {
    vi.stubGlobal('ResizeObserver', class {
      constructor(private readonly callback: (entries: Array<{ target: Element }>) => void) {}
      observe(target: Element) { notify = () => this.callback([{ target }]); }
      unobserve() {}
      disconnect() {}
    });
  });
  afterEach(() => vi.useRealTimers());

  function watched(): { redraw: ReturnType<typeof vi.fn> } {
    vi.useFakeTimers();
    const element = document.createElement('div');
    element.getBoundingClientRect = () => ({ width, height: 100, top: 0, left: 0, right: width, bottom: 100, x: 0, y: 0, toJSON: () => ({}) });
    const redraw = vi.fn();
    width = 354;
    new WidthWatch(redraw).watch(element);
    return { redraw };
  }

  test('redraws once, after the width has settled', () => {
    const { redraw } = watched();
    for (const w of [360, 380, 420, 500]) {
      width = w;
      notify();
      vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS / 3);
    }
    expect(redraw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS);
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  test('does not redraw when only the height changed, or the width came back', () => {
    const { redraw } = watched();
    notify();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS * 2);
    width = 400;
    notify();
    width = 354;
    notify();
    vi.advanceTimersByTime(RESIZE_DEBOUNCE_MS * 2);
    expect(redraw).not.toHaveBeenCalled();
  });
});
