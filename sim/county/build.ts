/**
 * A county scenario from a county profile (profile.ts): what the profile gives is set,
 * translated into the model's terms, and every translation that needs an assumption says
 * so (COUNTY_ASSUMPTIONS, printed by the CLI and shown by the page). The free parameters
 * the fit sets (fit.ts) are left at their defaults here. Pure.
 */
import { setPath } from '../common/plainData.ts';
import { PARAMETERS } from '../scenario/parameters.ts';
import { normalCdf } from '../stats/normal.ts';
import type { CountyProfile } from './profile.ts';

/** Mean disposable income × this is the median income the model draws around (as the baseline's population.medianIncomeUrban). */
export const MEDIAN_OF_MEAN = 0.85;

/** Share of residents aged 60+ behind the default shares of older households (population.elderlyShareUrban/Rural). */
export const NATIONAL_ELDERLY_SHARE = 0.23;

/** Community charities' share of registered charities; foundations have the rest (the defaults' 2 : 1). */
export const COMMUNITY_SHARE = 2 / 3;

/**
 * Months before reporting: in the model the dibao caseload builds up from nothing over
 * about five years (applications, reviews, yearly re-checks), so a county scenario starts
 * reporting from a settled caseload rather than from the default's 36 months.
 */
export const COUNTY_WARMUP_MONTHS = 60;

/** What building a county scenario assumes, in words (the CLI prints them; the page shows them). */
export const COUNTY_ASSUMPTIONS: readonly string[] = [
  `median income before transfers = ${MEDIAN_OF_MEAN} × the mean disposable income ÷ 12 (as the baseline's population.medianIncomeUrban)`,
  'minimum living cost = the county\'s dibao lines (by law a line is set from the local cost of necessities, 社会救助暂行办法 Art. 10)',
  'household sizes are the model\'s (population.meanSize*); the share of rural households follows from the urbanisation rate and them',
  `older households: the default shares (urban ${PARAMETERS.population.elderlyShareUrban.default}, rural ${PARAMETERS.population.elderlyShareRural.default}) × the county's 60+ share ÷ ${NATIONAL_ELDERLY_SHARE} (national)`,
  `migrants: the default urban:rural ratio (${PARAMETERS.population.migrantShareUrban.default} : ${PARAMETERS.population.migrantShareRural.default}), scaled to the county's share`,
  `charities: ${Math.round(COMMUNITY_SHARE * 100)}% community charities, ${Math.round((1 - COMMUNITY_SHARE) * 100)}% foundations, per 10,000 of the county's households`,
  `the simulated county has ${PARAMETERS.households.default.toLocaleString('en-US')} households; counts are scaled to the real county through shares (dibao persons ÷ residents)`,
  `warm-up ${COUNTY_WARMUP_MONTHS} months, so the dibao caseload has settled before month 1`,
  'every other parameter keeps the default scenario\'s value (docs/parameters.md)',
];

type Population = typeof PARAMETERS.population;
type PopulationValues = { [K in keyof Population]: Population[K]['default'] };

const defaults = (): PopulationValues =>
  Object.fromEntries(Object.entries(PARAMETERS.population).map(([k, p]) => [k, p.default])) as PopulationValues;

/** The county's figures in the model's terms, before the fit. */
export interface CountyBasis {
  /** Population settings (only those the profile changes). */
  readonly population: Record<string, number>;
  readonly lines: { readonly urban: number; readonly rural: number };
  readonly charities?: { readonly community: number; readonly foundation: number };
  /** The real county's residents, by region. */
  readonly residents: { readonly urban: number; readonly rural: number };
  /** The real county's households (given, or residents ÷ mean size). */
  readonly households: number;
  /** Targets: dibao persons ÷ residents, by region (null where the region has no residents). */
  readonly coverage: { readonly urban: number | null; readonly rural: number | null };
  /** Mean persons per household, by region, in the model with these settings. */
  readonly meanSize: { readonly urban: number; readonly rural: number };
}

/** Expected size of a household drawn as population.ts draws it: round(mean + spread × z) within 1..maxSize. */
function expectedDrawnSize(mean: number, spread: number, maxSize: number): number {
  if (spread <= 0) return Math.min(maxSize, Math.max(1, Math.round(mean)));
  let total = 0;
  for (let k = 1; k <= maxSize; k++) {
    const low = k === 1 ? 0 : normalCdf((k - 0.5 - mean) / spread);
    const high = k === maxSize ? 1 : normalCdf((k + 0.5 - mean) / spread);
    total += k * (high - low);
  }
  return total;
}

/** Mean persons per household of a region with these settings (a person alone with no family support lives alone). */
export function meanHouseholdSize(p: PopulationValues, rural: boolean): number {
  const elderly = rural ? p.elderlyShareRural : p.elderlyShareUrban;
  const alone = rural ? p.noFamilySupportShareRural : p.noFamilySupportShareUrban;
  const young = expectedDrawnSize(rural ? p.meanSizeRural : p.meanSizeUrban, p.sizeSpread, p.maxSize);
  const old = expectedDrawnSize(p.meanSizeElderly, p.sizeSpread, p.maxSize);
  const youngAlone = p.disabledShare * alone; // only disabled younger people can be alone
  return (1 - elderly) * (youngAlone + (1 - youngAlone) * young) + elderly * (alone + (1 - alone) * old);
}

/** The county's figures in the model's terms. */
export function countyBasis(profile: CountyProfile): CountyBasis {
  const p = defaults();
  const population: Record<string, number> = {};
  const set = (key: keyof PopulationValues, value: number) => {
    (p as Record<string, number>)[key] = value;
    population[key] = value;
  };
  set('medianIncomeUrban', round(MEDIAN_OF_MEAN * profile.incomeUrban / 12));
  set('medianIncomeRural', round(MEDIAN_OF_MEAN * profile.incomeRural / 12));
  if (profile.elderlyShare !== undefined) {
    const factor = profile.elderlyShare / NATIONAL_ELDERLY_SHARE;
    set('elderlyShareUrban', share(p.elderlyShareUrban * factor));
    set('elderlyShareRural', share(p.elderlyShareRural * factor));
  }
  const sizeUrban = meanHouseholdSize(p, false), sizeRural = meanHouseholdSize(p, true);
  // Households by region from residents by region: rural households = rural persons ÷ rural size.
  const urbanPerHousehold = profile.urbanShare / sizeUrban, ruralPerHousehold = (1 - profile.urbanShare) / sizeRural;
  const ruralShare = ruralPerHousehold / (urbanPerHousehold + ruralPerHousehold);
  set('ruralShare', share(ruralShare));
  const meanSize = ruralShare * sizeRural + (1 - ruralShare) * sizeUrban;
  if (profile.migrantShare !== undefined) {
    // Scale both regions' defaults by one factor so that the share over all households is the county's.
    const base = (1 - ruralShare) * p.migrantShareUrban + ruralShare * p.migrantShareRural;
    const factor = base > 0 ? profile.migrantShare / base : 0;
    set('migrantShareUrban', share(p.migrantShareUrban * factor));
    set('migrantShareRural', share(p.migrantShareRural * factor));
  }
  const residentsTotal = profile.population ?? Math.round(profile.households! * meanSize);
  const households = profile.households ?? Math.round(residentsTotal / meanSize);
  const residents = { urban: residentsTotal * profile.urbanShare, rural: residentsTotal * (1 - profile.urbanShare) };
  const charities = profile.charities === undefined ? undefined : {
    community: round4(profile.charities * COMMUNITY_SHARE / households * 10_000),
    foundation: round4(profile.charities * (1 - COMMUNITY_SHARE) / households * 10_000),
  };
  return {
    population,
    lines: { urban: profile.dibaoLineUrban, rural: profile.dibaoLineRural },
    ...(charities ? { charities } : {}),
    residents,
    households,
    coverage: {
      urban: residents.urban > 0 ? profile.recipientsUrban / residents.urban : null,
      rural: residents.rural > 0 ? profile.recipientsRural / residents.rural : null,
    },
    meanSize: { urban: sizeUrban, rural: sizeRural },
  };
}

/** The values the fit sets, by parameter path. */
export type FreeValues = Readonly<Record<string, number>>;

/**
 * The scenario file's content: a county of the default simulated size, the profile's
 * figures set, the fitted values (if any) set. Extends nothing, so it loads wherever it
 * is written.
 */
export function countyScenario(profile: CountyProfile, basis: CountyBasis, free: FreeValues = {}, note = ''): Record<string, unknown> {
  let raw: Record<string, unknown> = {
    name: `County: ${profile.name}`,
    description: `Built by gapsim county from the county's published figures${profile.source ? ` (${profile.source})` : ''}: dibao lines, incomes, urbanisation${profile.elderlyShare !== undefined ? ', ageing' : ''}${profile.migrantShare !== undefined ? ', migrants' : ''}${profile.charities !== undefined ? ', charities' : ''}; income spreads and awareness fitted to its dibao caseload.${note ? ` ${note}` : ''}`,
    warmupMonths: COUNTY_WARMUP_MONTHS,
    population: { ...basis.population },
    needs: { minimumLivingCostUrban: basis.lines.urban, minimumLivingCostRural: basis.lines.rural },
    government: { dibao: { lineUrban: basis.lines.urban, lineRural: basis.lines.rural } },
  };
  if (basis.charities) raw.charities = { community: { perTenThousand: basis.charities.community }, foundation: { perTenThousand: basis.charities.foundation } };
  for (const [path, value] of Object.entries(free)) raw = setPath(raw, path, value);
  return raw;
}

const share = (x: number): number => Math.min(1, Math.max(0, round4(x)));
const round = (x: number): number => Math.round(x);
const round4 = (x: number): number => Number(x.toPrecision(4));
