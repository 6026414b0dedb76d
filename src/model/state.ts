/**
 * Who holds what at a moment. A change takes effect at its minute: at 02:10 a site that changes
 * hands at 02:10 already has its new state; at 02:09 it still has the old one.
 */
import type { SiteState } from './schema.ts';
import type { Change, Site } from './history.ts';
import type { Moment } from './time.ts';

/** The last change at or before the moment, or undefined while the site is in its initial state. */
export function lastChangeAt(site: Site, moment: Moment): Change | undefined {
  let last: Change | undefined;
  for (const change of site.changes) {
    if (change.moment > moment) break;
    last = change;
  }
  return last;
}

export function stateAt(site: Site, moment: Moment): SiteState {
  return lastChangeAt(site, moment)?.state ?? site.initial.state;
}

/** The state of every site at the moment, in the order of `sites`. */
export function statesAt(sites: readonly Site[], moment: Moment): SiteState[] {
  return sites.map((site) => stateAt(site, moment));
}

/**
 * Which "epoch of holdings" a moment is in: the number of distinct change moments at or before it.
 * Two moments with the same epoch have exactly the same holdings, so anything derived from the
 * holdings (styles, control areas, counters) can be cached per epoch.
 */
export function holdingsEpoch(changeMoments: readonly Moment[], moment: Moment): number {
  let low = 0;
  let high = changeMoments.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((changeMoments[mid] as number) <= moment) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface Tally {
  government: number;
  contested: number;
  bolshevik: number;
}

export function tally(states: readonly SiteState[]): Tally {
  const counts: Tally = { government: 0, contested: 0, bolshevik: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}
