/**
 * A log of what every household's story needs, kept month by month while a run goes, so
 * that any household's story is read at once instead of by re-simulating the county.
 * Only households in need or on a living benefit (dibao, 特困) are kept (a story tells
 * nothing of the other months), each need in a few bytes: 4 to 5 bytes per household-month in the ready
 * scenarios, so 20,000 households × 120 months take about 10 MB.
 */
import { DOMAIN_COUNT, countDomains } from './domains.ts';
import { ENROLLED, type Households } from './state.ts';
import { knowersOf, monthStory, type MonthStory } from './story.ts';
import type { World } from './world.ts';

/** Household-months beyond which a log would take too much memory (about 30 MB); stories are then re-simulated. */
export const STORY_LOG_LIMIT = 6_000_000;

/** Bytes a log takes per household-month, a little above the most measured in the ready scenarios (5.2). */
export const STORY_LOG_BYTES = 6;

export function canKeepStoryLog(households: number, months: number): boolean {
  return households * months <= STORY_LOG_LIMIT;
}

/** One month: the households kept (in the engine's order) and their needs, each need's fields side by side. */
interface MonthLog {
  readonly month: number;
  readonly households: Int32Array;
  readonly needMask: Uint8Array;
  /** 1 on dibao, 2 supported as extremely poor. */
  readonly benefit: Uint8Array;
  readonly income: Float32Array;
  /** Index of each household's first need in the need columns. */
  readonly firstNeed: Int32Array;
  readonly known: Uint8Array;
  readonly helpers: Uint16Array;
  readonly stage: Uint8Array;
  readonly streak: Uint8Array;
  readonly severity: Float32Array;
}

export class StoryLog {
  private readonly months: MonthLog[] = [];

  constructor(private readonly fellThroughMonths: number) {}

  /** Keep the month just simulated (call after each step). */
  record(world: World): void {
    const { hh } = world;
    let count = 0;
    let needs = 0;
    for (let k = 0; k < world.activeCount; k++) {
      const h = world.active[k]!;
      if (!kept(hh, h)) continue;
      count++;
      needs += countDomains(hh.inNeed[h]!);
    }
    const log: MonthLog = {
      month: world.month,
      households: new Int32Array(count),
      needMask: new Uint8Array(count),
      benefit: new Uint8Array(count),
      income: new Float32Array(count),
      firstNeed: new Int32Array(count),
      known: new Uint8Array(needs),
      helpers: new Uint16Array(needs),
      stage: new Uint8Array(needs),
      streak: new Uint8Array(needs),
      severity: new Float32Array(needs),
    };
    let r = 0;
    let n = 0;
    for (let k = 0; k < world.activeCount; k++) {
      const h = world.active[k]!;
      const need = hh.inNeed[h]!;
      if (!kept(hh, h)) continue;
      log.households[r] = h;
      log.needMask[r] = need;
      log.benefit[r] = (hh.dibao[h] === ENROLLED ? 1 : 0) | (hh.supported[h] === ENROLLED ? 2 : 0);
      log.income[r] = hh.income[h]!;
      log.firstNeed[r] = n;
      for (let d = 0; d < DOMAIN_COUNT; d++) {
        if ((need & (1 << d)) === 0) continue;
        const i = h * DOMAIN_COUNT + d;
        log.known[n] = knowersOf(world, h, d);
        log.helpers[n] = hh.helpers[i]!;
        log.stage[n] = hh.stage[i]!;
        log.streak[n] = hh.unmetStreak[i]!;
        log.severity[n] = hh.severityBefore[i]!;
        n++;
      }
      r++;
    }
    this.months.push(log);
  }

  get monthsKept(): number {
    return this.months.length;
  }

  /** Household h's story: the months it was in need or on dibao, in order. */
  story(h: number): MonthStory[] {
    const stories: MonthStory[] = [];
    for (const log of this.months) {
      const r = log.households.indexOf(h);
      if (r < 0) continue;
      const first = log.firstNeed[r]!;
      stories.push(monthStory(log.month, {
        need: log.needMask[r]!,
        dibao: (log.benefit[r]! & 1) !== 0,
        supported: (log.benefit[r]! & 2) !== 0,
        income: log.income[r]!,
        known: (n) => log.known[first + n]!,
        helpers: (n) => log.helpers[first + n]!,
        stage: (n) => log.stage[first + n]!,
        streak: (n) => log.streak[first + n]!,
        severity: (n) => log.severity[first + n]!,
      }, this.fellThroughMonths));
    }
    return stories;
  }

  /** Bytes held, for the benchmark. */
  get bytes(): number {
    let total = 0;
    for (const log of this.months) for (const value of Object.values(log)) if (ArrayBuffer.isView(value)) total += value.byteLength;
    return total;
  }
}

/** Whether a household-month belongs in a story: in need, or on a living benefit. */
export function isStoryMonth(story: MonthStory): boolean {
  return story.needs.length > 0 || story.dibao || story.supported;
}

/** Is household h's month kept: in need, or on dibao or support for the extremely poor? */
const kept = (hh: Households, h: number): boolean => hh.inNeed[h] !== 0 || hh.dibao[h] === ENROLLED || hh.supported[h] === ENROLLED;
