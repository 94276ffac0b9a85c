/**
 * Population groups reported separately (sources.md §9). A household belongs to `all`,
 * to exactly one of urban/rural, and to any of the four flag groups. Accumulation is
 * done per *cell* — one of 32 combinations of the five flags — and summed into groups
 * once a month, so the per-household loops add each quantity once, not once per group.
 */
export const GROUPS = ['all', 'urban', 'rural', 'elderly', 'disabled', 'migrant', 'digitally_excluded'] as const;
export type Group = (typeof GROUPS)[number];

export const CELL_RURAL = 1;
export const CELL_ELDERLY = 2;
export const CELL_DISABLED = 4;
export const CELL_MIGRANT = 8;
export const CELL_DIGITALLY_EXCLUDED = 16;
export const CELL_COUNT = 32;

/** Does a household in `cell` belong to group `g` (index into GROUPS)? */
export function cellInGroup(cell: number, g: number): boolean {
  switch (GROUPS[g]) {
    case 'all': return true;
    case 'urban': return (cell & CELL_RURAL) === 0;
    case 'rural': return (cell & CELL_RURAL) !== 0;
    case 'elderly': return (cell & CELL_ELDERLY) !== 0;
    case 'disabled': return (cell & CELL_DISABLED) !== 0;
    case 'migrant': return (cell & CELL_MIGRANT) !== 0;
    case 'digitally_excluded': return (cell & CELL_DIGITALLY_EXCLUDED) !== 0;
    default: return false;
  }
}
