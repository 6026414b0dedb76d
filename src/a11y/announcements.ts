/**
 * What the time panel's live region says: the moment in short ("25 October, 02:10"), and, after a
 * scrub, which sites changed hands between the moment last announced and the one the thumb rests
 * on ("25 October, 02:10 — Main Post Office passes to the Bolsheviks").
 */
import type { Site } from '../model/history.ts';
import type { SiteState } from '../model/schema.ts';
import { stateAt } from '../model/state.ts';
import { dateOf, formatClock, formatDate, type Lang, type Moment } from '../model/time.ts';

/** At most this many changes are named; the rest are counted. */
export const MAX_NAMED_CHANGES = 3;

/** The day (Old Style, as everywhere in the story) and the time: "25 October, 02:10". */
export function shortMoment(moment: Moment, lang: Lang): string {
  return `${formatDate(dateOf(moment, 'julian'), lang, false)}, ${formatClock(moment)}`;
}

/** The sites whose state differs between two moments, in the order of `sites`, with their state at `to`. */
export function changesBetween(sites: readonly Site[], from: Moment, to: Moment): { site: Site; state: SiteState }[] {
  const out: { site: Site; state: SiteState }[] = [];
  for (const site of sites) {
    const state = stateAt(site, to);
    if (state !== stateAt(site, from)) out.push({ site, state });
  }
  return out;
}

const PASSES: Record<Lang, Record<SiteState, (name: string) => string>> = {
  en: {
    bolshevik: (name) => `${name} passes to the Bolsheviks`,
    government: (name) => `${name} passes to the Provisional Government`,
    contested: (name) => `${name} is contested`,
  },
  ru: {
    bolshevik: (name) => `${name} переходит к большевикам`,
    government: (name) => `${name} переходит к Временному правительству`,
    contested: (name) => `${name}: спорный`,
  },
};

const MORE: Record<Lang, (n: number) => string> = {
  en: (n) => `and ${n} more ${n === 1 ? 'site changes' : 'sites change'} hands`,
  ru: (n) => `и ещё объектов, сменивших владельца: ${n}`,
};

/** The moment the thumb rests on, and any change of hands since `from`. */
export function scrubAnnouncement(sites: readonly Site[], from: Moment, to: Moment, lang: Lang): string {
  const changes = changesBetween(sites, from, to);
  const named = changes.slice(0, MAX_NAMED_CHANGES).map(({ site, state }) => PASSES[lang][state](site.name[lang]));
  if (changes.length > MAX_NAMED_CHANGES) named.push(MORE[lang](changes.length - MAX_NAMED_CHANGES));
  const when = shortMoment(to, lang);
  return named.length > 0 ? `${when} — ${named.join('; ')}` : when;
}
