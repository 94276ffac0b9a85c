/**
 * Every scenario parameter, declared once: unit, default, range and the source of the
 * default. Sources are figures listed in docs/sources.md (tag [R] read in the
 * source, [S] read in a reprint, [D] our arithmetic on such figures) or marked
 * "assumption". `docs/parameters.md` is generated from this file (`npm run docs`).
 */
import { choice, choices, int, leaves, num, prob, rule, type Param, type ParamTree, type ValuesOf } from './param.ts';
import type { DOMAINS } from '../engine/domains.ts';
import { calibrated } from './calibrated.ts';
import type { ScenarioEvent } from './events.ts';
import { PATTERNS } from './patterns.ts';

/** How an entitlement programme is paid for: every approved case, or within a budget (a fiscal cap or a quota). */
export const FUNDING = ['entitlement', 'budget'] as const;
export type Funding = (typeof FUNDING)[number];

/** The need domains (the engine's DOMAINS, in its order: the type refuses any difference). */
const NEED_DOMAINS: typeof DOMAINS = ['subsistence', 'medical', 'care', 'psychosocial', 'employment', 'education'];
/** The kinds of organisation that receive government grants. */
export const GRANTEE_KINDS = ['community', 'foundation'] as const;
/** How government evaluates the services it buys from charities (paper §5.2, §5.3). */
export const EVALUATIONS = ['outputs', 'outcomes'] as const;
/** The order in which charities take the month's cases (paper §5.3). */
export const NEED_LISTS = ['random', 'tiered'] as const;

const DIBAO_SOURCE = '[D] 2020 averages (urban 665, rural 487 yuan/month) raised by +19.6% / +21.3% to 2025 (humanrights.cn 2025); sources.md §1';

export const PARAMETERS = {
  seed: int({ default: 1, min: 0, max: 2 ** 32 - 1, unit: 'integer', source: 'run setting', description: 'Seed of every random stream of the run.' }),
  months: int({ default: 120, min: 1, max: 1200, unit: 'months', source: 'design choice (sources.md §9): default horizon 120 months', description: 'Months reported.' }),
  households: int({ default: 20000, min: 1, max: 5_000_000, unit: 'households', source: 'design choice (sources.md §9): 20,000 in the browser', description: 'Households in the synthetic county.' }),
  warmupMonths: int({
    default: 36, min: 0, max: 240, unit: 'months',
    source: 'assumption: long enough for caseloads and slow care needs to settle',
    description: 'Months simulated before month 1 and not reported, so that the run starts from a settled caseload rather than from an empty one.',
  }),

  pattern: choice({
    default: 'administrative_incorporation', options: PATTERNS,
    source: 'paper §3; administrative incorporation is the default as the most common arrangement',
    description: 'Government–charity interaction pattern: a preset of the switches marked "pattern switch", which the scenario may still set one by one.',
  }),

  population: {
    ruralShare: prob({ default: 0.31, plausible: [0.1, 0.8], source: '[D] 33.8% of residents rural (urbanisation 66.16%, NBS 2023 communiqué, sources.md §5) with the household sizes below: the baseline is a county of national composition, because the targets it is checked against are national', description: 'Share of households that are rural.' }),
    meanSizeUrban: num({ default: 2.7, min: 1, max: 8, plausible: [2.2, 3.2], unit: 'persons', source: 'assumption: with older households of meanSizeElderly, about 2.5 persons per urban household, near the 2.62 of the 7th census (2020), urban a little smaller', description: 'Mean size of households with a head under 60, urban.' }),
    sizeSpread: num({ default: 1.1, min: 0, max: 5, plausible: [0.7, 1.6], unit: 'persons (sd)', source: 'assumption: sizes 1–5 cover most households (7th census, 2020: 2.62 persons on average)', description: 'Spread of household size around its mean, before rounding.' }),
    maxSize: int({ default: 8, min: 1, max: 20, plausible: [6, 12], unit: 'persons', source: 'assumption', description: 'Largest household.' }),
    meanSizeRural: num({ default: 3.4, min: 1, max: 8, plausible: [2.6, 4], unit: 'persons', source: 'assumption: with older households of meanSizeElderly, about 2.9 persons per rural household, near the 2.62 of the 7th census (2020), rural a little larger', description: 'Mean size of households with a head under 60, rural.' }),
    meanSizeElderly: num({ default: 1.8, min: 1, max: 8, plausible: [1.5, 2.6], unit: 'persons', source: 'assumption: most people over 60 live alone or as a couple (空巢), apart from their grown children; dibao households, mostly older, average 1.6 persons urban and 1.8 rural (MCA 2021 bulletin, sources.md §10)', description: 'Mean size of households with a head aged 60 or over.' }),
    elderlyShareUrban: prob({ default: 0.25, plausible: [0.15, 0.4], source: 'assumption from 23.0% of people aged 60+ (NBS 2025 communiqué, sources.md §5)', description: 'Share of urban households headed by someone aged 60 or over.' }),
    elderlyShareRural: prob({ default: 0.35, plausible: [0.25, 0.55], source: 'assumption: rural ageing is faster than urban (23.0% aged 60+ nationally)', description: 'Share of rural households headed by someone aged 60 or over.' }),
    disabledShare: prob({ default: 0.1, plausible: [0.05, 0.2], source: 'assumption: a household with a disabled member', description: 'Share of households with a disabled member.' }),
    chronicShare: prob({ default: 0.15, plausible: [0.08, 0.3], source: 'assumption', description: 'Share of non-elderly households with a chronically ill member.' }),
    chronicElderlyFactor: num({ default: 2, min: 0, max: 10, plausible: [1.3, 4], unit: 'multiplier', source: 'assumption: chronic illness is far commoner in old age', description: 'Chronic illness is this many times likelier in an elderly household (capped at certainty).' }),
    migrantShareUrban: prob({ default: 0.12, plausible: [0.03, 0.3], source: 'assumption: migrants without local registration (流动人口) concentrate in towns', description: 'Share of urban households without local household registration.' }),
    migrantShareRural: prob({ default: 0.03, plausible: [0, 0.1], source: 'assumption', description: 'Share of rural households without local household registration.' }),
    childrenShare: prob({ default: 0.35, plausible: [0.2, 0.45], source: 'assumption', description: 'Share of households with a head under 60 that have school-age children.' }),
    childrenShareElderly: prob({ default: 0.04, plausible: [0.02, 0.1], source: '[D] ≈9.3 M children live with grandparents while both parents work away (ACWF 2013: 61.0 M left-behind children, 46.7% with both parents away, 32.7% of those with grandparents only), ≈1.5 children each, over ≈140 M households with an older head (sources.md §10)', description: 'Share of households headed by someone aged 60 or over that raise school-age children: grandparents caring for left-behind children (隔代家庭).' }),
    noFamilySupportShareUrban: calibrated('population.noFamilySupportShareUrban', prob({ default: 0.004, plausible: [0.001, 0.02], source: 'assumption: urban people supported as extremely poor are few, 0.33 M (MCA 2021 bulletin, sources.md §10)', description: 'Share of urban households with an older head or a disabled member that are one person with no family obliged and able to support them (the 三无 of 特困人员认定办法 Art. 4).' })),
    noFamilySupportShareRural: calibrated('population.noFamilySupportShareRural', prob({ default: 0.12, plausible: [0.05, 0.25], source: 'assumption: 4.37 M rural people are supported as extremely poor, ≈0.9% of rural residents (MCA 2021 bulletin, sources.md §10)', description: 'Share of rural households with an older head or a disabled member that are one person with no family obliged and able to support them.' })),
    noFamilySupportIncomeFactor: num({ default: 0.4, min: 0, max: 5, plausible: [0.2, 0.8], unit: 'multiplier', source: 'assumption: no earner and no transfers from family; the basic pension is not counted as income (特困人员认定办法 Art. 6, sources.md §10)', description: 'Income of a person with no family support relative to others of the same age in the same region.' }),
    medianIncomeUrban: num({
      default: 3700, min: 1, max: 1e6, plausible: [2500, 4700], unit: 'yuan/person/month',
      source: '[D] NBS 2023 urban mean disposable income, 51,821 yuan a year (4,318 a month), × 0.85 for the median (not in sources.md)',
      description: 'Median per-capita income before transfers, urban.',
    }),
    medianIncomeRural: calibrated('population.medianIncomeRural', num({
      default: 1650, min: 1, max: 1e6, plausible: [1100, 2200], unit: 'yuan/person/month',
      source: '[D] NBS 2023 rural mean disposable income, 21,691 yuan a year (1,808 a month), × 0.85 for the median and × 1.07 to bring rural dibao coverage near 7% (33.4 M of ≈465 M rural people, sources.md §1)',
      description: 'Median per-capita income before transfers, rural.',
    })),
    elderlyIncomeFactor: num({ default: 0.75, min: 0, max: 5, plausible: [0.5, 1], unit: 'multiplier', source: '[D] people 60+ are ≈35% of dibao recipients (14.2 M of ≈40 M, CGTN 2022) against ≈20% of the population (sources.md §1)', description: 'Income of an elderly household relative to a younger one in the same region.' }),
    incomeSpreadUrban: calibrated('population.incomeSpreadUrban', num({ default: 0.6, min: 0, max: 3, plausible: [0.4, 0.9], unit: 'log-sd', source: 'assumption, tuned so urban dibao coverage is near the published 0.6% of urban people (5.95 M, end-2025, sources.md §1)', description: 'Standard deviation of log income, urban.' })),
    incomeSpreadRural: num({ default: 0.7, min: 0, max: 3, plausible: [0.5, 1], unit: 'log-sd', source: 'assumption, tuned with the rural median to published rural dibao coverage', description: 'Standard deviation of log income, rural.' }),
    assetMonths: num({ default: 18, min: 0, max: 600, plausible: [6, 60], unit: 'months of income', source: 'assumption', description: 'Median assets per capita, in months of the household\'s own income.' }),
    digitalUrban: prob({ default: 0.831, plausible: [0.75, 0.92], source: '[D] 77.5% of all and 66.5% of rural residents online (CNNIC 53rd report, Dec 2023) with 33.8% of residents rural: (77.5 − 0.338 × 66.5) ÷ 0.662 (sources.md §5)', description: 'Share of urban residents, of every age, in households with digital access.' }),
    digitalRural: prob({ default: 0.665, plausible: [0.55, 0.8], source: '[S] rural internet penetration 66.5%, CNNIC 53rd report, Dec 2023 (sources.md §5)', description: 'Share of rural residents, of every age, in households with digital access.' }), // range: rural use rose from 57.6% (Dec 2021) to 66.5% (Dec 2023), sources.md §5
    digitalElderlyFactor: prob({ unit: 'multiplier (0–1)', default: 0.54, plausible: [0.4, 0.8], source: '[D] 43.2% of people 60+ online against 80.0% of the rest, (73.0 − 18.9 × 0.432) ÷ 81.1, Dec 2021 (CNNIC 49th report; 18.9% aged 60+, sources.md §5)', description: 'Chance of digital access of an elderly household relative to a non-elderly one in the same region (the regional rates stay as set).' }),
    dataFrictionShare: prob({ default: 0.1, plausible: [0.02, 0.25], source: 'assumption (paper §4.4: dialect speakers misread by a Mandarin voice system; no figure)', description: 'Share of younger urban households for which automated data collection fails (capped at 1 after the factors below).' }),
    frictionElderlyFactor: num({ default: 2, min: 0, max: 10, plausible: [1, 4], unit: 'multiplier', source: 'assumption (paper §4.4: older people and dialect speakers)', description: 'Data friction is this many times likelier with an elderly head.' }),
    frictionRuralFactor: num({ default: 2, min: 0, max: 10, plausible: [1, 4], unit: 'multiplier', source: 'assumption (paper §4.4)', description: 'Data friction is this many times likelier in a rural household.' }),
    meanTies: num({ default: 6, min: 0, max: 100, plausible: [2, 15], unit: 'contacts', source: 'assumption', description: 'Mean number of community ties (contacts) of a household.' }),
    meanStigma: prob({ default: 0.35, plausible: [0.15, 0.6], source: 'assumption', description: 'Mean felt stigma of asking for help (0–1).' }),
    meanTrustInCharity: prob({ default: 0.6, plausible: [0.35, 0.8], source: 'assumption', description: 'Mean individual trust in charities (0–1).' }),
  },

  shocks: {
    medicalRate: prob({ unit: 'per household-month', default: 0.005, plausible: [0.003, 0.0075], source: 'tuned so ≈10% of households a year face a serious medical need, near 11.0% catastrophic health expenditure (CHFS 2017, sources.md §2)', description: 'Monthly chance of an illness shock for a household with no chronic illness and a non-elderly head.' }), // range: CHE 6.3–16.0% of households by province (sources.md §2)
    medicalChronicFactor: num({ default: 2, min: 0, max: 20, plausible: [1.3, 4], unit: 'multiplier', source: 'assumption', description: 'Illness shocks are this many times likelier with a chronically ill member.' }),
    medicalElderlyFactor: num({ default: 1.8, min: 0, max: 20, plausible: [1.2, 3], unit: 'multiplier', source: 'assumption', description: 'Illness shocks are this many times likelier with an elderly head.' }),
    careRate: prob({ unit: 'per household-month', default: 0.001, plausible: [0.0003, 0.003], source: 'assumption', description: 'Monthly chance of a new care need (a member becomes dependent) in other households.' }),
    careRateElderly: prob({ unit: 'per household-month', default: 0.006, plausible: [0.002, 0.012], source: 'assumption', description: 'Monthly chance of a new care need with an elderly head.' }),
    careRateDisabled: prob({ unit: 'per household-month', default: 0.012, plausible: [0.004, 0.025], source: 'assumption', description: 'Monthly chance of a new care need with a disabled member.' }),
    psychosocialRate: prob({ unit: 'per household-month', default: 0.004, plausible: [0.001, 0.01], source: 'assumption', description: 'Monthly chance of a family crisis, trauma or isolation.' }),
    psychosocialMigrantFactor: num({ default: 1.8, min: 0, max: 20, plausible: [1, 3], unit: 'multiplier', source: 'assumption (paper §2.1.2: social exclusion of migrants)', description: 'Psychosocial shocks are this many times likelier for migrants.' }),
    jobLossRate: prob({ unit: 'per household-month', default: 0.007, plausible: [0.004, 0.015], source: 'assumption: ≈5% urban unemployment with spells of about 8 months', description: 'Monthly chance of a job loss in a household with a non-elderly head.' }),
    educationRate: prob({ unit: 'per household with children, at term start', default: 0.06, plausible: [0.02, 0.12], source: 'assumption', description: 'Chance that a household with school-age children faces schooling costs it cannot meet, at each term start (February and September).' }),
    severityMin: prob({ unit: 'severity (0–1)', default: 0.2, plausible: [0.1, 0.3], source: 'assumption', description: 'Smallest severity a shock adds; sizes are spread evenly up to 1.' }),
    disasterMedicalShare: prob({ default: 0.5, plausible: [0.2, 0.8], source: 'assumption: disasters injure fewer people than they cost livelihoods', description: 'A disaster adds this share of its severity to a hit household\'s medical need (its full severity goes to employment).' }),
    jobLossIncomeLoss: prob({ default: 0.8, plausible: [0.5, 1], source: 'assumption', description: 'Share of income lost at employment-need severity 1.' }),
  },

  needs: {
    threshold: prob({ unit: 'severity (0–1)', default: 0.3, plausible: [0.2, 0.5], source: 'assumption', description: 'A household is in need in a domain when its severity is at or above this. Any income below the minimum living cost counts as at least this.' }),
    decayMedical: prob({ unit: 'per month', default: 0.12, plausible: [0.06, 0.3], source: 'assumption: half-life ≈5 months', description: 'Share of a medical need that resolves on its own each month.' }),
    decayCare: prob({ unit: 'per month', default: 0.04, plausible: [0.015, 0.08], source: 'assumption: half-life ≈17 months', description: 'Share of a care need that resolves on its own each month.' }),
    decayPsychosocial: prob({ unit: 'per month', default: 0.08, plausible: [0.04, 0.16], source: 'assumption: half-life ≈8 months', description: 'Share of a psychosocial need that resolves on its own each month.' }),
    decayEmployment: prob({ unit: 'per month', default: 0.1, plausible: [0.05, 0.2], source: 'assumption: half-life ≈7 months', description: 'Share of an employment need that resolves on its own each month (re-employment).' }),
    decayEducation: prob({ unit: 'per month', default: 0.15, plausible: [0.08, 0.3], source: 'assumption', description: 'Share of an education need that resolves on its own each month.' }),
    medicalCost: num({ default: 40000, min: 0, max: 1e7, plausible: [20000, 80000], unit: 'yuan per unit of severity', source: 'assumption, consistent with ≈20,000 yuan raised per crowdfunding patient (paper §3.2)', description: 'Out-of-pocket cost that relieves a medical need of severity 1.' }),
    careCost: num({ default: 3000, min: 0, max: 1e7, plausible: [1500, 8000], unit: 'yuan per unit of severity', source: 'assumption', description: 'Cost of the services that relieve a care need of severity 1.' }),
    psychosocialCost: num({ default: 2000, min: 0, max: 1e7, plausible: [800, 5000], unit: 'yuan per unit of severity', source: 'assumption', description: 'Cost of the services that relieve a psychosocial need of severity 1.' }),
    employmentCost: num({ default: 3000, min: 0, max: 1e7, plausible: [1500, 6000], unit: 'yuan per unit of severity', source: 'assumption', description: 'Cost of the training and job matching that relieve an employment need of severity 1.' }),
    minimumLivingCostUrban: num({ default: 795, min: 0, max: 1e5, plausible: [595, 995], unit: 'yuan/person/month', source: '[D] the 2025 average urban dibao line (sources.md §1), held fixed: by law a dibao line is set from the local cost of necessities (社会救助暂行办法 Art. 10, sources.md §10), so the average line is the published measure of that cost', description: 'The minimum cost of living against which subsistence need is measured, urban. Fixed: no policy lever moves it; a dibao line above or below it is a policy choice.' }),
    minimumLivingCostRural: num({ default: 590, min: 0, max: 1e5, plausible: [440, 740], unit: 'yuan/person/month', source: '[D] the 2025 average rural dibao line (sources.md §1), held fixed, as for the urban cost', description: 'The minimum cost of living against which subsistence need is measured, rural.' }),
    serviceCost: num({ default: 600, min: 0, max: 1e6, plausible: [250, 1500], unit: 'yuan per case-month', source: 'assumption, between ≈260 yuan (a township social worker at ≈62,000 yuan a year, sources.md §10, with 20 cases) and the 637 yuan a month of the highest care tier for the extremely poor in Dongying 2019 (sources.md §10)', description: 'Cost of a month of care, psychosocial or employment service for one household, whoever provides it (a charity, a social-work organisation government buys from, the employment service).' }),
    disabilityCost: num({ default: 300, min: 0, max: 1e5, plausible: [100, 800], unit: 'yuan per household per month', source: 'assumption: rigid disability costs (care, aids, transport) that the means test deducts from income (刚性支出扣减, 2021 measures, sources.md §7 [U: article not read])', description: 'Monthly costs of a disability, taken off a disabled household\'s income before its subsistence need and its means test.' }),
    catastrophicShare: prob({ default: 0.4, plausible: [0.25, 0.5], source: '[R] WHO threshold: out-of-pocket health spending ≥ 40% of capacity to pay (used by the CHE studies of sources.md §2)', description: 'Medical costs less medical assistance, in a calendar year, at or above this share of the year\'s income above the minimum living cost are catastrophic.' }),
    educationCost: num({ default: 6000, min: 0, max: 1e7, plausible: [3000, 12000], unit: 'yuan per unit of severity', source: 'assumption', description: 'Cost that relieves an education need of severity 1.' }),
  },

  application: {
    awareness: prob({ default: 0.7, plausible: [0.3, 0.95], source: 'assumption: ≈60% of eligible non-claimants are unaware of a benefit (US elderly food stamps), take-up 40–80% (sources.md §6)', description: 'Share of households who know they could apply for government aid.' }),
    stigmaEffect: prob({ default: 0.6, plausible: [0.2, 0.9], source: 'assumption', description: 'How strongly stigma stops an aware household from applying in a month (chance of not applying = stigma × this).' }),
    onlineOnlyShare: prob({ default: 0.3, plausible: [0.05, 0.6], source: 'assumption (paper §4.4: services moved online leave offline people behind)', description: 'Share of households whose only route to apply — to government, or to a foundation — is online (the office moved its applications online, or is out of reach); without digital access they cannot apply that way, month after month.' }),
    hassleCost: num({ default: 100, min: 0, max: 1e5, plausible: [20, 400], unit: 'yuan a month', source: 'assumption on [R] direction: take-up rises with the benefit a household is entitled to (Gao, Garfinkel & Zhai 2009, sources.md §6); transaction costs matter more than stigma (Currie 2006, sources.md §6)', description: 'Typical cost to a household of applying for dibao (paperwork, trips, waiting), as yuan of monthly benefit: a household whose expected benefit is this much applies with chance 63%, one expecting a tenth of it 10%; each household has its own cost (exponential around this).' }),
  },

  government: {
    dataSharing: {
      income: prob({ default: 0.3, plausible: [0.1, 0.6], source: 'assumption: dibao is applied for (2021 measures, sources.md §7); only households already in the low-income monitoring database are watched (sources.md §1: 66 M people in it, 2023), and dynamic monitoring is new (sources.md §7)', description: 'Share of households whose income records civil affairs can match (the low-income monitoring database): their subsistence needs are visible to administrative matching. Not a pattern switch.' }),
      health: prob({ default: 0.4, plausible: [0.3, 1], source: 'pattern switch (0.4 under the default pattern); assumption (paper §4.2: civil affairs, health and education data sit in separate systems)', description: 'How far health-department data reach social assistance: the share of households whose medical records civil affairs can match (the same households every month).' }),
      education: prob({ default: 0.4, plausible: [0.3, 1], source: 'pattern switch (0.4 under the default pattern); assumption (paper §4.2)', description: 'Share of households whose school records civil affairs can match.' }),
      disability: prob({ default: 0.4, plausible: [0.3, 1], source: 'pattern switch (0.4 under the default pattern); assumption: disability certificates are shared with civil affairs', description: 'Share of households with a disabled member whose disability records civil affairs can match (care needs of other households leave no record).' }),
      employment: prob({ default: 0.4, plausible: [0.3, 1], source: 'pattern switch (0.4 under the default pattern); assumption: only registered unemployment is visible', description: 'Share of households whose unemployment registration civil affairs can match.' }),
    },
    matchingRate: prob({ unit: 'per month', default: 0.25, plausible: [0.05, 0.5], source: 'assumption (sources.md §7: dynamic monitoring, e.g. Liuzhou contacting patients with high bills)', description: 'Chance per month that administrative matching finds a need whose records it can see.' }),
    dataFrictionPenalty: prob({ default: 0.8, plausible: [0.5, 1], source: 'assumption (paper §4.4)', description: 'Share of households with data friction whose records fail to match, every month (misspelt names, dialect misheard by a voice system).' }),
    caseworkersPer10k: num({ default: 5, min: 0, max: 1000, plausible: [2, 15], unit: 'caseworkers per 10,000 households', source: 'assumption (paper §4.2: "基层社会救助力量待提升")', description: 'Caseworkers reviewing applications.' }),
    reviewsPerCaseworker: num({ default: 30, min: 0, max: 1000, plausible: [10, 60], unit: 'reviews per caseworker-month', source: 'assumption', description: 'Cases one caseworker reviews (new applications and re-checks) in a month.' }),
    assessmentErrorUrban: calibrated('government.assessmentErrorUrban', num({ default: 0.3, min: 0, max: 3, plausible: [0.15, 1.2], unit: 'log-sd', source: 'assumption; calibrated with the rural error and the hardship discount to the published exclusion and inclusion errors (sources.md §6)', description: 'Spread of income as the means test assesses it at review around true income (log-normal, median-unbiased: as likely to overstate as to understate), urban; applies to every programme decided at review.' })),
    assessmentErrorRural: calibrated('government.assessmentErrorRural', num({ default: 1.0, min: 0, max: 3, plausible: [0.15, 2], unit: 'log-sd', source: 'assumption: farm and informal incomes are harder to verify than wages; rural dibao has "rather large" errors both ways (Golan, Sicular & Umapathi; Kakwani et al., sources.md §6)', description: 'Spread of income as the means test assesses it, rural.' })),
    assessmentPersistence: calibrated('government.assessmentPersistence', prob({ default: 0.9, plausible: [0, 0.95], source: 'assumption on [R] evidence: selection into rural dibao is not determined by income or consumption poverty (Kakwani et al. 2019) and errors persist in both directions across survey years (Golan, Sicular & Umapathi; Song, Li & Wang, sources.md §6)', description: 'Share of the variance of the assessment error that is the household\'s own and the same at every review (undeclared income, how poor it looks); the rest is new at each review.' })),
    hardshipDiscountUrban: calibrated('government.hardshipDiscountUrban', prob({ default: 0.05, plausible: [0, 0.6], source: 'assumption on [R] direction: dibao receipt follows disability, illness, old age and joblessness beyond income (Gustafsson & Deng 2011; Lu 2013; Song, Li & Wang 2022 — targeting looks better on multidimensional than income criteria, sources.md §6); rigid costs of illness may be deducted (sources.md §7)', description: 'Share by which the urban means test — home visits and document checks — lowers a household\'s income as assessed for each sign of visible hardship: an older head, a disabled member, chronic illness, a medical need, a care need ("rather visible than poor").' })),
    hardshipDiscountRural: calibrated('government.hardshipDiscountRural', prob({ default: 0.5, plausible: [0, 0.6], source: 'assumption on [R] evidence: rural targeting is done within villages, by cadres and village appraisal (民主评议), and follows visible hardship more than income (Han & Gao 2019; Kakwani et al. 2019, sources.md §6)', description: 'Share by which the rural means test and village appraisal lower a household\'s income as assessed for each sign of visible hardship (as for the urban discount).' })),
    connectionDiscount: prob({ default: 0.1, plausible: [0, 0.3], source: 'assumption on [R] direction: Party members, those with posts outside the village and their close relatives are likelier to receive dibao (Han & Gao 2019, sources.md §6)', description: 'Share by which the means test lowers the assessed income of a well-connected household (ties at twice the county mean or more; proportionally from the mean): local discretion and elite capture (关系保, 人情保).' }),
    recheckMonths: int({ default: 12, min: 1, max: 120, plausible: [6, 12], unit: 'months', source: '[R] stable households are re-checked yearly (最低生活保障审核确认办法 Art. 31, sources.md §7)', description: 'A decision stands this long, then the case is reviewed again.' }), // range: others every 6 months (Art. 31, sources.md §7)
    dibao: {
      lineUrban: num({ default: 795, min: 0, max: 1e5, plausible: [595, 995], unit: 'yuan/person/month', source: DIBAO_SOURCE, description: 'Urban minimum living guarantee line.' }),
      lineRural: num({ default: 590, min: 0, max: 1e5, plausible: [440, 740], unit: 'yuan/person/month', source: DIBAO_SOURCE, description: 'Rural minimum living guarantee line.' }),
      eligibility: rule({ default: 'income_pc < line and assets_pc < 24 * line and registered', source: 'design choice (sources.md §9): income below the line, assets below a limit, locally registered; asset limit an assumption', description: 'Which households qualify for dibao.' }),
      memberEligibility: rule({ default: '(disabled or (chronic and severity_medical >= 0.5)) and income_pc < 1.5 * line and registered', source: '[S] a severely disabled or seriously ill member of a dibao-edge family (income below 1.5 × the line) may apply alone (最低生活保障审核确认办法 Art. 8, sources.md §7); rural dibao often covers such members rather than whole families (sources.md §10: 1.8 persons per rural dibao household, against ≈2.9 per rural household)', description: 'In a family that does not qualify, whether one member may be enrolled alone, as a household of one whose own income is nil (单独施保).' }),
      funding: choice({ default: 'entitlement', options: FUNDING, source: 'law: everyone who qualifies is covered (应保尽保, 2020 Opinions; 社会救助暂行办法 Art. 12, sources.md §10); "budget" models fiscal stress or a quota', description: 'entitlement: every approved household is paid and spending is an output; budget: spending is capped at budgetPerHousehold and approved households beyond it wait on a list.' }),
      budgetPerHousehold: num({ default: 370, min: 0, max: 1e6, plausible: [250, 500], unit: 'yuan per household of the county per year', source: '[D] ≈185 bn yuan a year of dibao (92.6 bn in H1 2022) over ≈500 M households (sources.md §1)', description: 'Annual dibao budget, divided by all households of the county; caps spending only when funding is "budget".' }),
      approvalLagMonths: int({ default: 2, min: 0, max: 24, plausible: [1, 3], unit: 'months', source: '[R] review within 30 working days, payment from the month after approval (Arts. 21–22, sources.md §7)', description: 'Months from review to the first payment.' }), // range: 45 working days in special cases (Art. 22, sources.md §7)
    },
    special: {
      eligibility: rule({ default: 'enrolled_dibao or enrolled_extreme_poverty or income_pc < 1.5 * line', source: '[R] dibao-edge households: income below 1.5 × the line (Art. 8, sources.md §1); dibao and 特困 recipients (社会救助暂行办法 Art. 28, sources.md §10)', description: 'Who qualifies for medical and education assistance.' }),
      medicalShare: prob({ default: 0.7, plausible: [0.5, 0.9], source: '[S] at least 70% of eligible costs for dibao and 特困 recipients (国办发〔2021〕42号, sources.md §10)', description: 'Share of a medical need\'s cost that medical assistance pays.' }),
      medicalCapPerYear: num({ default: 30000, min: 0, max: 1e7, plausible: [10000, 100000], unit: 'yuan per household per year', source: 'assumption', description: 'Yearly cap on medical assistance to one household.' }),
      educationShare: prob({ default: 0.8, plausible: [0.5, 1], source: 'assumption', description: 'Share of an education need\'s cost that education assistance pays.' }),
      educationCapPerYear: num({ default: 4000, min: 0, max: 1e7, plausible: [2000, 8000], unit: 'yuan per household per year', source: 'assumption', description: 'Yearly cap on education assistance to one household.' }),
      funding: choice({ default: 'entitlement', options: FUNDING, source: 'model brief (sources.md §9): medical assistance pays every approved case; the law sets its standard by the fund\'s means (社会救助暂行办法 Art. 29, sources.md §10), which "budget" models', description: 'entitlement: every approved case is paid within the yearly household caps; budget: spending is capped at budgetPerHousehold.' }),
      budgetPerHousehold: num({ default: 150, min: 0, max: 1e6, plausible: [75, 300], unit: 'yuan per household of the county per year', source: 'assumption (total medical-assistance spending not found; sources.md §2)', description: 'Annual budget for medical and education assistance; caps spending only when funding is "budget".' }),
      approvalLagMonths: int({ default: 1, min: 0, max: 24, plausible: [0, 2], unit: 'months', source: 'assumption', description: 'Months from review to the first payment.' }),
    },
    temporary: {
      eligibility: rule({ default: 'income_pc < 1.5 * line', source: 'assumption: temporary aid also reaches people without local registration', description: 'Who qualifies for temporary assistance after a sudden shock.' }),
      cap: num({ default: 3000, min: 0, max: 1e6, plausible: [1000, 8000], unit: 'yuan per case', source: 'assumption (average amount per case not found; sources.md §1)', description: 'Most one case of temporary assistance pays.' }),
      onsetWindowMonths: int({ default: 2, min: 1, max: 24, plausible: [1, 4], unit: 'months', source: 'assumption', description: 'Only a need that began this recently counts as a sudden shock.' }),
      coverMonths: num({ default: 3, min: 0, max: 24, plausible: [1, 6], unit: 'months', source: 'assumption', description: 'A subsistence shock is helped with up to this many months of the household\'s gap below the line (within the cap).' }),
      oncePerMonths: int({ default: 12, min: 1, max: 120, plausible: [6, 24], unit: 'months', source: 'assumption: temporary aid is for sudden hardship, not a standing benefit', description: 'A household receives temporary assistance at most once in this many months.' }),
      budgetPerHousehold: num({ default: 28, min: 0, max: 1e6, plausible: [15, 60], unit: 'yuan per household of the county per year', source: '[D] 13.84 bn yuan in 2021 (11.99 M cases, MCA 2021 bulletin, sources.md §10) over ≈494 M households (2020 census)', description: 'Annual temporary-assistance budget.' }),
    },
    extremePoverty: {
      eligibility: rule({ default: 'no_family_support and (elderly or disabled) and income_pc < line and registered', source: '[S] no capacity to work (aged 60+ or severely disabled), no source of livelihood (income below the dibao line) and no one obliged and able to support them (社会救助暂行办法 Art. 14; 特困人员认定办法 Arts. 4–6, sources.md §10)', description: 'Who qualifies for support for the extremely poor (特困人员救助供养); it replaces dibao for them.' }),
      livingMultiple: num({ default: 1.3, min: 0, max: 10, plausible: [1.3, 1.6], unit: 'multiple of the dibao line', source: '[S] basic living "in principle not below 1.3 × the local dibao line" (国发〔2016〕14号 as reprinted by provinces, sources.md §10)', description: 'The basic living standard of the extremely poor: income is topped up to this multiple of the dibao line.' }),
      approvalLagMonths: int({ default: 2, min: 0, max: 24, plausible: [1, 3], unit: 'months', source: 'assumption: the same review and posting as dibao (sources.md §7)', description: 'Months from review to the first payment.' }),
      funding: choice({ default: 'entitlement', options: FUNDING, source: 'law: support for everyone who qualifies (社会救助暂行办法 Art. 14, sources.md §10)', description: 'entitlement: every approved person is supported; budget: spending is capped at budgetPerHousehold.' }),
      budgetPerHousehold: num({ default: 97, min: 0, max: 1e6, plausible: [60, 150], unit: 'yuan per household of the county per year', source: '[D] 47.9 bn yuan in 2021 (rural 42.94, urban 4.97 bn; MCA 2021 bulletin, sources.md §10) over ≈494 M households', description: 'Annual budget for support for the extremely poor; caps spending only when funding is "budget".' }),
    },
    services: {
      eligibility: rule({ default: 'enrolled_dibao or enrolled_extreme_poverty or income_pc < 1.5 * line or disabled', source: '[S] service assistance for households on the low-income register — dibao, 特困 and dibao-edge (2020 Opinions items 19, 21) — and care for the severely disabled whatever their income (15.03 M people with the care allowance, 2021; sources.md §10)', description: 'Who qualifies for the care and social-work services government buys or pays for (政府购买服务, care allowances): home care, respite, casework and counselling.' }),
      budgetPerHousehold: num({ default: 64, min: 0, max: 1e6, plausible: [20, 120], unit: 'yuan per household of the county per year', source: '[D] elder-service funds 14.49 bn yuan, ≈14.4 bn of care allowances for the severely disabled (15.03 M people at 50–100 yuan a month, taken as 80) and 2.49 bn invested in township social-work stations, 2021, over ≈494 M households (sources.md §10)', description: 'Annual budget for care and social-work services bought from social-work organisations; a case is taken on only if the budget can carry it and those already served to December.' }),
      approvalLagMonths: int({ default: 1, min: 0, max: 12, plausible: [0, 3], unit: 'months', source: 'assumption', description: 'Months from review to the first month of service.' }),
    },
    employment: {
      eligibility: rule({ default: 'enrolled_dibao or income_pc < 1.5 * line', source: '[S] unemployed members of dibao households who can work (社会救助暂行办法 Art. 42); the hard-to-employ whom the employment service places include other low-income people (1.72 M placed in 2023, MOHRSS bulletin; sources.md §10)', description: 'Who qualifies for employment assistance (就业救助): training, job matching, subsidised and public-welfare posts.' }),
      budgetPerHousehold: num({ default: 20, min: 0, max: 1e6, plausible: [5, 60], unit: 'yuan per household of the county per year', source: 'assumption (the employment-subsidy fund is not reported by programme; sources.md §10)', description: 'Annual budget for employment assistance; a case is taken on only if the budget can carry it and those already served to December.' }),
      approvalLagMonths: int({ default: 1, min: 0, max: 12, plausible: [0, 3], unit: 'months', source: 'assumption', description: 'Months from review to the first month of help.' }),
    },
    monitoring: {
      coverage: prob({ default: 0, plausible: [0, 1], source: 'paper §5.2 (监督评估, 第三方评估: a remedy, none by default)', description: 'Share of charity organisations under government monitoring and third-party evaluation each year: it lowers the chance of a scandal (charities.scandals).' }),
      effectiveness: prob({ default: 0.5, plausible: [0.2, 0.8], source: 'assumption', description: 'Share of the scandal risk of an organisation that monitoring removes.' }),
      costPerOrganisationYear: num({ default: 20000, min: 0, max: 1e7, plausible: [5000, 60000], unit: 'yuan per organisation-year monitored', source: 'assumption: about a third of a staff-year (a township social worker ≈62,000 yuan a year, sources.md §10) per organisation evaluated; no published price found (sources.md §13)', description: 'What monitoring and third-party evaluation of one standard-sized organisation costs government a year (government administration).' }),
    },
  },

  collaboration: {
    govReferral: prob({ unit: 'per month', default: 0.5, plausible: [0, 0.85], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.1: 困难群体信息推送机制)', description: 'Chance per month that a need government knows but its rules leave out is pushed to a designated charity.' }),
    charityReferral: prob({ unit: 'per month', default: 0, plausible: [0, 0.85], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9', description: 'Chance per month that a charity refers a need it knows, in a domain government pays for, to government.' }),
    charityDataSharing: prob({ unit: 'per month', default: 0.1, plausible: [0, 0.9], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.4: de-identified dibao data opened to charities)', description: 'How far government case data reach charities: chance per month that charities learn of a need government knows.' }),
    jointAssessment: prob({ default: 0, plausible: [0, 1], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.4: 联合审核)', description: 'Share of needs assessed jointly: charities do not pay again for a need government pays this month, and joint assessment matches help to need (removes visibility bias).' }),
    needPrediction: prob({ unit: 'per month', default: 0, plausible: [0, 0.9], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.4: 助联体 machine-learning model)', description: 'Accuracy of the need-prediction model: chance per month that it flags the needs (all but psychosocial) of a household online whose records reach the pool in some domain and are not lost to data friction. 0 = no model.' }),
    emergencyDispatch: prob({ default: 1, plausible: [0, 1], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.1: disaster command dispatches charity funds)', description: 'Share of charity money government dispatches to disaster-hit subsistence needs in the months after a disaster.' }),
    dispatchMonths: int({ default: 3, min: 0, max: 24, plausible: [1, 6], unit: 'months', source: 'assumption (paper §3.1: dispatch during the emergency)', description: 'Months emergency dispatch lasts after a disaster, the disaster month included.' }),
    casesToHalveBias: num({ default: 1000, min: 1, max: 1e7, plausible: [200, 5000], unit: 'cases', source: 'assumption', description: 'Cases after which service learning at full strength halves an organisation\'s visibility bias.' }),
    needList: choice({ default: 'random', options: NEED_LISTS, source: 'paper §5.3 (分级分类需求清单, a remedy: random, today\'s order, by default)', description: 'The order in which charities take the month\'s cases: random (no case has a standing claim), or tiered — by urgency (the grade of the most severe need a charity knows of: 0.7 and above, 0.5 and above, the rest), then type (subsistence and medical first), then how many months the need has gone unmet (needList.ts).' }),
    needListCostPerCase: num({ default: 15, min: 0, max: 1e4, plausible: [5, 40], unit: 'yuan per listed case-month', source: 'assumption: half an hour a case-month of a township social worker at ≈62,000 yuan a year (≈30 yuan an hour; sources.md §10) to grade and update a case', description: 'Under a tiered need list, what keeping the list costs per case on it a month: staff time to grade and update each case, booked as government administration (the list is kept on the civil-affairs assistance platform).' }),
    serviceLearning: prob({ default: 0, plausible: [0, 1], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §2.1.4: 设计-实施-迭代)', description: 'How fast charities learn to match help to need: visibility bias falls with the cases an organisation has served, by half every (1 / this) × 1,000 cases.' }),
  },

  consortium: {
    staffPer10k: num({ default: 0, min: 0, max: 1000, plausible: [0, 10], unit: 'staff per 10,000 households', source: 'paper §5.2 (乡镇（街道）社会救助服务联合体, a remedy: none by default); [D] a township social-work station has ≈2.5 social workers (>53,000 in >21,000 stations) beside its civil-affairs officers and charity staff, for a township of the order of 10,000 households (sources.md §10, §12); 4 is the path\'s strength', description: 'Staff of the township/street assistance consortium — civil-affairs officers, charity staff, social workers and volunteer leaders working one shared case list through one door (consortium.ts). 0: no consortium.' }),
    casesPerStaffMonth: num({ default: 25, min: 0, max: 1000, plausible: [10, 60], unit: 'households per staff member a month', source: 'assumption: a caseload of 20–30 households per social worker (sources.md §10: ≈62,000 yuan a worker-year, ≈260 yuan a case-month at 20 cases)', description: 'Households in need one consortium staff member keeps on the shared case list in a month.' }),
    costPerStaffYear: num({ default: 62000, min: 0, max: 1e7, plausible: [40000, 100000], unit: 'yuan per staff member a year', source: '[D] ≈2.49 bn yuan invested in township social-work stations for >40,000 social workers, 2021: ≈62,000 yuan a worker-year, an upper bound (sources.md §10)', description: 'What a consortium staff member costs a year, wage and office together, booked as government administration (the township funds the consortium).' }),
  },

  charities: {
    autonomy: prob({ default: 0.2, plausible: [0.1, 1], source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9', description: 'Charities\' own discovery effort: scales community charities\' outreach and foundations\' own case finding.' }),
    grantsPerHousehold: num({ default: 10, min: 0, max: 1e5, plausible: [0, 75], unit: 'yuan per household of the county per year', source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9 (paper §3.3: lottery welfare funds, purchased services)', description: 'Government grants and purchased services to charities, shared by their organisations.' }),
    grants: {
      earmarkDomains: choices({ default: NEED_DOMAINS, options: NEED_DOMAINS, source: 'paper §5.2 (购买服务项目倾斜 toward service aid, a remedy: no earmark, every domain, by default)', description: 'Domains grant money may pay for (grantEarmarks.ts): an organisation keeps its grant apart from its own donations and spends it only on help in these domains. Every domain: no earmark, grants mix with donations.' }),
      earmarkKinds: choices({ default: GRANTEE_KINDS, options: GRANTEE_KINDS, source: 'paper §5.2 (grants tilted toward grassroots assistance forces, 基层救助力量; a remedy: both kinds by default)', description: 'Kinds of organisation that receive grants, shared among them by size; the others get none.' }),
      evaluation: choice({ default: 'outputs', options: EVALUATIONS, source: 'paper §5.2 (需求满足率 as an evaluation indicator) and §5.3 (评估 beyond 直接交付物产出; a remedy: outputs, today\'s rule, by default)', description: 'outputs: grants follow an organisation\'s size, whatever its help met; outcomes: next month\'s grants follow the money of each organisation that met a need of the right kind (its matched spending), and the part of its income so paid is not spent on visible standard packages (grantEarmarks.ts).' }),
      evaluationCostShare: prob({ default: 0.05, plausible: [0.02, 0.1], source: 'assumption: no published price of third-party evaluation of purchased assistance services found (sources.md §12)', description: 'Under outcome evaluation, what the third-party evaluation costs as a share of the grants paid, booked as government administration (government commissions it).' }),
    },
    fundraisingCrowdOut: num({ default: 0.757, min: 0, max: 2, plausible: [0.25, 1], unit: 'yuan of donations per yuan of grant', source: '[U] Andreoni & Payne 2011: total crowd-out −0.757, mostly through reduced fundraising (sources.md §3)', description: 'An organisation\'s own fundraising falls by this many yuan per yuan of its nominal grant (not below zero; a grant cut does not restore it).' }),
    trustSensitivity: num({ default: 0.3, min: 0, max: 5, plausible: [0.2, 1.2], unit: 'multiplier', source: 'pattern switch (value under the default pattern, administrative incorporation); sources.md §9', description: 'Scales how strongly donations follow public trust (with trust.donationElasticity).' }),
    appealMonths: int({ default: 3, min: 0, max: 24, plausible: [1, 6], unit: 'months', source: 'assumption: giving surges in the weeks after a disaster (sources.md §3)', description: 'Months a disaster appeal brings extra donations, the disaster month included.' }),
    appealFullShare: prob({ default: 0.2, plausible: [0.05, 0.5], source: 'assumption', description: 'A disaster hitting this share of households or more brings the full appeal; smaller ones proportionally less.' }),
    disasterAppeal: num({ default: 2, min: 0, max: 50, plausible: [0.5, 6], unit: 'extra months of donations per month', source: '[S] giving surges after disasters: 9.7 bn yuan to Henan after the 2021 floods, roughly a year of that province\'s giving (sources.md §3)', description: 'In the appeal months after a disaster, each month brings this many extra months of donations, scaled by the share of households hit (in full from appealFullShare).' }),
    visibilityBias: prob({ default: 0.3, plausible: [0.1, 0.6], source: 'assumption (paper §4.3: 资本逻辑, the anti-theft-door example)', description: 'Share of charity cases given a visible standard package whatever the need (capital logic); a package that does not fit the need is a mismatch.' }),
    packageValue: num({ default: 600, min: 0, max: 1e6, plausible: [200, 1500], unit: 'yuan per package', source: 'assumption ("几百块钱改个门", paper §4.3)', description: 'Value of a visible standard package.' }),
    community: {
      perTenThousand: num({ default: 2, min: 0, max: 1000, plausible: [0.5, 6], unit: 'organisations per 10,000 households', source: 'assumption (paper §5.4: community charity)', description: 'Community charities; each serves its own community of households.' }),
      donationsPerYear: num({ default: 150000, min: 0, max: 1e9, plausible: [50000, 400000], unit: 'yuan per organisation per year', source: 'assumption: ≈100 yuan per household a year of charity money reaches assistance, of ≈300 given in all (≈150 bn a year, sources.md §3)', description: 'Local donations to one community charity at baseline trust.' }),
      slotsPerMonth: num({ default: 40, min: 0, max: 1e6, plausible: [15, 100], unit: 'cases per organisation per month', source: 'assumption', description: 'Households one community charity can help in a month.' }),
      reach: num({ default: 1500, min: 0, max: 1e7, plausible: [500, 4000], unit: 'households per organisation per month', source: '[D] a county\'s volunteer hours at about an hour a household contact: 217 M registered volunteers (15.4% of people) giving 7.44 h a year each (sources.md §3) make ≈0.25 contacts per household a month (paper §2.1.2: volunteers find hidden needs)', description: 'Households a community charity\'s volunteers are in touch with in a month, at full autonomy, spread over its own community: the chance that a household of average ties is reached is this ÷ the households it serves.' }),
      tiesCap: num({ default: 2, min: 1, max: 20, plausible: [1.5, 4], unit: 'multiplier', source: 'assumption: a well-connected household is found sooner, but volunteers reach only so far', description: 'Most that ties can multiply the outreach chance: it scales as (ties + 1) ÷ (mean ties + 1), capped here.' }),
      cashPerCase: num({ default: 500, min: 0, max: 1e6, plausible: [200, 1500], unit: 'yuan per case', source: 'assumption', description: 'Small cash a community charity gives toward a subsistence need.' }),
    },
    foundation: {
      perTenThousand: num({ default: 1, min: 0, max: 1000, plausible: [0.25, 3], unit: 'organisations per 10,000 households', source: 'assumption', description: 'Foundations; each serves the whole county.' }),
      donationsPerYear: num({ default: 600000, min: 0, max: 1e10, plausible: [200000, 2000000], unit: 'yuan per organisation per year', source: 'assumption (see community.donationsPerYear)', description: 'Donations to one foundation at baseline trust.' }),
      slotsPerMonth: num({ default: 60, min: 0, max: 1e6, plausible: [20, 150], unit: 'cases per organisation per month', source: 'assumption', description: 'Households one foundation can help in a month.' }),
      cashCap: num({ default: 5000, min: 0, max: 1e7, plausible: [2000, 20000], unit: 'yuan per case', source: 'assumption', description: 'Most a foundation pays toward one need in a month.' }),
      applicationRate: prob({ unit: 'per month', default: 0.1, plausible: [0.02, 0.25], source: 'assumption', description: 'Chance per month that an aware household in need asks a foundation for help.' }),
      caseFinding: prob({ unit: 'per month', default: 0.1, plausible: [0.02, 0.3], source: 'assumption (paper §3.2: foundations\' own programmes find cases through hospitals and schools)', description: 'Chance per month, at full autonomy, that a foundation\'s own programmes (hospital and school partners) find a medical or education need.' }),
    },
    crowdfunding: {
      launchRate: prob({ unit: 'per month', default: 0.01, plausible: [0.003, 0.05], source: 'assumption, giving roughly the platform scale of the paper (3.25 M patients in ≈8 years nationally)', description: 'Chance per month that a household with a serious medical need and digital access launches a campaign, at baseline trust.' }),
      minSeverity: prob({ unit: 'severity (0–1)', default: 0.5, plausible: [0.3, 0.7], source: 'assumption: campaigns are for serious illness', description: 'Medical severity from which a household may launch a campaign.' }),
      meanRaised: calibrated('charities.crowdfunding.meanRaised', num({ default: 20031, min: 0, max: 1e7, plausible: [12000, 30000], unit: 'yuan per campaign', source: '[D] paper §3.2: 65.1 bn yuan for 3.25 M patients on 水滴筹', description: 'Mean raised per campaign, before the fee, at mean ties and baseline trust.' })),
      spread: num({ default: 1, min: 0, max: 3, plausible: [0.6, 1.5], unit: 'log-sd', source: 'assumption: campaign sums are heavy-tailed', description: 'Spread of what a campaign raises.' }),
      tiesElasticity: num({ default: 0.5, min: 0, max: 5, plausible: [0.2, 1], unit: 'elasticity', source: 'assumption (paper §3.2: giving through personal networks)', description: 'How what a campaign raises grows with the household\'s ties.' }),
      trustElasticity: num({ default: 1, min: 0, max: 5, plausible: [0.5, 2], unit: 'elasticity', source: 'assumption', description: 'How what a campaign raises, and the chance of launching one, follow public trust.' }),
      fee: prob({ default: 0.05, plausible: [0, 0.08], source: 'assumption', description: 'Share of the money raised kept by the platform.' }),
    },
    hub: {
      count: int({ default: 0, min: 0, max: 100, plausible: [0, 3], unit: 'organisations', source: 'paper §5.4 (a remedy: none by default)', description: 'Hub organisations (枢纽型) in the county.' }),
      matching: prob({ default: 0.6, plausible: [0.3, 0.9], source: 'assumption', description: 'With a hub, the share of visibility-bias mismatches avoided and the chance per month that a need known to one kind of charity reaches the kind that serves it.' }),
    },
    // — The paper's paths (§5.2, §5.3, §4.3), issue 20 stream M2: each off by default (docs/MODEL.md, "The paper's paths"). —
    supportNetworks: {
      tiesPerHelpedMonth: num({ default: 0, min: 0, max: 10, plausible: [0, 1], unit: 'ties per month helped', source: 'assumption (paper §5.3: 帮助救助对象构建家庭和社会支持网络); 0 keeps ties fixed from the start, as before', description: 'Community ties a household gains for each month a community charity helps it (a fraction is a chance of one tie): ties raise the chance outreach finds it and what its crowdfunding raises.' }),
    },
    caregiverSupport: {
      extraDecay: prob({ unit: 'per month', default: 0, plausible: [0, 0.1], source: 'assumption (paper §3.2 喘息服务, §5.3 照顾者服务); 0 = no effect beyond the help itself', description: 'Extra share of a care need that resolves in the month after a care service (a community charity\'s, a foundation\'s or one government buys) supported the household\'s caregiver: respite keeps the family able to care.' }),
    },
    specialisation: {
      gain: prob({ default: 0, plausible: [0, 0.4], source: 'assumption (paper §5.3: 一机构一品牌, specialised service brands); 0 = no specialisation', description: 'Most that an organisation\'s cost of a case-month of service falls in its brand domain — the service domain (care, psychosocial, employment) it has served most — reached when it serves only that domain and has long experience in it.' }),
      casesToHalfGain: num({ default: 500, min: 1, max: 1e7, plausible: [100, 3000], unit: 'cases', source: 'assumption', description: 'Cases in its brand domain after which an organisation has half its specialisation gain.' }),
    },
    volunteers: {
      hoursPerHouseholdYear: num({ default: 3.27, min: 0, max: 1000, plausible: [1, 20], unit: 'volunteer hours per household of the county per year', source: '[D] 217 M registered volunteers giving 7.44 h a year each (sources.md §3) over ≈494 M households (2020 census), sources.md §13; community.reach is stated at this figure and scales with it', description: 'Volunteer time community charities have, per household of the county. Outreach goes as community.reach × (hours going to outreach ÷ 3.27).' }),
      serviceShare: prob({ default: 0, plausible: [0, 0.5], source: 'assumption: 0 keeps today\'s model, where volunteers only find needs (paper §2.1.2)', description: 'Share of volunteer hours given as care and psychosocial service (visits, respite, company) in kind instead of outreach.' }),
      hoursPerCase: num({ default: 8, min: 0.1, max: 1000, plausible: [4, 20], unit: 'volunteer hours per case-month', source: 'assumption: two visits a week of an hour', description: 'Volunteer hours that give one household a month of care or psychosocial service, in place of a paid case-month of needs.serviceCost.' }),
      coordinationCost: num({ default: 5, min: 0, max: 1000, plausible: [2, 15], unit: 'yuan per volunteer hour', source: '[D] on an assumption: a coordinator at ≈62,000 yuan a year (the township social-worker wage, sources.md §10) organising ≈12,000 volunteer hours a year (assumption; sources.md §13)', description: 'What recruiting, training and organising volunteers costs charities per volunteer hour (charity administration).' }),
    },
    appeals: {
      fatiguePerAppeal: prob({ default: 0, plausible: [0, 0.5], source: 'assumption (paper §4.3: the "情感动员—资源募集—物质输送" mode risks fatigue); no published rate found, so 0 by default', description: 'Share by which each disaster appeal (at full strength) lowers what the next appeal raises.' }),
      fatigueRecovery: prob({ unit: 'per month', default: 0.06, plausible: [0.02, 0.2], source: 'assumption: like trust above the Tacitus threshold (≈3 years, sources.md §4)', description: 'Share of appeal fatigue that wears off each month.' }),
      regularShare: prob({ default: 0, plausible: [0, 0.6], source: 'assumption (paper §5.3: stable, sustained service rather than emotional mobilisation); 0 = all appeal giving is emotional, as before', description: 'Share of a disaster appeal\'s giving that comes as regular monthly giving spread over regularMonths instead of in the appeal months; regular giving neither tires nor tires donors.' }),
      regularMonths: int({ default: 12, min: 1, max: 120, plausible: [6, 36], unit: 'months', source: 'assumption: a year of monthly pledges', description: 'Months over which regular giving pledged after a disaster arrives.' }),
    },
    scandals: {
      ratePerYear: prob({ unit: 'per organisation-year', default: 0, plausible: [0, 0.1], source: 'assumption: no published rate of charity scandals found, so 0 by default (scandals are then only scenario events); the monitoring path\'s check assumes 0.05', description: 'Chance per standard-sized organisation per year of a scandal that arises inside the model (misused funds, fraud), before growth and monitoring.' }),
      growthEffect: num({ default: 4, min: 0, max: 100, plausible: [0, 10], unit: 'multiplier per unit of growth', source: 'assumption on the paper\'s direction (§4.3: evaluation by money paid out drives expansion over depth; §5.2 supervision)', description: 'A scandal is (1 + this × growth) times likelier, growth being how far an organisation\'s income over the last 12 months exceeds the 12 before.' }),
      magnitude: prob({ default: 0.1, plausible: [0.03, 0.3], source: 'assumption: a local scandal, well below the national 2011 one (0.26, scenarios/scandal_2011.json; sources.md §4)', description: 'Reputation its kind of charity loses in a scandal (trust.spillover of it from public trust in all charities).' }),
    },
  },

  trust: {
    baseline: prob({ default: 0.6, plausible: [0.4, 0.8], source: 'assumption', description: 'Public trust in charities at rest, and where it starts.' }),
    recovery: prob({ unit: 'per month', default: 0.06, plausible: [0.03, 0.12], source: '[D] aggregate giving took ≈3 years to regain its 2010 level after the 2011 scandals (sources.md §4)', description: 'Share of the gap to baseline that trust regains each month above the Tacitus threshold.' }),
    tacitusThreshold: prob({ default: 0.35, plausible: [0.2, 0.45], source: 'assumption (paper §4.1: 塔西佗陷阱)', description: 'Below this, trust recovers slowly and good work is discounted (hysteresis).' }),
    slowRecovery: prob({ unit: 'per month', default: 0.008, plausible: [0.003, 0.02], source: '[D] United Way took ≈6 years to see giving rise again (sources.md §4)', description: 'Share of the gap to baseline regained each month below the threshold.' }),
    donationReference: prob({ default: 0.6, plausible: [0.4, 0.8], source: 'assumption: the trust level at which donationsPerYear and meanRaised are stated (the default baseline)', description: 'Donations and crowdfunding follow (trust ÷ this): a baseline above it means more giving, below it less.' }),
    spillover: prob({ default: 0.5, plausible: [0.2, 0.8], source: 'assumption on [R] direction: misconduct news lowers giving to other charities too (IJERPH 2021, sources.md §4)', description: 'Share of a scandal aimed at one kind of charity that hits public trust in all charities.' }),
    goodWorkBelowThreshold: prob({ default: 0.2, plausible: [0.05, 0.5], source: 'assumption (paper §4.1: below the Tacitus threshold good work is discounted)', description: 'Below the Tacitus threshold, good work raises trust by only this share of its usual gain.' }),
    goodWorkGain: num({ default: 0.02, min: 0, max: 1, plausible: [0.005, 0.08], unit: 'trust per share of households helped', source: 'assumption (sources.md §9: visible successful help raises trust slowly)', description: 'Trust gained per month per share of households helped by charities (goodWorkBelowThreshold of it below the threshold).' }),
    donationElasticity: calibrated('trust.donationElasticity', num({ default: 1.5, min: 0, max: 10, plausible: [0.75, 3], unit: 'elasticity', source: '[D] 2011: all giving −18% and −86% in the first three months after the Red Cross scandal (sources.md §4)', description: 'Donations vary as (trust / donationReference) to this power × trustSensitivity.' })),
    referralWeight: prob({ default: 0.5, plausible: [0.2, 0.8], source: 'assumption', description: 'How much government referrals to charities fall with trust: referrals × (1 − this × (1 − trust / baseline)).' }),
  },

  gaps: {
    fellThroughMonths: int({ default: 3, min: 1, max: 120, plausible: [2, 6], unit: 'months', source: 'sources.md §9', description: 'A need unmet this many consecutive months has fallen through the gaps.' }),
  },
} as const;

export type ScenarioValues = ValuesOf<typeof PARAMETERS>;

/** Every parameter by its dotted path, in declaration order. */
export const PARAMETER_BY_PATH: ReadonlyMap<string, Param> = new Map(leaves(PARAMETERS as unknown as ParamTree));

/** Numeric parameters that set up a run rather than describe the county: they have no plausible range. */
export const RUN_SETTINGS: readonly string[] = ['seed', 'months', 'households', 'warmupMonths'];

/** A resolved, validated scenario: metadata plus every parameter with a value, and its events. */
export interface Scenario extends ScenarioValues {
  name: string;
  description: string;
  events: ScenarioEvent[];
}

/** Keys that are not parameters but may stand at the top of a scenario file. */
export const META_KEYS = ['name', 'description', 'extends', 'events'] as const;
