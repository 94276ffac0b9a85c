/**
 * The fit report of a county (fit.ts), once for the CLI and the page: what is compared
 * (each target: the county's dibao recipients, the model's, the difference, whether within
 * WITHIN), why a target is missed, the fitted values, what the profile set and what is
 * assumed. countyReportParts gives the parts as data (the page lays them out in its own
 * language around the same figures and words); countyReport writes them as the CLI prints
 * them. Pure.
 */
import { alignColumns } from '../output/table.ts';
import { WITHIN, signedPercent, type CountyFit, type Region } from './fit.ts';

export interface CountyReportParts {
  readonly county: string;
  /** The real county's residents and households. */
  readonly residents: { readonly total: number; readonly urban: number; readonly rural: number; readonly households: number };
  /** Each target: published and simulated dibao recipients (persons, rounded), the difference in words ("+5.5%"). */
  readonly targets: ReadonlyArray<{ readonly group: Region; readonly county: number; readonly model: number; readonly difference: number; readonly differenceText: string; readonly within: boolean }>;
  /** Why a target is missed (empty when every one is within WITHIN). */
  readonly reasons: readonly string[];
  readonly fitted: CountyFit['values'];
  /** What the profile set, as "path = value". */
  readonly given: readonly string[];
  readonly assumptions: readonly string[];
  readonly ok: boolean;
}

export function countyReportParts(fit: CountyFit): CountyReportParts {
  const { basis } = fit;
  const given = Object.entries(basis.population).map(([k, v]) => `population.${k} = ${v}`)
    .concat([`government.dibao.lineUrban = needs.minimumLivingCostUrban = ${basis.lines.urban}`, `government.dibao.lineRural = needs.minimumLivingCostRural = ${basis.lines.rural}`])
    .concat(basis.charities ? [`charities.community.perTenThousand = ${basis.charities.community}`, `charities.foundation.perTenThousand = ${basis.charities.foundation}`] : []);
  return {
    county: fit.profile.name,
    residents: { total: basis.residents.urban + basis.residents.rural, urban: basis.residents.urban, rural: basis.residents.rural, households: basis.households },
    targets: fit.targets.map((t) => ({ group: t.group, county: Math.round(t.target), model: Math.round(t.model), difference: t.difference, differenceText: signedPercent(t.difference), within: t.within })),
    reasons: fit.reasons,
    fitted: fit.values,
    given,
    assumptions: fit.assumptions,
    ok: fit.ok,
  };
}

/** A fitted value in words: "population.incomeSpreadUrban = 0.51 (range 0.3–0.9, at its bound)". */
export const fittedText = (v: CountyFit['values'][number]): string => `${v.path} = ${v.value} (range ${v.low}–${v.high}${v.atBound ? ', at its bound' : ''})`;

/** The fit report as the CLI prints it: targets, fitted values, assumptions; `out` is the scenario file written. */
export function countyReport(fit: CountyFit, out: string): string {
  const parts = countyReportParts(fit);
  const n = (v: number) => Math.round(v).toLocaleString('en-US');
  const header = ['dibao recipients', 'county (persons)', 'model (persons)', 'difference', `within ${WITHIN * 100}%`];
  const body = parts.targets.map((t) => [t.group, n(t.county), n(t.model), t.differenceText, t.within ? 'yes' : 'NO']);
  const { residents } = parts;
  return [
    `County: ${parts.county}`,
    `Residents ${n(residents.total)} (urban ${n(residents.urban)}, rural ${n(residents.rural)}), ${n(residents.households)} households; simulated with the scenario's own households, counts scaled by residents.`,
    '',
    ...alignColumns(header, body, 2),
    '',
    ...(parts.reasons.length ? ['Why not closer:', ...parts.reasons.map((r) => `  ${r}`), ''] : []),
    'Fitted (model parameters the bulletin does not give):',
    ...parts.fitted.map((v) => `  ${fittedText(v)}`),
    'Set from the profile:',
    ...parts.given.map((g) => `  ${g}`),
    'Assumptions:',
    ...parts.assumptions.map((a) => `  - ${a}`),
    '',
    `Run it: gapsim run ${out}`,
    '',
  ].join('\n');
}
