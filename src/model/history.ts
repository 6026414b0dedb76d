/**
 * The history compiled for use: texts become moments once, lists are sorted once.
 * Everything after this works on numbers (see time.ts), never on time strings.
 */
import type { Account, Bilingual, EventData, HistoryData, RouteFeature, RouteKind, SiteFeature, SiteKind, SiteState, Source, SourceRef } from './schema.ts';
import { momentOf, type Moment } from './time.ts';

export type Position = [number, number];

/** When something happened: the best time, and the range where sources disagree. */
export interface Timing {
  moment: Moment;
  earliest: Moment;
  latest: Moment;
  /** True when earliest < latest: sources disagree or are vague. */
  disputed: boolean;
  approximate: boolean;
  timeNote?: Bilingual | undefined;
  accounts: Account[];
}

export interface Change extends Timing {
  state: SiteState;
  by: Bilingual;
  note?: Bilingual | undefined;
  sources: SourceRef[];
}

export interface Site {
  id: string;
  kind: SiteKind;
  key: boolean;
  name: Bilingual;
  nameToday?: Bilingual | undefined;
  address?: Bilingual | undefined;
  description: Bilingual;
  locationNote?: Bilingual | undefined;
  point: Position;
  line?: Position[] | undefined;
  initial: { state: SiteState; note?: Bilingual | undefined; sources: SourceRef[] };
  changes: Change[];
}

export interface StoryEvent extends Timing {
  id: string;
  context: boolean;
  key: boolean;
  siteId?: string | undefined;
  place?: Position | undefined;
  title: Bilingual;
  text: Bilingual;
  sources: SourceRef[];
}

export interface Route {
  id: string;
  kind: RouteKind;
  name: Bilingual;
  description: Bilingual;
  start: Moment;
  end: Moment;
  approximate: boolean;
  timeNote?: Bilingual | undefined;
  locationNote?: Bilingual | undefined;
  path: Position[];
  sources: SourceRef[];
}

export interface History {
  sites: Site[];
  /** In time order; context events (before the window) first. */
  events: StoryEvent[];
  routes: Route[];
  sources: Source[];
  sourcesById: Map<string, Source>;
  sitesById: Map<string, Site>;
  /** Every distinct moment at which some site changes hands, ascending. */
  changeMoments: Moment[];
}

interface TimedData {
  at: string;
  earliest?: string | undefined;
  latest?: string | undefined;
  approximate?: boolean | undefined;
  timeNote?: Bilingual | undefined;
  accounts?: Account[] | undefined;
}

export function compileTiming(data: TimedData): Timing {
  const moment = momentOf(data.at);
  const earliest = data.earliest ? momentOf(data.earliest) : moment;
  const latest = data.latest ? momentOf(data.latest) : moment;
  return {
    moment,
    earliest,
    latest,
    disputed: earliest < latest,
    approximate: data.approximate ?? false,
    timeNote: data.timeNote,
    accounts: data.accounts ?? [],
  };
}

export function compileSite(feature: SiteFeature): Site {
  const p = feature.properties;
  return {
    id: p.id,
    kind: p.kind,
    key: p.key ?? false,
    name: p.name,
    nameToday: p.nameToday,
    address: p.address,
    description: p.description,
    locationNote: p.locationNote,
    point: feature.geometry.coordinates,
    line: p.line,
    initial: p.initial,
    changes: p.timeline.map((change) => ({
      ...compileTiming(change),
      state: change.state,
      by: change.by,
      note: change.note,
      sources: change.sources,
    })),
  };
}

export function compileEvent(data: EventData): StoryEvent {
  return {
    ...compileTiming(data),
    id: data.id,
    context: data.context ?? false,
    key: data.key ?? false,
    siteId: data.site,
    place: data.place,
    title: data.title,
    text: data.text,
    sources: data.sources,
  };
}

export function compileRoute(feature: RouteFeature): Route {
  const p = feature.properties;
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    description: p.description,
    start: momentOf(p.start),
    end: momentOf(p.end),
    approximate: p.approximate ?? false,
    timeNote: p.timeNote,
    locationNote: p.locationNote,
    path: feature.geometry.coordinates,
    sources: p.sources,
  };
}

export function compileHistory(data: HistoryData): History {
  const sites = data.sites.map(compileSite);
  const events = data.events.map(compileEvent).sort((a, b) => a.moment - b.moment || a.id.localeCompare(b.id));
  const changeMoments = [...new Set(sites.flatMap((site) => site.changes.map((c) => c.moment)))].sort((a, b) => a - b);
  return {
    sites,
    events,
    routes: data.routes.map(compileRoute),
    sources: data.sources,
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
    sitesById: new Map(sites.map((s) => [s.id, s])),
    changeMoments,
  };
}

export const sourceIdOf = (ref: SourceRef) => (typeof ref === 'string' ? ref : ref.id);
export const pageOf = (ref: SourceRef) => (typeof ref === 'string' ? undefined : ref.page);
